/**
 * OfficeRnD → Sage Intacct · Overpayment Allocations → AR Payment (advance applied to invoices)
 *
 * Input: one OfficeRnD overpayment, whole; each entry of its allocations[] (partial ones too)
 * becomes one mapped item.
 * Mapped item: { idempotencyKey (per allocation), targetSystem: "intacct", target: "ARPYMT", record,
 *   source, total, currency, allocation: {id, invoice, amount} }
 * record (generic ARPYMT, a credit-only payment):
 *   CUSTOMERID, RECEIPTDATE, PAYMENTDATE (the allocation's date, else the overpayment's), CURRENCY,
 *   ARPYMTDETAILS.ARPYMTDETAIL[1]: { RECORDKEY (invoice RECORDNO), and
 *     Credit Is "AR Advance": ADVANCEKEY (the advance's RECORDNO), TRX_POSTEDADVANCEAMOUNT; or
 *     Credit Is "Payment Overpayment": OVERPAYMENTKEY (the RECORDNO of the AR payment that holds
 *     the overpayment), TRX_POSTEDOVERPAYMENTAMOUNT }
 * Tables: documentLinks (the invoice and the overpayment's advance or payment, by OfficeRnD _id), customers.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert, Converted } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { Lookup } from '../../mappings/resolve';
import { creditApplication, partyId } from '../../systems/intacct';
import { readOverpayment } from '../../systems/officernd';

export const description: INodeProperties[] = [
	{
		displayName: 'Credit Is',
		name: 'overpaymentCredit',
		type: 'options',
		displayOptions: { show: { resource: ['officeRndToIntacct'], operation: ['overpaymentAllocationsToArPayment'] } },
		options: [
			{
				name: 'AR Advance',
				value: 'advance',
				description: 'The overpayment was written as an AR advance (Overpayment → AR Advance)',
			},
			{
				name: 'Payment Overpayment',
				value: 'paymentOverpayment',
				description:
					'The overpayment was written as the overpayment of an AR payment (Overpayment → AR Payment with Overpayment)',
			},
		],
		default: 'advance',
		description: "What the overpayment became in Intacct; its documentLinks row holds that record's RECORDNO",
	},
];

export const convert: Convert = function (i, tables) {
	const payment = readOverpayment(inputRecord(this, i));
	const lookup = new Lookup(tables, refOf(payment));
	const customerId = partyId(lookup, payment.partyId!, 'company');
	const credit = this.getNodeParameter('overpaymentCredit', i, 'advance') as string;
	return payment.allocations.map((a, n): Converted => {
		const shape = creditApplication(lookup, a, 'advance', payment.currency, customerId, payment.date);
		if (credit === 'paymentOverpayment') {
			// Same application, drawn from the payment's overpayment instead of an advance.
			const details = (shape.record.ARPYMTDETAILS as { ARPYMTDETAIL: Array<Record<string, string>> }).ARPYMTDETAIL;
			for (const d of details) {
				d.OVERPAYMENTKEY = d.ADVANCEKEY!;
				d.TRX_POSTEDOVERPAYMENTAMOUNT = d.TRX_POSTEDADVANCEAMOUNT!;
				delete d.ADVANCEKEY;
				delete d.TRX_POSTEDADVANCEAMOUNT;
			}
		}
		return {
			source: payment.source,
			keySuffix: `allocation.${a.id ?? `${a.toId}.${n + 1}`}`,
			targetSystem: 'intacct',
			target: shape.target,
			record: shape.record,
			total: shape.total,
			currency: shape.currency,
			extra: { allocation: { id: a.id ?? null, invoice: a.toId, amount: a.amount } },
		};
	});
};
