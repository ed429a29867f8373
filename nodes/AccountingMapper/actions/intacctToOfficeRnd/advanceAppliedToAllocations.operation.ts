/**
 * Sage Intacct → OfficeRnD · Advance Applied → Allocations
 *
 * Input: one Intacct AR payment (ARPYMT) with its ARPYMTDETAILS, as the Sage Intacct node reads
 * it; each detail that applies an advance (ADVANCEKEY) or an overpayment (OVERPAYMENTKEY) to an
 * invoice (RECORDKEY) becomes one allocation of the OfficeRnD overpayment.
 * Mapped item: { idempotencyKey (per detail), targetSystem: "officernd", target: "allocation.create",
 *   paymentId (the OfficeRnD overpayment), record, source, total, currency }
 * record (POST /payments/{paymentId}/allocations body): { target (the OfficeRnD invoice id), amount }
 * Tables: documentLinks (Intacct RECORDNO of the invoice → OfficeRnD invoice _id; the advance's
 * row keyed "ARADVANCE:<RECORDNO>" (an overpayment's "ARPYMT:<RECORDNO>"), or by its bare RECORDNO
 * when it cannot clash with an invoice's, → the OfficeRnD overpayment _id).
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert, Converted } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { DataError } from '../../model/errors';
import { currencyDecimals, Dec } from '../../model/decimal';
import { Lookup } from '../../mappings/resolve';
import { many, refOf } from '../../systems/intacct';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const record = inputRecord(this, i);
	const ref = refOf(record, 'ARPYMT');
	const lookup = new Lookup(tables, ref);
	const currency = String(record.CURRENCY ?? record.BASECURR ?? '');
	if (!currency) throw new DataError(ref, 'CURRENCY', 'is missing');
	const details = many(
		(record.ARPYMTDETAILS as Record<string, unknown> | undefined)?.ARPYMTDETAIL ?? record.ARPYMTDETAILS,
	).filter((d) => d.ADVANCEKEY !== undefined || d.OVERPAYMENTKEY !== undefined);
	if (!details.length) throw new DataError(ref, 'ARPYMTDETAILS', 'no detail applies an advance or overpayment');
	const dp = currencyDecimals(currency);
	return details.map((d, n): Converted => {
		const field = `ARPYMTDETAILS[${n + 1}]`;
		const advanceKey = String(d.ADVANCEKEY ?? d.OVERPAYMENTKEY);
		// Intacct numbers each object on its own, so an advance and an invoice can share a RECORDNO:
		// a row keyed "ARADVANCE:<RECORDNO>" (or "ARPYMT:<RECORDNO>" for an overpayment) wins over a bare one.
		const creditRow = lookup.maybe(
			'documentLinks',
			`${d.ADVANCEKEY !== undefined ? 'ARADVANCE' : 'ARPYMT'}:${advanceKey}`,
		);
		const amountText = d.TRX_POSTEDADVANCEAMOUNT ?? d.TRX_POSTEDOVERPAYMENTAMOUNT ?? d.TRX_PAYMENTAMOUNT;
		if (amountText === undefined) throw new DataError(ref, `${field}.TRX_POSTEDADVANCEAMOUNT`, 'is missing');
		const amount = Dec.from(String(amountText), `${field}.TRX_POSTEDADVANCEAMOUNT`).round(dp);
		return {
			source: { system: 'intacct', type: 'ARPYMT', id: ref.id, version: ref.version, number: ref.number },
			keySuffix: `advance.${advanceKey}.${String(d.RECORDKEY)}`,
			targetSystem: 'officernd',
			target: 'allocation.create',
			record: {
				target: lookup.value('documentLinks', 'target', `${field}.RECORDKEY`, String(d.RECORDKEY)),
				amount: Number(amount.toFixed(dp)),
			},
			total: amount.toFixed(dp),
			currency,
			extra: {
				paymentId: creditRow?.target ?? lookup.value('documentLinks', 'target', `${field}.ADVANCEKEY`, advanceKey),
			},
		};
	});
};
