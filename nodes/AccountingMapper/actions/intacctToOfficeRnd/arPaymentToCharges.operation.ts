/**
 * Sage Intacct → OfficeRnD · AR Payment → Charge Changes
 *
 * Input: one Intacct AR payment (ARPYMT) as the Sage Intacct node reads it, with its
 * ARPYMTDETAILS (each detail's RECORDKEY is a paid invoice, TRX_PAYMENTAMOUNT the amount).
 * One mapped item per paid invoice:
 * { idempotencyKey, targetSystem: "officernd", target: "charge.create" | "charge.update" |
 *   "charge.delete", record, source, total, currency, change }
 * record:
 *   create: { payment (OfficeRnD invoice _id), amount (number, rounded to the currency), currency,
 *             account (OfficeRnD payment account: paymentMethods row whose paymentMethod is the
 *             Intacct PAYMENTMETHOD), reference (DOCNUMBER), date (ISO), status "success",
 *             source "sage-intacct", providerChargeReference "ARPYMT:<RECORDNO>" }
 *   update: { _id (the charge), ...the create fields but payment (a charge stays on its invoice) }
 *   delete: { _id } (payment reversed or deleted in Intacct)
 * Change: "auto" takes created or reversed from the payment's STATE; the trigger's event can set
 * it instead (created, updated, reversed, deleted).
 * Tables: documentLinks (source = Intacct invoice RECORDNO, target = OfficeRnD invoice _id; and
 * for updates and deletes source = "<payment RECORDNO>/<invoice RECORDNO>", target = the charge _id),
 * paymentMethods (reverse).
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert, Converted } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { DataError, MappingError } from '../../model/errors';
import { Dec, currencyDecimals } from '../../model/decimal';
import { Lookup } from '../../mappings/resolve';
import { many, readArPayment, refOf as intacctRef } from '../../systems/intacct';
import { chargeBody } from '../../systems/officernd';

export const description: INodeProperties[] = [
	{
		displayName: 'Change',
		name: 'change',
		type: 'options',
		displayOptions: { show: { resource: ['intacctToOfficeRnd'], operation: ['arPaymentToCharges'] } },
		options: [
			{ name: 'Auto (From Payment State)', value: 'auto' },
			{ name: 'Created', value: 'created' },
			{ name: 'Deleted', value: 'deleted' },
			{ name: 'Reversed', value: 'reversed' },
			{ name: 'Updated', value: 'updated' },
		],
		default: 'auto',
		description: 'What happened to the payment in Intacct',
	},
];

export const convert: Convert = function (i, tables) {
	const record = inputRecord(this, i);
	const setting = this.getNodeParameter('change', i, 'auto') as string;
	const ref = intacctRef(record, 'ARPYMT');
	const lookup = new Lookup(tables, ref);
	const chargeKey = (invoiceRecordNo: string) => `${ref.id}/${invoiceRecordNo}`;
	if (setting === 'deleted') {
		// A deleted payment may come without its details: every charge linked to it is removed.
		const details = many((record.ARPYMTDETAILS as Record<string, unknown> | undefined)?.ARPYMTDETAIL ?? record.ARPYMTDETAILS);
		const links = details.length
			? details.map((d) => lookup.row('documentLinks', 'ARPYMTDETAILS.RECORDKEY', chargeKey(String(d.RECORDKEY)), 'target = the OfficeRnD charge _id'))
			: tables.documentLinks.filter((r) => r.source.startsWith(`${ref.id}/`));
		if (!links.length) throw new MappingError(ref, 'RECORDNO', `${ref.id}/*`, 'documentLinks', 'no charge is linked to this payment');
		return links.map((l): Converted => ({
			source: { system: 'intacct', type: 'ARPYMT', id: ref.id, version: ref.version, number: ref.number },
			keySuffix: `deleted.${l.source.split('/')[1]}`,
			targetSystem: 'officernd',
			target: 'charge.delete',
			record: { _id: l.target },
			extra: { change: 'deleted' },
		}));
	}
	const payment = readArPayment(record);
	const change = setting === 'auto' ? (payment.status === 'reversed' ? 'reversed' : 'created') : setting;
	if (payment.status === 'draft' && change === 'created') {
		throw new DataError(refOf(payment), 'STATE', 'the payment is a draft in Intacct; only submitted payments become OfficeRnD charges');
	}
	if (!payment.allocations.length) {
		throw new DataError(refOf(payment), 'ARPYMTDETAILS', 'the payment has no details; read it with its ARPYMTDETAILS (an unapplied payment is an advance, not a charge)');
	}
	const account = change === 'reversed' ? '' : lookup.reverse('paymentMethods', 'paymentMethod', 'PAYMENTMETHOD', payment.method).source;
	const dp = currencyDecimals(payment.currency);
	return payment.allocations.map((a): Converted => {
		const invoiceId = lookup.value('documentLinks', 'target', 'ARPYMTDETAILS.RECORDKEY', a.toId);
		const base = {
			source: payment.source,
			keySuffix: `${change}.${a.toId}`,
			targetSystem: 'officernd' as const,
			total: Dec.from(a.amount).toFixed(dp),
			currency: payment.currency,
			extra: { change, invoice: invoiceId },
		};
		if (change === 'created') return { ...base, target: 'charge.create', record: chargeBody(payment, invoiceId, a.amount, account) };
		const chargeId = lookup.value('documentLinks', 'target', 'charge', chargeKey(a.toId));
		if (change === 'updated') return { ...base, target: 'charge.update', record: { _id: chargeId, ...chargeBody(payment, invoiceId, a.amount, account, true) } };
		return { ...base, target: 'charge.delete', record: { _id: chargeId } };
	});
};
