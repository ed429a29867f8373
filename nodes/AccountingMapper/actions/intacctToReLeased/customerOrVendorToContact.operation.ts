/**
 * Sage Intacct → Re-Leased · Customer or Vendor → Contact
 *
 * Input: one Intacct CUSTOMER or VENDOR as the Sage Intacct node reads it (display contact fields
 * flattened or under DISPLAYCONTACT). Contacts are created both ways; updates come from Intacct.
 * Mapped item: { idempotencyKey, targetSystem: "released", target: "contact.create" |
 *   "contact.update", releasedId, archive, record, source }
 * record (Re-Leased contact body): { name (NAME), correspondenceName (PRINTAS), firstName,
 *   lastName, email (EMAIL1), telephone (PHONE1), mobile (CELLPHONE), fax, streetAddress {
 *   address, suburb, city, region, postcode, country } (the mail address) }
 * releasedId: documentLinks (CUSTOMERID or VENDORID → Re-Leased contact id) for an update.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { readIntacctParty } from '../../systems/intacct';
import { contactBody } from '../../systems/released';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const record = inputRecord(this, i);
	const party = readIntacctParty(record, record.VENDORID !== undefined ? 'VENDOR' : 'CUSTOMER');
	const existing = tables.documentLinks.find((r) => r.source === party.source.id)?.target ?? null;
	return [
		{
			source: party.source,
			targetSystem: 'released',
			target: existing ? 'contact.update' : 'contact.create',
			record: contactBody(party),
			extra: { releasedId: existing, archive: !party.active },
		},
	];
};
