import type { Fields, FieldValue, RecordStore } from '../core/store';

/**
 * Billing document arithmetic of the simulator. ASSUMED throughout (reference Gap 9: the meaning
 * of subTotal/total/baseTotal is inconsistent in the docs): line price = unitPrice x quantity -
 * discount; tax on top (excluded), inside (included) or none (noTax); document subTotal = sum of
 * line amounts before tax; total = amount = after tax; baseTotal = total x currencyConversionRate.
 */
const round2 = (n: number): number => Math.round((n + Number.EPSILON) * 100) / 100;

type Line = Record<string, FieldValue>;

export function priceLines(
	lines: Line[],
	taxType: string,
	taxPercentOf: (taxRate: string) => number | undefined,
	rate: number,
): {
	lines: Line[];
	subTotal: number;
	total: number;
	taxAmounts: Array<{ percent: number; total: number; taxRate: string | null }>;
} {
	const priced: Line[] = [];
	const taxes = new Map<string, { percent: number; total: number; taxRate: string | null }>();
	let subTotal = 0;
	let total = 0;
	for (const l of lines) {
		const quantity = typeof l.quantity === 'number' ? l.quantity : 1;
		const unitPrice = Number(l.unitPrice ?? 0);
		const discountAmount = Number(l.discountAmount ?? 0);
		const price = round2(unitPrice * quantity - discountAmount);
		const taxRate = typeof l.taxRate === 'string' ? l.taxRate : null;
		const percent = taxType === 'noTax' || !taxRate ? 0 : (taxPercentOf(taxRate) ?? 0);
		const taxAmount = round2(taxType === 'included' ? price - price / (1 + percent / 100) : (price * percent) / 100);
		const net = taxType === 'included' ? round2(price - taxAmount) : price;
		const lineTotal = round2(net + taxAmount);
		subTotal += net;
		total += lineTotal;
		if (percent > 0 || taxRate) {
			const key = taxRate ?? `p${percent}`;
			const t = taxes.get(key) ?? { percent, total: 0, taxRate };
			t.total = round2(t.total + taxAmount);
			taxes.set(key, t);
		}
		priced.push({
			...l,
			quantity,
			unitPrice,
			price: net,
			discountAmount,
			taxRate,
			taxPercent: percent,
			taxAmount,
			subTotal: net,
			total: lineTotal,
			baseUnitPrice: round2(unitPrice * rate),
			baseTotal: round2(lineTotal * rate),
		});
	}
	return { lines: priced, subTotal: round2(subTotal), total: round2(total), taxAmounts: [...taxes.values()] };
}

/**
 * Recompute a document's paid/allocated/payable amounts and status from its charges and
 * allocations (reference §2.1: adding charges or allocations modifies the document). Returns the
 * patch, or undefined when nothing changed.
 */
export function settlementPatch(store: RecordStore, docId: string): Fields | undefined {
	const doc = store.get('payments', docId);
	if (!doc) return undefined;
	const f = doc.fields;
	const total = Number(f.total ?? 0);
	const charges = store.list('charges').filter((c) => c.fields.payment === docId);
	const paid = round2(
		charges.filter((c) => c.fields.status === 'success').reduce((s, c) => s + Number(c.fields.amount ?? 0), 0),
	);
	const refunded = round2(
		charges.filter((c) => c.fields.status === 'refund').reduce((s, c) => s + Math.abs(Number(c.fields.amount ?? 0)), 0),
	);
	const pending = round2(
		charges.filter((c) => c.fields.status === 'pending').reduce((s, c) => s + Number(c.fields.amount ?? 0), 0),
	);
	const failed = charges.some((c) => c.fields.status === 'fail');
	const allocations = Array.isArray(f.allocations) ? (f.allocations as Array<Record<string, FieldValue>>) : [];
	const allocated = round2(allocations.reduce((s, a) => s + Number(a.amount ?? 0), 0));
	const netPaid = round2(paid - refunded);
	// ASSUMED (reference §2.3 shows refunds only as charge status "refund"): money refunded out of a
	// credit note uses up its credit as an allocation does; fully refunded, with nothing allocated, it reads "refunded".
	const isCredit = f.documentType === 'creditNote';
	const settled = isCredit ? round2(allocated + refunded) : round2(netPaid + allocated);
	let status = String(f.status ?? 'awaiting_payment');
	if (status !== 'draft' && status !== 'voided') {
		if (isCredit && refunded > 0 && allocated === 0 && settled >= total) status = 'refunded';
		else if (!isCredit && refunded > 0 && netPaid <= 0 && allocated === 0) status = 'refunded';
		else if (total > 0 && settled >= total) status = 'paid';
		else if (settled > 0) status = 'partially_paid';
		else if (failed) status = 'failed';
		else if (status !== 'pending') status = 'awaiting_payment';
	}
	const payableAmount = status === 'voided' || status === 'refunded' ? 0 : round2(Math.max(0, total - settled));
	const patch: Fields = {
		paidAmount: netPaid,
		pendingAmount: pending,
		allocatedAmount: allocated,
		payableAmount,
		status,
		isPaid: status === 'paid',
		isFailed: status === 'failed',
	};
	const changed = Object.entries(patch).some(([k, v]) => f[k] !== v);
	return changed ? patch : undefined;
}
