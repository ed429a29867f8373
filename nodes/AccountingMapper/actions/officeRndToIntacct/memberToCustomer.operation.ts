/**
 * OfficeRnD → Sage Intacct · Member → Customer
 *
 * Input: one OfficeRnD member (billed as an individual), whole, as the OfficeRnD node reads it.
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "CUSTOMER", entity?, record, source }
 * record (generic CUSTOMER, uppercase fields):
 *   CUSTOMERID (customer id strategy; left out with Intacct numbering), NAME, STATUS (active|inactive),
 *   TERMNAME?, TAXID? (billingDetails.vatNumber), DISPLAYCONTACT { PRINTAS (billingName or name),
 *   FIRSTNAME, LASTNAME, PHONE1, EMAIL1, MAILADDRESS { ADDRESS1, CITY, STATE, ZIP, COUNTRY } },
 * The customer is written at the top level (no entity), so every entity can invoice it.
 * Tables: customers (when the customer id strategy is "table").
 * Multi-currency customers: no CURRENCY is forced, so one customer can be invoiced in any currency.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { Lookup } from '../../mappings/resolve';
import { customerRecord } from '../../systems/intacct';
import { readParty } from '../../systems/officernd';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const party = readParty(inputRecord(this, i), 'member');
	const lookup = new Lookup(tables, { system: 'officernd', type: 'member', id: party.source.id, number: party.name });
	const shape = customerRecord(lookup, party);
	return [
		{ source: party.source, targetSystem: 'intacct', target: shape.target, record: shape.record, entity: shape.entity },
	];
};
