import type { IDataObject } from 'n8n-workflow';
import type { LookupKind } from '../descriptions/common';
import { apiList, type OfficeRndContext } from '../transport/client';
import { PATHS } from '../transport/contract';

/** Where each dropdown reads from and how it labels a record. */
const LOOKUPS: Record<
	LookupKind,
	{ path: string; select: string; label: (r: IDataObject) => string; query?: Record<string, string> }
> = {
	company: { path: PATHS.companies, select: 'name,status', label: (r) => String(r.name ?? r._id) },
	member: {
		path: PATHS.members,
		select: 'name,email',
		label: (r) => `${String(r.name ?? r._id)}${r.email ? ` <${String(r.email)}>` : ''}`,
	},
	location: {
		path: PATHS.locations,
		select: 'name,code',
		label: (r) => `${String(r.name ?? r._id)}${r.code ? ` (${String(r.code)})` : ''}`,
	},
	revenueAccount: {
		path: PATHS.revenueAccounts,
		select: 'name,code',
		label: (r) => `${r.code ? `${String(r.code)} ` : ''}${String(r.name ?? r._id)}`,
	},
	taxRate: {
		path: PATHS.taxRates,
		select: 'name,code,rate',
		label: (r) => `${String(r.name ?? r._id)}${r.rate !== undefined ? ` (${String(r.rate)}%)` : ''}`,
	},
	plan: {
		path: PATHS.plans,
		select: 'name,code',
		label: (r) => `${String(r.name ?? r._id)}${r.code ? ` (${String(r.code)})` : ''}`,
	},
	billingDocument: {
		path: PATHS.payments,
		select: 'number,documentType,status,currency,total',
		label: (r) =>
			`${String(r.number ?? r._id)} · ${String(r.documentType ?? '')} · ${String(r.status ?? '')} · ${String(r.currency ?? '')} ${String(r.total ?? '')}`,
		query: { $sort: '{"modifiedAt":"desc"}' },
	},
};

/** Dropdowns read at most this many records; more can be reached by ID or search. */
export const LOOKUP_LIMIT = 500;

export async function lookup(
	ctx: OfficeRndContext,
	kind: LookupKind,
	filter?: string,
): Promise<Array<{ name: string; value: string }>> {
	const spec = LOOKUPS[kind];
	const records = await apiList(ctx, spec.path, { $select: spec.select, ...(spec.query ?? {}) }, LOOKUP_LIMIT);
	const needle = (filter ?? '').trim().toLowerCase();
	return records
		.map((r) => ({ name: spec.label(r), value: String(r._id) }))
		.filter((o) => !needle || o.name.toLowerCase().includes(needle) || o.value === needle)
		.sort((a, b) => (kind === 'billingDocument' ? 0 : a.name.localeCompare(b.name)));
}
