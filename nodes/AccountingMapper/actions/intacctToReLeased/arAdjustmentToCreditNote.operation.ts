/**
 * Sage Intacct → Re-Leased · AR Adjustment → Credit Note
 *
 * Input: one Intacct AR adjustment (ARADJUSTMENT, a credit memo: negative amounts) with its
 * ARADJUSTMENTITEMS, as the Sage Intacct node reads it. A debit memo (positive amounts) fails the
 * item with a message pointing to "AR Invoice or AP Bill → Invoice", which converts it.
 * Mapped item: { idempotencyKey, targetSystem: "released", target: "creditNote.create" |
 *   "creditNote.update", releasedId, record, source, total, currency }
 * record (Re-Leased credit note body): { creditNoteNumber (RECORDID), type "Income", status
 *   (Draft → AwaitingApproval, posted → Approved), contactId (customers: CUSTOMERID → contact),
 *   issueDate, reference (DOCNUMBER), currency, lines[] as in AR Invoice → Invoice, positive }
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
import { readIntacctDocument } from '../../systems/intacct';
import { creditNoteBody } from '../../systems/released';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const doc = readIntacctDocument(inputRecord(this, i), 'ARADJUSTMENT');
	if (doc.type === 'debitNote') {
		// Not converted here: this operation's output feeds Re-Leased's credit note create, and a debit
		// memo adds to what the tenant owes. "AR Invoice or AP Bill → Invoice" converts it to an income invoice.
		throw new DataError(
			refOf(doc),
			'TRX_TOTALENTERED',
			`is ${doc.totals.gross}: the adjustment is a debit memo (it adds to what the customer owes), not a credit memo; ` +
				'convert debit memos with "AR Invoice or AP Bill → Invoice" (they become Re-Leased income invoices), or filter out ADJUSTMENTTYPE "Debit Memo" before this operation',
		);
	}
	const lookup = new Lookup(tables, refOf(doc));
	const contactId = lookup.value('customers', 'target', 'CUSTOMERID', doc.partyId);
	const existing = lookup.maybe('documentLinks', doc.source.id)?.target ?? null;
	const { dueDate: _none, ...record } = creditNoteBody(lookup, { ...doc, dueDate: undefined }, contactId);
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
