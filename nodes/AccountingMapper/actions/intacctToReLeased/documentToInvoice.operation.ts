/**
 * Sage Intacct → Re-Leased · AR Invoice or AP Bill → Invoice
 *
 * Input: one Intacct ARINVOICE (with ARINVOICEITEMS) or APBILL (with APBILLITEMS) as the Sage
 * Intacct node reads it, or an AR debit memo (ARADJUSTMENT with positive ARADJUSTMENTITEMS): it adds
 * to what the customer owes, so it becomes an income invoice, due on its date unless WHENDUE says
 * otherwise. Credit memos fail the item (use "AR Adjustment → Credit Note"). Likewise an AP credit
 * memo (APADJUSTMENT with positive APADJUSTMENTITEMS: adds to what is owed the vendor) becomes an
 * expense invoice due on its date; AP debit memos fail the item (use "AP Adjustment → Expense Credit Note").
 * Mapped item: { idempotencyKey, targetSystem: "released", target: "invoice.create" |
 *   "invoice.update", releasedId, record, source, total, currency }
 * record (Re-Leased invoice body): { invoiceNumber (RECORDID), type Income | Expense, status
 *   (Intacct Draft → AwaitingApproval, posted → Approved), contactId (customers: CUSTOMERID or
 *   VENDORID → Re-Leased contact id), issueDate, dueDate, reference (DOCNUMBER), currency,
 *   lines[]: { description, accountCode (accounts: ACCOUNTNO → target), taxType (taxCodes:
 *   DETAILID → target), tracking { category "Property", option (dimensions: DEPARTMENTID or
 *   LOCATIONID → target) }, amountExclTax (TRX_AMOUNT), taxAmount (Intacct's TRX_TAX) } }
 * The tax is Intacct's, taken back as calculated there (externally calculated tax).
 * releasedId: documentLinks (RECORDNO → Re-Leased id) for an update, else null.
 * Tables: customers, accounts, taxCodes, dimensions, documentLinks — keyed by the Intacct value.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { DataError } from '../../model/errors';
import { currencyDecimals, Dec } from '../../model/decimal';
import { Lookup } from '../../mappings/resolve';
import { readIntacctDocument } from '../../systems/intacct';
import { invoiceBody } from '../../systems/released';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const record = inputRecord(this, i);
	const object =
		record.APADJUSTMENTITEMS !== undefined
			? 'APADJUSTMENT'
			: record.APBILLITEMS !== undefined || record.VENDORID !== undefined
				? 'APBILL'
				: record.ARADJUSTMENTITEMS !== undefined
					? 'ARADJUSTMENT'
					: 'ARINVOICE';
	const read = readIntacctDocument(record, object);
	if (read.type === 'creditNote') {
		throw new DataError(
			refOf(read),
			'TRX_TOTALENTERED',
			'the adjustment is a credit memo: convert it with "AR Adjustment → Credit Note"',
		);
	}
	if (read.type === 'vendorCredit') {
		throw new DataError(
			refOf(read),
			'TRX_TOTALENTERED',
			'the AP adjustment is a debit memo (a vendor credit): convert it with "AP Adjustment → Expense Credit Note"',
		);
	}
	// A debit memo (AR) or a credit memo (AP) has no due date of its own in Intacct: it is due on its date.
	const doc =
		read.type === 'debitNote' || object === 'APADJUSTMENT'
			? { ...read, dueDate: read.dueDate ?? read.issueDate }
			: read;
	const lookup = new Lookup(tables, refOf(doc));
	if (doc.sourceStatus === 'Reversed')
		throw new DataError(
			refOf(doc),
			'STATE',
			'the document is reversed in Intacct: void the Re-Leased copy (Void operation of the Re-Leased node)',
		);
	const contactId = lookup.value(
		'customers',
		'target',
		object === 'APBILL' || object === 'APADJUSTMENT' ? 'VENDORID' : 'CUSTOMERID',
		doc.partyId,
	);
	const existing = lookup.maybe('documentLinks', doc.source.id)?.target ?? null;
	return [
		{
			source: doc.source,
			targetSystem: 'released',
			target: existing ? 'invoice.update' : 'invoice.create',
			record: invoiceBody(lookup, doc, contactId),
			total: Dec.from(doc.totals.gross).toFixed(currencyDecimals(doc.currency)),
			currency: doc.currency,
			extra: { releasedId: existing },
		},
	];
};
