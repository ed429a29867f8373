/**
 * OfficeRnD → Sage Intacct · Credit Note Refunds → Credit Applied to Debit Memo (step 2 of a refund)
 *
 * Input: as "Credit Note Refunds → Debit Memo": one OfficeRnD credit note, whole, with `refunds`
 * (its refund charges). Each refund becomes one mapped item: a credit-only AR payment that applies
 * the credit note's credit memo to the refund's debit memo, so both are settled and no cash moves.
 * Mapped item: { idempotencyKey (per refund charge), targetSystem: "intacct", target: "ARPYMT",
 *   record, source (the refund charge), total, currency, refund: { id, amount, currency, creditNote,
 *   creditNoteNumber } }
 * record (generic ARPYMT): CUSTOMERID, RECEIPTDATE, PAYMENTDATE (the refund's date, mm/dd/yyyy),
 *   CURRENCY, DESCRIPTION, ARPYMTDETAILS.ARPYMTDETAIL[1]: { POSADJKEY (debit memo RECORDNO),
 *   ADJUSTMENTKEY (credit memo RECORDNO), TRX_ADJUSTMENTAMOUNT }
 * Tables: documentLinks (the credit note _id → credit memo RECORDNO, the refund charge _id → debit
 * memo RECORDNO), customers (strategy "table").
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert, Converted } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refundRef } from '../../helpers/guards';
import { Lookup } from '../../mappings/resolve';
import { partyId, refundApplication } from '../../systems/intacct';
import { readCreditNoteRefunds } from '../../systems/officernd';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const { creditNote, refunds } = readCreditNoteRefunds(inputRecord(this, i));
	return refunds.map((refund): Converted => {
		const lookup = new Lookup(tables, refundRef(creditNote, refund));
		const shape = refundApplication(lookup, refund, partyId(lookup, refund.partyId, 'company'));
		return {
			source: refund.source,
			keySuffix: 'application',
			targetSystem: 'intacct',
			target: shape.target,
			record: shape.record,
			total: shape.total,
			currency: shape.currency,
			extra: {
				refund: {
					id: refund.source.id,
					amount: shape.total!,
					currency: refund.currency,
					creditNote: creditNote.source.id,
					creditNoteNumber: creditNote.number ?? null,
				},
			},
		};
	});
};
