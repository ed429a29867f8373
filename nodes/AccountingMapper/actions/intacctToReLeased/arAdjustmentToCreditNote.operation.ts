/**
 * Sage Intacct → Re-Leased · AR Adjustment → Credit Note
 *
 * Input: one Intacct AR adjustment (ARADJUSTMENT, a credit memo: negative amounts) with its
 * ARADJUSTMENTITEMS, as the Sage Intacct node reads it. Debit memos fail the item.
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
import { Lookup } from '../../mappings/resolve';
import { readIntacctDocument } from '../../systems/intacct';
import { creditNoteBody } from '../../systems/released';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const doc = readIntacctDocument(inputRecord(this, i), 'ARADJUSTMENT');
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
