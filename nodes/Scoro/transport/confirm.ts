import type { IDataObject } from 'n8n-workflow';
import { confirmedCreate } from '../../shared/safeCreate';
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
		send: async () => dataObject(await scoroRequest(ctx, { module: create.module, action: 'modify', body: { request: create.body }, idempotent: false }), `${create.module}/modify`),
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
