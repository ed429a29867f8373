import type { IDataObject } from 'n8n-workflow';
import { confirmedCreate, keyedCreate } from '../../shared/safeCreate';
import type { KeyedCreateOutcome } from '../../shared/safeCreate';
import type { HttpContext } from '../../shared/http';
import { dataObject, scoroList, scoroRequest, SYSTEM } from './index';

/**
 * Scoro has no idempotency key: a `<module>/modify` create whose answer is lost (no answer, 5xx) is
 * confirmed by a key the record carries before it is sent again. Keys, in order: the user's "Match
 * Existing On" field, the document number `no` (notes §3: invoices, bills, prepayments, projects),
 * the external reference `reference_no` (documents and contacts), a contact's registration code
 * `id_code`. Without one of them the item is reported as "outcome unknown", never re-sent. The
 * filter-by-field equality is ASSUMED (contract.ts FILTER_BY_FIELD_EQUALITY); matches are checked
 * again on what comes back.
 */
export const CREATE_KEY_FIELDS = ['no', 'reference_no', 'id_code'] as const;

export interface ScoroCreate {
	module: string;
	label: string;
	body: IDataObject;
	/** The user's "Match Existing On" field, when set (it wins: the user said it identifies the record). */
	matchField?: string;
	/** Records of the module that belong to the resource (e.g. credit invoices among invoices). */
	keep?: (record: IDataObject) => boolean;
}

function keyOf(create: ScoroCreate): { field: string; value: string } | undefined {
	for (const field of [create.matchField, ...CREATE_KEY_FIELDS]) {
		if (!field) continue;
		const value = create.body[field];
		if (value !== undefined && value !== null && String(value).trim() !== '') return { field, value: String(value) };
	}
	return undefined;
}

export async function createScoroRecord(ctx: HttpContext, create: ScoroCreate): Promise<IDataObject> {
	const key = keyOf(create);
	const { record } = await confirmedCreate<IDataObject>({
		system: SYSTEM,
		where: key
			? `Scoro ${create.module} for a ${create.label.toLowerCase()} with ${key.field} "${key.value}"`
			: `Scoro ${create.module} for the ${create.label.toLowerCase()} this item sent`,
		send: async () =>
			dataObject(
				await scoroRequest(ctx, {
					module: create.module,
					action: 'modify',
					body: { request: create.body },
					idempotent: false,
				}),
				`${create.module}/modify`,
			),
		lookup: key
			? async () =>
					await scoroList(ctx, create.module, {
						filter: { [key.field]: key.value },
						keep: (r) => String(r[key.field] ?? '') === key.value && (!create.keep || create.keep(r)),
						// Two are enough to tell "exactly one" from "ambiguous".
						limit: 2,
					})
			: undefined,
	});
	return record;
}

/* ------------------------------------------------------------------ "Same Record When Equal" */

const LINE_ID_FIELDS = new Set([
	'receipt_id',
	'id',
	'line_id',
	'invoice_no',
	'contact_name',
	'sales_doc_type',
	'contact_id',
]);

/** One value as compared: numbers by value (Scoro answers "250.00" for 250), dates by day, empty as ''. */
function norm(value: unknown): string {
	if (value === undefined || value === null) return '';
	const text = String(value).trim();
	if (/^-?\d+(\.\d+)?$/.test(text)) return String(Math.round(Number(text) * 10000) / 10000);
	if (/^\d{4}-\d{2}-\d{2}([ T].*)?$/.test(text)) return text.slice(0, 10);
	return text;
}

/**
 * The "same record" key of a body or a stored record over `fields`. A list field (lines such as a
 * receipt group's `receipts`) compares as the sorted set of its lines over the line fields the body
 * sent (IDs Scoro adds are left out), so the order of lines does not matter.
 */
export function sameRecordKey(record: IDataObject, fields: string[], body: IDataObject): string {
	return JSON.stringify(
		fields.map((field) => {
			const sent = body[field];
			const value = record[field];
			if (Array.isArray(sent)) {
				const lineFields = [...new Set(sent.flatMap((l) => (l && typeof l === 'object' ? Object.keys(l) : [])))]
					.filter((k) => !LINE_ID_FIELDS.has(k))
					.sort();
				const lines = Array.isArray(value) ? value : [];
				return lines.map((l) => JSON.stringify(lineFields.map((k) => norm((l as IDataObject)?.[k])))).sort();
			}
			return norm(value);
		}),
	);
}

export interface KeyedScoroCreate extends ScoroCreate {
	/** Fields whose equal values make two records the same record ("Same Record When Equal"). */
	sameFields: string[];
	/** Fields Scoro's list can filter on (narrows the look-ups; matches are checked again here). */
	filterable: string[];
	/** How many source records share the key. */
	expected: number;
	/** The module's ID field (e.g. vat_code_id for tax rates). */
	idField: string;
}

/**
 * Create through shared/safeCreate.ts keyedCreate: nothing is sent when the record is there already,
 * a lost answer is confirmed by the key, and a copy written by another run at the same time is
 * removed by the run that wrote it later.
 */
export async function createScoroKeyed(
	ctx: HttpContext,
	create: KeyedScoroCreate,
): Promise<{ record: IDataObject; outcome: KeyedCreateOutcome }> {
	const key = sameRecordKey(create.body, create.sameFields, create.body);
	const filter: IDataObject = {};
	for (const f of create.sameFields) {
		const v = create.body[f];
		if (create.filterable.includes(f) && (typeof v === 'string' || typeof v === 'number')) filter[f] = v;
	}
	const described = create.sameFields
		.map((f) =>
			Array.isArray(create.body[f])
				? `${f}: ${(create.body[f] as IDataObject[])
						.map((l) =>
							Object.entries(l ?? {})
								.map(([k, v]) => `${k} ${String(v)}`)
								.join(' '),
						)
						.join('; ')}`
				: `${f} ${String(create.body[f])}`,
		)
		.join(', ');
	const { record, outcome } = await keyedCreate<IDataObject>({
		system: SYSTEM,
		where: `Scoro ${create.module} with ${described}`,
		expected: create.expected,
		send: async () =>
			dataObject(
				await scoroRequest(ctx, {
					module: create.module,
					action: 'modify',
					body: { request: create.body },
					idempotent: false,
				}),
				`${create.module}/modify`,
			),
		// ASSUMPTION (contract.ts FILTER_BY_FIELD_EQUALITY) only narrows the list: every match is checked here.
		copies: async () =>
			await scoroList(ctx, create.module, {
				filter,
				keep: (r) =>
					!r.is_deleted && (!create.keep || create.keep(r)) && sameRecordKey(r, create.sameFields, create.body) === key,
			}),
		idOf: (r) => String(r[create.idField] ?? ''),
		remove: async (id) => {
			try {
				await scoroRequest(ctx, { module: create.module, action: 'delete', id, idempotent: true });
			} catch (error) {
				// A retried delete whose first answer was lost answers 404: the copy is gone, as wanted.
				if ((error as { httpStatus?: number }).httpStatus === 404) return;
				// keyedCreate turns this into "outcome unknown" naming the copy to remove by hand.
				// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
				throw error;
			}
		},
	});
	return { record, outcome };
}
