/**
 * Re-Leased → Sage Intacct · Contact → Customer or Vendor
 *
 * Input: one Re-Leased contact, whole, as the Re-Leased node reads it. Contacts are created in
 * Intacct from Re-Leased; later updates are made in Intacct (verified), so this is for creation.
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "CUSTOMER" | "VENDOR", record, source }
 * record (generic CUSTOMER or VENDOR): CUSTOMERID | VENDORID (customer id strategy), NAME,
 *   STATUS, DISPLAYCONTACT { PRINTAS (correspondenceName), FIRSTNAME, LASTNAME, PHONE1
 *   (telephone), CELLPHONE (mobile), EMAIL1, MAILADDRESS (street address: ADDRESS1 address,
 *   ADDRESS2 suburb, CITY, STATE region, ZIP postcode, COUNTRY) }
 * Tables: customers (strategy "table").
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { Lookup } from '../../mappings/resolve';
import { customerRecord } from '../../systems/intacct';
import { readContact } from '../../systems/released';

export const description: INodeProperties[] = [
	{
		displayName: 'Create As',
		name: 'createAs',
		type: 'options',
		displayOptions: { show: { resource: ['reLeasedToIntacct'], operation: ['contactToCustomerOrVendor'] } },
		options: [
			{ name: 'Customer (Tenant)', value: 'customer' },
			{ name: 'Vendor (Supplier)', value: 'vendor' },
		],
		default: 'customer',
	},
];

export const convert: Convert = function (i, tables) {
	const role = this.getNodeParameter('createAs', i, 'customer') as 'customer' | 'vendor';
	const party = readContact(inputRecord(this, i), role);
	const shape = customerRecord(
		new Lookup(tables, { system: 'released', type: 'contact', id: party.source.id, number: party.name }),
		party,
		role === 'customer' ? 'CUSTOMER' : 'VENDOR',
	);
	return [{ source: party.source, targetSystem: 'intacct', target: shape.target, record: shape.record }];
};
