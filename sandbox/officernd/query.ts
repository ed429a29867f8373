import { createHash } from 'node:crypto';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from './assumptions';
import { ApiError } from './errors';
import { isStrictIsoDate } from './collections';

/** A record as the API returns it. */
export type ApiRecord = Record<string, unknown> & { _id: string };

type Op = '$eq' | '$in' | '$gt' | '$gte' | '$lt' | '$lte';
interface Condition {
	field: string;
	op: Op;
	values: string[];
}

const OPS = new Set<Op>(['$in', '$gt', '$gte', '$lt', '$lte']);
/** Free-text fields where a comma is part of the value, not a (rejected) list. */
const FREE_TEXT = new Set(['name', 'number', 'email', 'reference', 'url', 'description']);

/**
 * Reference §3.3: `field=value`, `field[$in]=a,b`, `field[$gt|$gte|$lt|$lte]=<ISO date>`,
 * `properties[key]=value`; comma-joined plain values are rejected.
 */
export function parseConditions(params: URLSearchParams, allowed: string[]): Condition[] {
	const out: Condition[] = [];
	for (const [key, raw] of params) {
		if (key.startsWith('$')) continue;
		const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[([^\]]+)\])?$/.exec(key);
		if (!m) throw new ApiError(400, `property ${key} should not exist`);
		const [, field, inner] = m;
		if (field === 'properties' && inner) {
			out.push({ field: `properties.${inner}`, op: '$eq', values: [raw] });
			continue;
		}
		if (!allowed.includes(field)) throw new ApiError(400, `property ${field} should not exist`);
		if (inner === undefined) {
			if (raw.includes(',') && !FREE_TEXT.has(field)) {
				throw new ApiError(400, `${field} must be a single value; use ${field}[$in]=a,b for several`);
			}
			out.push({ field, op: '$eq', values: [raw] });
			continue;
		}
		if (!OPS.has(inner as Op)) throw new ApiError(400, `operator ${inner} is not supported on ${field}`);
		const op = inner as Op;
		if (op !== '$in' && !isStrictIsoDate(raw) && (raw.trim() === '' || Number.isNaN(Number(raw)))) {
			throw new ApiError(400, `${field}[${op}] must be a valid ISO 8601 date string`);
		}
		out.push({ field, op, values: op === '$in' ? raw.split(',').filter(Boolean) : [raw] });
	}
	return out;
}

function valueAt(record: Record<string, unknown>, path: string): unknown {
	let v: unknown = record;
	for (const part of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
	return v;
}

function compare(a: unknown, b: string): number {
	if (typeof a === 'number') return a - Number(b);
	const left = Date.parse(String(a));
	const right = Date.parse(b);
	if (!Number.isNaN(left) && !Number.isNaN(right)) return left - right;
	return String(a).localeCompare(b);
}

export function matches(record: Record<string, unknown>, conditions: Condition[]): boolean {
	return conditions.every(({ field, op, values }) => {
		const v = valueAt(record, field);
		if (op === '$eq') return v !== undefined && v !== null && String(v) === values[0];
		if (op === '$in') return v !== undefined && v !== null && values.includes(String(v));
		if (v === undefined || v === null || v === '') return false;
		const c = compare(v, values[0]);
		return op === '$gt' ? c > 0 : op === '$gte' ? c >= 0 : op === '$lt' ? c < 0 : c <= 0;
	});
}

/** ASSUMED (Gap 7): `$sort={"modifiedAt":"asc"}`. */
export function parseSort(raw: string | null): Array<[string, 1 | -1]> {
	if (!raw) return [];
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		throw new ApiError(400, '$sort must be a JSON object such as {"modifiedAt":"asc"}');
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
		throw new ApiError(400, '$sort must be a JSON object');
	return Object.entries(parsed as Record<string, unknown>).map(([field, dir]) => {
		if (dir === 'asc' || dir === 1) return [field, 1];
		if (dir === 'desc' || dir === -1) return [field, -1];
		throw new ApiError(400, `$sort direction for ${field} must be asc or desc`);
	});
}

function queryHash(params: URLSearchParams): string {
	const kept = [...params].filter(([k]) => k !== '$cursorNext' && k !== '$cursorPrev' && k !== '$limit').sort();
	return createHash('sha256').update(JSON.stringify(kept)).digest('hex').slice(0, 12);
}

function encodeCursor(offset: number, hash: string): string {
	return Buffer.from(JSON.stringify({ o: offset, q: hash })).toString('base64url');
}

function decodeCursor(cursor: string, hash: string): number {
	try {
		const { o, q } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o: unknown; q: unknown };
		if (typeof o === 'number' && Number.isInteger(o) && o >= 0 && q === hash) return o;
	} catch {
		// fall through
	}
	throw new ApiError(400, 'Invalid cursor');
}

export interface ListPage {
	results: ApiRecord[];
	cursorNext: string | null;
	cursorPrev: string | null;
	rangeStart: number;
	rangeEnd: number;
}

/** Filter, sort, project and page one collection (reference §3.1: body metadata, $limit <= 50). */
export function listPage(records: ApiRecord[], params: URLSearchParams, allowedFilters: string[]): ListPage {
	const conditions = parseConditions(params, allowedFilters);
	const sort = parseSort(params.get('$sort'));
	const limitRaw = params.get('$limit');
	let limit = PAGE_SIZE_DEFAULT;
	if (limitRaw !== null) {
		const n = Number(limitRaw);
		if (!Number.isInteger(n) || n < 1) throw new ApiError(400, '$limit must be a positive integer');
		limit = Math.min(n, PAGE_SIZE_MAX);
	}
	const hash = queryHash(params);
	const next = params.get('$cursorNext');
	const prev = params.get('$cursorPrev');
	let filtered = records.filter((r) => matches(r, conditions));
	if (sort.length) {
		filtered = [...filtered].sort((a, b) => {
			for (const [field, dir] of sort) {
				const va = valueAt(a, field);
				const vb = valueAt(b, field);
				if (va === vb) continue;
				if (va === undefined || va === null) return -dir;
				if (vb === undefined || vb === null) return dir;
				return compare(va, String(vb)) * dir;
			}
			return 0;
		});
	}
	let offset = 0;
	if (next) offset = decodeCursor(next, hash);
	else if (prev) offset = Math.max(0, decodeCursor(prev, hash) - limit);
	const slice = filtered.slice(offset, offset + limit);
	const select = params.get('$select');
	const fields = select
		? select
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean)
		: undefined;
	const results = fields
		? slice.map((r) => {
				const out: ApiRecord = { _id: r._id };
				for (const f of fields) if (f in r) out[f] = r[f];
				return out;
			})
		: slice;
	return {
		results,
		cursorNext: offset + limit < filtered.length ? encodeCursor(offset + limit, hash) : null,
		cursorPrev: offset > 0 ? encodeCursor(offset, hash) : null,
		rangeStart: slice.length ? offset + 1 : 0,
		rangeEnd: offset + slice.length,
	};
}
