/**
 * Re-Leased → Sage Intacct · Payment → AR or AP Payment
 *
 * Input: one Re-Leased payment, whole ({ invoiceId, contactId, date, amount, reference }).
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "ARPYMT" | "APPYMT", entity?,
 *   record, source, total, currency }
 * record: ARPYMT (income invoices) { PAYMENTMETHOD, FINANCIALENTITY | UNDEPOSITEDACCOUNTNO,
 *   CUSTOMERID, RECEIPTDATE, PAYMENTDATE, DOCNUMBER (reference), CURRENCY,
 *   ARPYMTDETAILS.ARPYMTDETAIL[1] { RECORDKEY, TRX_PAYMENTAMOUNT } } or APPYMT (expense invoices)
 *   { FINANCIALENTITY, PAYMENTMETHOD, VENDORID, PAYMENTDATE, CURRENCY, APPYMTDETAILS... }.
 * A Re-Leased payment names no method: the paymentMethods row whose source is the "Payment
 * Method Key" below is used (a row must exist; nothing is assumed).
 * Tables: paymentMethods, documentLinks (Re-Leased invoice id → Intacct RECORDNO, partyId).
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { Lookup } from '../../mappings/resolve';
import { apPayment, arPayment } from '../../systems/intacct';
import { readPayment } from '../../systems/released';

const show = { resource: ['reLeasedToIntacct'], operation: ['paymentToArOrApPayment'] };

export const description: INodeProperties[] = [
	{
		displayName: 'Paid Document',
		name: 'paidDocument',
		type: 'options',
		displayOptions: { show },
		options: [
			{ name: 'Income Invoice (AR Payment)', value: 'income' },
			{ name: 'Expense Invoice (AP Payment)', value: 'expense' },
		],
		default: 'income',
	},
	{
		displayName: 'Payment Method Key',
		name: 'paymentMethodKey',
		type: 'string',
		default: 'Re-Leased',
		displayOptions: { show },
		description: 'Source code looked up in the Payment Methods table for every Re-Leased payment',
	},
];

export const convert: Convert = function (i, tables) {
	const record = inputRecord(this, i);
	const payment = readPayment(
		record,
		new Lookup(tables, { system: 'released', type: 'payment', id: String(record.id ?? '(no id)') }),
	);
	payment.method = String(this.getNodeParameter('paymentMethodKey', i, 'Re-Leased'));
	const lookup = new Lookup(tables, refOf(payment));
	const partyId = lookup.value('documentLinks', 'partyId', 'invoiceId', payment.allocations[0]!.toId);
	const shape =
		this.getNodeParameter('paidDocument', i, 'income') === 'expense'
			? apPayment(lookup, payment, partyId)
			: arPayment(lookup, payment, partyId);
	return [
		{
			source: payment.source,
			targetSystem: 'intacct',
			target: shape.target,
			record: shape.record,
			entity: shape.entity,
			total: shape.total,
			currency: shape.currency,
		},
	];
};
