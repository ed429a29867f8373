/**
 * Sage Intacct → Re-Leased · AP Adjustment → Expense Credit Note
 *
 * Input: one Intacct AP adjustment (APADJUSTMENT, a debit memo: negative amounts, the vendor's
 * credit) with its APADJUSTMENTITEMS, as the Sage Intacct node's AP Adjustment > Get reads it. A
 * credit memo (positive amounts: adds to what is owed the vendor) fails the item: it is not a credit.
 * Mapped item: { idempotencyKey, targetSystem: "released", target: "creditNote.create" |
 *   "creditNote.update", releasedId, record, source, total, currency }
 * record (Re-Leased credit note body): { creditNoteNumber (RECORDID), type "Expense", status
 *   (Draft → AwaitingApproval, posted → Approved), contactId (customers: VENDORID → contact),
 *   invoiceId (the credited expense invoice: documentLinks "billno:<DOCNUMBER>" → Re-Leased
 *   invoice id, when the adjustment names a bill; Re-Leased allocates the credit to it, up to its
 *   amount due), issueDate, reference (DOCNUMBER), currency, lines[] as in AR Invoice or AP Bill →
 *   Invoice, positive }
 * releasedId: documentLinks (RECORDNO → Re-Leased credit note id) for an update, else null.
 * Tables: customers, accounts, taxCodes, dimensions, documentLinks — keyed by the Intacct value.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { currencyDecimals, Dec } from '../../model/decimal';
import { DataError } from '../../model/errors';
import { Lookup } from '../../mappings/resolve';
import { readApAdjustment } from '../../systems/intacct';
import { creditNoteBody } from '../../systems/released';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const doc = readApAdjustment(inputRecord(this, i));
	if (doc.type !== 'vendorCredit') {
		throw new DataError(
			refOf(doc),
			'TRX_TOTALENTERED',
			`is ${doc.totals.gross}: the adjustment is a credit memo (it adds to what is owed the vendor), not a vendor credit; filter out ADJUSTMENTTYPE "Credit Memo" before this operation`,
		);
	}
	const lookup = new Lookup(tables, refOf(doc));
	const contactId = lookup.value('customers', 'target', 'VENDORID', doc.partyId);
	const invoiceId = doc.reference
		? lookup.value('documentLinks', 'target', 'DOCNUMBER', `billno:${doc.reference}`)
		: undefined;
	const existing = lookup.maybe('documentLinks', doc.source.id)?.target ?? null;
	const { dueDate: _none, ...body } = creditNoteBody(lookup, { ...doc, dueDate: undefined }, contactId);
	const record = invoiceId ? { ...body, invoiceId } : body;
	return [
		{
			source: doc.source,
			targetSystem: 'released',
			target: existing ? 'creditNote.update' : 'creditNote.create',
			record,
			total: Dec.from(doc.totals.gross).toFixed(currencyDecimals(doc.currency)),
			currency: doc.currency,
			extra: { releasedId: existing },
		},
	];
};
