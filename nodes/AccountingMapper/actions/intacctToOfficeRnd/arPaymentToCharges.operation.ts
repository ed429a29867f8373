/**
 * Sage Intacct → OfficeRnD · AR Payment → Charge Changes
 *
 * Input: one Intacct AR payment (ARPYMT) as the Sage Intacct node reads it, with its
 * ARPYMTDETAILS (each detail's RECORDKEY is a paid invoice, TRX_PAYMENTAMOUNT the amount).
 * One mapped item per charge to write:
 * { idempotencyKey, targetSystem: "officernd", target: "charge.create" | "charge.update" |
 *   "charge.delete", record, source, total, currency, change }
 * record:
 *   create: { payment (OfficeRnD invoice _id), amount (number, rounded to the currency), currency,
 *             account (OfficeRnD payment account: paymentMethods row whose paymentMethod is the
 *             Intacct PAYMENTMETHOD), reference (DOCNUMBER), date (ISO), status "success",
 *             source "sage-intacct", providerChargeReference "ARPYMT:<RECORDNO>", and, with the
 *             External Org ID setting, accounting { provider, providerId (the payment RECORDNO),
 *             externalOrgId, lastSync null, error null } so OfficeRnD shows the charge as synced }
 *   update: { _id (the charge), ...the create fields but payment (a charge stays on its invoice) }
 *   delete: { _id }
 * Changes:
 *   created  one charge per invoice the payment pays with money (credit-only details, which apply
 *            a credit memo, advance or overpayment, are not charges).
 *   updated  each linked charge updated; an invoice paid now but not before gets a new charge; a
 *            linked charge whose invoice the payment no longer pays is deleted.
 *   reversed every charge linked to the payment is deleted (the invoice is due again).
 *   deleted  a deleted payment no longer reads in Intacct: the input is just its RECORDNO (the
 *            template finds deletions as charges whose "ARPYMT:<RECORDNO>" payment is gone), and
 *            every charge linked to it is deleted.
 *   auto     created, or reversed when the payment's STATE says so.
 * Tables: documentLinks (source = Intacct invoice RECORDNO, target = OfficeRnD invoice _id; and
 * for the payment's charges source = "<payment RECORDNO>/<invoice RECORDNO>", target = the charge
 * _id), paymentMethods (reverse: the row whose paymentMethod is the Intacct method), settings
 * externalOrgId (optional).
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
	/** Charges already written for this payment: documentLinks rows "<payment RECORDNO>/<invoice RECORDNO>". */
	const linkedCharges = () => tables.documentLinks.filter((r) => r.source.startsWith(`${ref.id}/`));
	const deletion = (invoiceRecordNo: string, chargeId: string, change: string): Converted => ({
		source: { system: 'intacct', type: 'ARPYMT', id: ref.id, version: ref.version, number: ref.number },
		keySuffix: `${change}.${invoiceRecordNo}`,
		targetSystem: 'officernd',
		target: 'charge.delete',
		record: { _id: chargeId },
		extra: { change },
	});
	if (setting === 'deleted') {
		// A deleted payment no longer reads in Intacct: it comes as its RECORDNO (maybe with its
		// details), and every charge linked to it is removed.
		const details = many(
			(record.ARPYMTDETAILS as Record<string, unknown> | undefined)?.ARPYMTDETAIL ?? record.ARPYMTDETAILS,
		);
		const links = details.length
			? details.map((d) =>
					lookup.row(
						'documentLinks',
						'ARPYMTDETAILS.RECORDKEY',
						chargeKey(String(d.RECORDKEY)),
						'target = the OfficeRnD charge _id',
					),
				)
			: linkedCharges();
		if (!links.length)
			throw new MappingError(ref, 'RECORDNO', `${ref.id}/*`, 'documentLinks', 'no charge is linked to this payment');
		return links.map((l) => deletion(l.source.slice(ref.id.length + 1), l.target, 'deleted'));
	}
	const payment = readArPayment(record);
	const change = setting === 'auto' ? (payment.status === 'reversed' ? 'reversed' : 'created') : setting;
	if (!['created', 'updated', 'reversed'].includes(change)) {
		throw new DataError(
			refOf(payment),
			'change',
			`"${change}" is not a payment change; use auto, created, updated, reversed or deleted`,
		);
	}
	if (change === 'reversed') {
		// Every charge this payment created goes, whatever its details say now.
		const links = linkedCharges();
		if (!links.length)
			throw new MappingError(
				ref,
				'RECORDNO',
				`${ref.id}/*`,
				'documentLinks',
				'no charge is linked to this reversed payment',
			);
		return links.map((l) => deletion(l.source.slice(ref.id.length + 1), l.target, 'reversed'));
	}
	if (payment.status === 'draft') {
		throw new DataError(
			refOf(payment),
			'STATE',
			'the payment is a draft in Intacct; only submitted payments become OfficeRnD charges',
		);
	}
	const rawDetails = many(
		(record.ARPYMTDETAILS as Record<string, unknown> | undefined)?.ARPYMTDETAIL ?? record.ARPYMTDETAILS,
	);
	if (!payment.allocations.length && rawDetails.some((d) => d.POSADJKEY)) {
		// A debit memo is not an invoice: e.g. the credit notes template's refund (credit memo applied to the refund's debit memo).
		throw new DataError(
			refOf(payment),
			'ARPYMTDETAILS.POSADJKEY',
			'the payment settles debit memos only (such as a refund paid out of a credit note); it pays no invoice, so there is no OfficeRnD charge to write',
		);
	}
	if (!payment.allocations.length) {
		throw new DataError(
			refOf(payment),
			'ARPYMTDETAILS',
			'the payment has no details; read it with its ARPYMTDETAILS (an unapplied payment is an advance, not a charge)',
		);
	}
	// Only money received is a charge: details that apply a credit memo, an advance or an earlier
	// overpayment carry no TRX_PAYMENTAMOUNT (credit applications are allocations in OfficeRnD).
	const cash = payment.allocations.filter((a) => !Dec.from(a.amount).isZero());
	if (!cash.length) {
		throw new DataError(
			refOf(payment),
			'ARPYMTDETAILS.TRX_PAYMENTAMOUNT',
			'the payment only applies credit (credit memo, advance or overpayment); no money was received, so there is no charge (advances applied are synced as overpayment allocations)',
		);
	}
	const account = lookup.reverse('paymentMethods', 'paymentMethod', 'PAYMENTMETHOD', payment.method).source;
	const dp = currencyDecimals(payment.currency);
	const extOrg = tables.settings.externalOrgId;
	const out = cash.map((a): Converted => {
		const invoiceId = lookup.value('documentLinks', 'target', 'ARPYMTDETAILS.RECORDKEY', a.toId);
		const base = {
			source: payment.source,
			keySuffix: `${change}.${a.toId}`,
			targetSystem: 'officernd' as const,
			total: Dec.from(a.amount).toFixed(dp),
			currency: payment.currency,
			extra: { change, invoice: invoiceId },
		};
		const existing = change === 'updated' ? lookup.maybe('documentLinks', chargeKey(a.toId)) : undefined;
		if (change === 'created' || (change === 'updated' && !existing)) {
			// An update that pays a further invoice creates its charge.
			return {
				...base,
				keySuffix: `created.${a.toId}`,
				target: 'charge.create',
				record: chargeBody(payment, invoiceId, a.amount, account, false, extOrg),
			};
		}
		return {
			...base,
			target: 'charge.update',
			record: { _id: existing!.target, ...chargeBody(payment, invoiceId, a.amount, account, true, extOrg) },
		};
	});
	if (change === 'updated') {
		// Invoices the payment no longer pays: their charges go.
		const paid = new Set(cash.map((a) => chargeKey(a.toId)));
		for (const l of linkedCharges())
			if (!paid.has(l.source)) out.push(deletion(l.source.slice(ref.id.length + 1), l.target, 'updated'));
	}
	return out;
};
