import type { Fields, FieldValue, RecordStore, StoredRecord } from '../core/store';

/** Line and header totals as Scoro shows them: sum without VAT, vat_sum, per-line VAT from the VAT code. */
export function round2(n: number): number {
	return Math.round((n + Number.EPSILON) * 100) / 100;
}

function num(v: FieldValue | undefined): number {
	const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
	return Number.isFinite(n) ? n : 0;
}

export function vatPercent(store: RecordStore, vatCodeId: FieldValue | undefined): number {
	if (vatCodeId === null || vatCodeId === undefined || vatCodeId === '') return 0;
	return num(store.get('vatCodes', String(vatCodeId))?.fields.percent);
}

/** Fills line `sum`/`vat` and header `sum`/`vat_sum` from the lines (documents with lines only). */
export function withTotals(store: RecordStore, fields: Fields): Fields {
	const lines = Array.isArray(fields.lines) ? (fields.lines as Fields[]) : [];
	let sum = 0;
	let vatSum = 0;
	const out = lines.map((l) => {
		const lineSum = round2(num(l.price) * num(l.amount) * (1 - num(l.discount) / 100));
		const vat = vatPercent(store, l.vat_code_id);
		sum += lineSum;
		vatSum += lineSum * (vat / 100);
		return { ...l, sum: lineSum, vat };
	});
	return { ...fields, lines: out, sum: round2(sum), vat_sum: round2(vatSum) };
}

/** Paid sum of one invoice or bill: every live receipt group of the matching document type. */
export function paidSum(store: RecordStore, docType: 'invoices' | 'bills', docId: string): number {
	let paid = 0;
	for (const group of store.list('receipts')) {
		if (group.fields.is_deleted) continue;
		if ((group.fields.sales_doc_type ?? 'invoices') !== docType) continue;
		for (const r of (group.fields.receipts as Fields[] | undefined) ?? []) {
			if (String(r.invoice_id) === docId) paid += num(r.sum);
		}
	}
	return round2(paid);
}

/**
 * Recomputes paid_sum / receivable_sum / status of the documents a receipt touches. Returns the
 * documents that changed (the caller sends webhooks for them).
 */
export function settle(
	store: RecordStore,
	docType: 'invoices' | 'bills',
	docIds: string[],
	keepModified = false,
): StoredRecord[] {
	const changed: StoredRecord[] = [];
	for (const id of new Set(docIds)) {
		const doc = store.get(docType, id);
		if (!doc) continue;
		const total = round2(num(doc.fields.sum) + num(doc.fields.vat_sum));
		const paid = paidSum(store, docType, id);
		const status =
			total > 0 && paid >= total ? 'paid' : doc.fields.status === 'paid' && paid < total ? 'unpaid' : doc.fields.status;
		const patch: Fields = { paid_sum: paid, receivable_sum: round2(total - paid), status: status ?? 'unpaid' };
		if (
			doc.fields.paid_sum === patch.paid_sum &&
			doc.fields.status === patch.status &&
			doc.fields.receivable_sum === patch.receivable_sum
		)
			continue;
		changed.push(store.update(docType, id, patch, keepModified ? { modifiedAt: doc.modifiedAt } : {}));
	}
	return changed;
}

/** After seeding: totals of every document and the paid state from the seeded receipts. */
export function finishSeed(store: RecordStore): void {
	for (const module of ['invoices', 'bills', 'prepayments']) {
		for (const r of store.list(module))
			store.update(module, r.id, withTotals(store, r.fields), { modifiedAt: r.modifiedAt });
	}
	for (const docType of ['invoices', 'bills'] as const) {
		settle(
			store,
			docType,
			store.list(docType).map((r) => r.id),
			true,
		);
	}
}
