/**
 * OfficeRnD → Sage Intacct · Credit Note Refunds → Debit Memo (step 1 of a refund)
 *
 * Input: one OfficeRnD credit note, whole, with `refunds`: its refund charges (OfficeRnD charges
 * with status "refund" and `payment` = the credit note, as the OfficeRnD node's Charge > Get Many
 * reads them). Each refund becomes one mapped item. Intacct's XML API has no customer refund, so a
 * refund is recorded as AR users do: a debit memo on the bank/clearing account (this operation),
 * then the credit memo applied to that debit memo ("Credit Note Refunds → Credit Applied to Debit
 * Memo"). ASSUMPTION: assumptions.ts INTACCT.refundAsDebitMemo.
 * Mapped item: { idempotencyKey (per refund charge), targetSystem: "intacct", target:
 *   "create_aradjustment", entity?, record, source (the refund charge), total (positive), currency,
 *   refund: { id, amount, currency, creditNote, creditNoteNumber } }
 * record (legacy create_aradjustment, keys in api.xsd order): customerid, datecreated (refund date),
 *   action "Submit", description, externalid (the charge _id), [basecurr, currency, exchrate (the
 *   credit note's) | exchratedate + exchratetype], aradjustmentitems.lineitem[1]: { glaccountno (the
 *   paymentMethods row of the charge's account: glAccount, else undepositedAccountNo), amount
 *   (positive), memo, locationid, departmentid, customfields, projectid, classid }
 * A refund larger than the credit left (credit note less allocations less earlier refunds) fails the item.
 * Tables: paymentMethods, dimensions, customers (strategy "table").
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert, Converted } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refundRef } from '../../helpers/guards';
import { Lookup } from '../../mappings/resolve';
import { createRefundDebitMemo } from '../../systems/intacct';
import { readCreditNoteRefunds } from '../../systems/officernd';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const { creditNote, refunds } = readCreditNoteRefunds(inputRecord(this, i));
	return refunds.map((refund): Converted => {
		const lookup = new Lookup(tables, refundRef(creditNote, refund));
		const shape = createRefundDebitMemo(lookup, refund, creditNote.exchangeRate);
		return {
			source: refund.source,
			targetSystem: 'intacct',
			target: shape.target,
			record: shape.record,
			entity: shape.entity,
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
