/**
 * Sage Intacct → OfficeRnD · Sync Status (Intacct numbers and ids → OfficeRnD accounting status)
 *
 * Input: the Intacct record just written or read (RECORDNO; RECORDID or DOCNUMBER is the Intacct
 * number; WHENMODIFIED), or an error item of the Sage Intacct node (its "error" is written as the
 * sync error).
 * Mapped item: { idempotencyKey, targetSystem: "officernd", target: "payment.accounting", record, source }
 * record:
 *   { paymentId (OfficeRnD invoice, credit note or overpayment _id), allocationId?, number?
 *     (the Intacct number, only when the numbering owner is the target),
 *     accounting: { provider "sage-intacct", providerId (RECORDNO, null after a failed write),
 *                   externalOrgId (setting, required), lastSync (WHENMODIFIED as ISO, no time
 *                   zone; null when unknown), error (null or the message) } }
 * OfficeRnD Record ID: the field below, else documentLinks (source = Intacct RECORDNO, target =
 * OfficeRnD _id), the same rows the other Intacct → OfficeRnD conversions use.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { DataError } from '../../model/errors';
import { Lookup } from '../../mappings/resolve';
import { accountingStatus } from '../../systems/officernd';

const show = { resource: ['intacctToOfficeRnd'], operation: ['syncStatus'] };

export const description: INodeProperties[] = [
	{
		displayName: 'OfficeRnD Record ID',
		name: 'officeRndId',
		type: 'string',
		default: '',
		displayOptions: { show },
		description:
			'The OfficeRnD document the status belongs to; empty: found in Documents Already Synced by the Intacct RECORDNO',
	},
	{
		displayName: 'Allocation ID',
		name: 'allocationId',
		type: 'string',
		default: '',
		displayOptions: { show },
		description: 'For an allocation synced as a credit applied: its OfficeRnD allocation ID',
	},
];

function isoTimestamp(value: unknown): string | null {
	const m = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}:\d{2}:\d{2}))?/.exec(String(value ?? ''));
	return m ? `${m[3]}-${m[1]}-${m[2]}${m[4] ? `T${m[4]}` : ''}` : null;
}

export const convert: Convert = function (i, tables) {
	const record = inputRecord(this, i);
	const error = typeof record.error === 'string' ? record.error : null;
	const recordNo = record.RECORDNO === undefined || record.RECORDNO === null ? '' : String(record.RECORDNO);
	const given = String(this.getNodeParameter('officeRndId', i, '') ?? '').trim();
	const ref = { system: 'intacct', type: 'record', id: recordNo || given || '(none)' };
	if (!recordNo && !error)
		throw new DataError(ref, 'RECORDNO', 'is missing; pass the record the Sage Intacct node wrote or read');
	const lookup = new Lookup(tables, ref);
	const paymentId = given || lookup.value('documentLinks', 'target', 'RECORDNO', recordNo);
	const allocationId = String(this.getNodeParameter('allocationId', i, '') ?? '').trim();
	const number = record.RECORDID ?? record.DOCNUMBER ?? record.DOCNO;
	const externalOrgId = tables.settings.externalOrgId;
	if (!externalOrgId)
		throw new DataError(
			ref,
			'externalOrgId',
			'OfficeRnD requires the accounting company: set "External Org ID" (the Intacct company ID) in the mapping settings',
		);
	const version = String(record.WHENMODIFIED ?? record.WHENCREATED ?? (error ? `error:${error}` : 'v0'));
	return [
		{
			source: { system: 'intacct', type: 'record', id: recordNo || `error.${paymentId}`, version },
			keySuffix: allocationId ? `allocation.${allocationId}` : undefined,
			targetSystem: 'officernd',
			target: 'payment.accounting',
			record: {
				paymentId,
				...(allocationId ? { allocationId } : {}),
				...(tables.settings.numberingOwner === 'target' && number !== undefined && !error
					? { number: String(number) }
					: {}),
				accounting: accountingStatus(
					recordNo,
					externalOrgId,
					isoTimestamp(record.WHENMODIFIED ?? record.WHENCREATED),
					error,
				),
			},
		},
	];
};
