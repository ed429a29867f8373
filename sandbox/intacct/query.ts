/**
 * The `readByQuery` query language (notes §3.3): a SQL-like condition string.
 * Accepted: exactly the documented operators `< > >= <= =`, `like` / `not like` (% and _),
 * `in` / `not in` (...), `IS NULL` / `IS NOT NULL`, `AND`, `OR`, `NOT`, parentheses, and `rownum`
 * (`rownum = 1`, `rownum < 5`); string literals in single quotes with backslash escapes; numbers.
 * Refused like any other query error: `!=` and `<>` (not documented: write `NOT (F = 'x')`), joins.
 */
import { parseAuditTimestamp } from './dates';
import type { IntacctFieldType } from './objects';

export const MAX_QUERY_LENGTH = 10_000;
const MAX_DEPTH = 50;

type Literal = { kind: 'string'; value: string } | { kind: 'number'; value: string };

export type QueryNode =
	| { type: 'and' | 'or'; left: QueryNode; right: QueryNode }
	| { type: 'not'; expr: QueryNode }
	| { type: 'cmp'; field: string; op: '=' | '!=' | '<' | '>' | '<=' | '>='; value: Literal }
	| { type: 'like'; field: string; negate: boolean; pattern: string }
	| { type: 'in'; field: string; negate: boolean; values: Literal[] }
	| { type: 'null'; field: string; negate: boolean }
	/** `rownum <op> n`: limits the rows returned (only as an AND-ed condition; see rownumLimit). */
	| { type: 'rownum'; op: '=' | '<' | '<=' | '>' | '>='; n: number };

export class QuerySyntaxError extends Error {}

type Token =
	| { t: 'ident'; v: string }
	| { t: 'string'; v: string }
	| { t: 'number'; v: string }
	| { t: 'op'; v: string }
	| { t: '(' | ')' | ',' };

function tokenize(src: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	while (i < src.length) {
		const c = src[i]!;
		if (/\s/.test(c)) {
			i++;
		} else if (c === '(' || c === ')' || c === ',') {
			tokens.push({ t: c });
			i++;
		} else if (c === "'") {
			let v = '';
			i++;
			for (;;) {
				if (i >= src.length) throw new QuerySyntaxError('unterminated string literal');
				const d = src[i]!;
				if (d === '\\' && i + 1 < src.length) {
					v += src[i + 1];
					i += 2;
				} else if (d === "'") {
					i++;
					break;
				} else {
					v += d;
					i++;
				}
			}
			tokens.push({ t: 'string', v });
		} else if (/[<>=!]/.test(c)) {
			const two = src.slice(i, i + 2);
			if (two === '!=' || two === '<>') {
				// Notes §3.3 list < > >= <= = like, not like, in, not in, IS [NOT] NULL, AND, OR, NOT only.
				throw new QuerySyntaxError(`the operator '${two}' at ${i} is not supported; use NOT (field = value)`);
			} else if (two === '<=' || two === '>=') {
				tokens.push({ t: 'op', v: two });
				i += 2;
			} else if (c === '!') {
				throw new QuerySyntaxError(`unexpected '!' at ${i}`);
			} else {
				tokens.push({ t: 'op', v: c });
				i++;
			}
		} else if (/[-\d.]/.test(c)) {
			const m = /^-?\d+(\.\d+)?/.exec(src.slice(i));
			if (!m) throw new QuerySyntaxError(`unexpected '${c}' at ${i}`);
			tokens.push({ t: 'number', v: m[0] });
			i += m[0].length;
		} else if (/[A-Za-z_]/.test(c)) {
			const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i))!;
			tokens.push({ t: 'ident', v: m[0] });
			i += m[0].length;
		} else {
			throw new QuerySyntaxError(`unexpected '${c}' at ${i}`);
		}
	}
	return tokens;
}

class Parser {
	private pos = 0;
	constructor(private readonly tokens: Token[]) {}

	private peek(): Token | undefined {
		return this.tokens[this.pos];
	}
	private keyword(word: string): boolean {
		const t = this.peek();
		if (t?.t === 'ident' && t.v.toUpperCase() === word) {
			this.pos++;
			return true;
		}
		return false;
	}
	private expect(kind: Token['t']): Token {
		const t = this.tokens[this.pos++];
		if (!t || t.t !== kind) throw new QuerySyntaxError(`expected ${kind}`);
		return t;
	}

	parse(): QueryNode {
		const node = this.or(0);
		if (this.pos < this.tokens.length) throw new QuerySyntaxError('unexpected trailing input');
		return node;
	}

	private or(depth: number): QueryNode {
		let left = this.and(depth);
		while (this.keyword('OR')) left = { type: 'or', left, right: this.and(depth) };
		return left;
	}
	private and(depth: number): QueryNode {
		let left = this.not(depth);
		while (this.keyword('AND')) left = { type: 'and', left, right: this.not(depth) };
		return left;
	}
	private not(depth: number): QueryNode {
		if (depth > MAX_DEPTH) throw new QuerySyntaxError('query nested too deeply');
		if (this.keyword('NOT')) return { type: 'not', expr: this.not(depth + 1) };
		if (this.peek()?.t === '(') {
			this.pos++;
			const inner = this.or(depth + 1);
			this.expect(')');
			return inner;
		}
		return this.comparison();
	}
	private literal(): Literal {
		const t = this.tokens[this.pos++];
		if (t?.t === 'string') return { kind: 'string', value: t.v };
		if (t?.t === 'number') return { kind: 'number', value: t.v };
		throw new QuerySyntaxError('expected a value');
	}
	private comparison(): QueryNode {
		const f = this.expect('ident') as { t: 'ident'; v: string };
		const field = f.v.toUpperCase();
		if (['AND', 'OR', 'NOT', 'LIKE', 'IN', 'IS', 'NULL'].includes(field)) {
			throw new QuerySyntaxError(`expected a field name, got ${f.v}`);
		}
		const t = this.peek();
		if (field === 'ROWNUM') {
			// Notes §3.3: "rownum can limit the rows returned (rownum = 1, rownum < 5)".
			const n = this.tokens[this.pos + 1];
			if (t?.t !== 'op' || n?.t !== 'number' || !/^\d+$/.test(n.v))
				throw new QuerySyntaxError('rownum takes a comparison with a whole number, e.g. rownum < 5');
			this.pos += 2;
			return { type: 'rownum', op: t.v as '=', n: Number(n.v) };
		}
		if (t?.t === 'op') {
			this.pos++;
			return { type: 'cmp', field, op: t.v as '=', value: this.literal() };
		}
		if (this.keyword('IS')) {
			const negate = this.keyword('NOT');
			if (!this.keyword('NULL')) throw new QuerySyntaxError('expected NULL');
			return { type: 'null', field, negate };
		}
		const negate = this.keyword('NOT');
		if (this.keyword('LIKE')) {
			const v = this.literal();
			return { type: 'like', field, negate, pattern: v.value };
		}
		if (this.keyword('IN')) {
			this.expect('(');
			const values: Literal[] = [this.literal()];
			while (this.peek()?.t === ',') {
				this.pos++;
				values.push(this.literal());
				if (values.length > 1000) throw new QuerySyntaxError('IN list longer than 1000 values');
			}
			this.expect(')');
			return { type: 'in', field, negate, values };
		}
		throw new QuerySyntaxError(`expected an operator after ${f.v}`);
	}
}

/** Parse a query string; '' (or whitespace) = all records = undefined. */
export function parseQuery(src: string): QueryNode | undefined {
	if (src.length > MAX_QUERY_LENGTH) throw new QuerySyntaxError(`query longer than ${MAX_QUERY_LENGTH} characters`);
	const tokens = tokenize(src);
	if (tokens.length === 0) return undefined;
	return new Parser(tokens).parse();
}

/** Field names a query uses (for validation against the object). */
export function queryFields(node: QueryNode | undefined, out = new Set<string>()): Set<string> {
	if (!node) return out;
	if ('left' in node) {
		queryFields(node.left, out);
		queryFields(node.right, out);
	} else if ('expr' in node) {
		queryFields(node.expr, out);
	} else if (node.type !== 'rownum') {
		out.add(node.field);
	}
	return out;
}

/**
 * How many rows `rownum` lets through: Oracle-style, rows are numbered as they match, so
 * `rownum = 1` → 1, `rownum < n` → n-1, `rownum <= n` → n, `rownum = n` (n > 1) or `rownum > n` (n ≥ 1) → 0.
 * ASSUMED: rownum is accepted as an AND-ed condition only (under OR or NOT it is a query error).
 * Returns the limit (undefined = none) and the condition without the rownum parts.
 */
export function rownumLimit(node: QueryNode | undefined): { limit?: number; rest?: QueryNode } {
	if (!node) return {};
	if (node.type === 'rownum') {
		const n = node.n;
		const limit =
			node.op === '<'
				? Math.max(0, n - 1)
				: node.op === '<='
					? n
					: node.op === '='
						? n === 1
							? 1
							: 0
						: node.op === '>'
							? n < 1
								? undefined
								: 0
							: n <= 1
								? undefined
								: 0;
		return { limit };
	}
	if (node.type === 'and') {
		const l = rownumLimit(node.left);
		const r = rownumLimit(node.right);
		const limits = [l.limit, r.limit].filter((v): v is number => v !== undefined);
		const rest = l.rest && r.rest ? { ...node, left: l.rest, right: r.rest } : (l.rest ?? r.rest);
		return { limit: limits.length ? Math.min(...limits) : undefined, rest };
	}
	if (containsRownum(node)) throw new QuerySyntaxError('rownum can only be combined with AND');
	return { rest: node };
}

function containsRownum(node: QueryNode): boolean {
	if (node.type === 'rownum') return true;
	if ('left' in node) return containsRownum(node.left) || containsRownum(node.right);
	if ('expr' in node) return containsRownum(node.expr);
	return false;
}

/**
 * Literals compared with a date or timestamp field must be real dates (notes §3.6: MM/DD/YYYY
 * [HH:MM:SS]); an impossible one (02/30/2025, month 13) is a query error, never shifted or ignored.
 */
export function checkDateLiterals(node: QueryNode | undefined, typeOf: (field: string) => IntacctFieldType): void {
	if (!node) return;
	if ('left' in node) {
		checkDateLiterals(node.left, typeOf);
		checkDateLiterals(node.right, typeOf);
		return;
	}
	if ('expr' in node) return checkDateLiterals(node.expr, typeOf);
	if (node.type !== 'cmp' && node.type !== 'in') return;
	const type = typeOf(node.field);
	if (type !== 'date' && type !== 'timestamp') return;
	for (const lit of node.type === 'cmp' ? [node.value] : node.values) {
		if (lit.value !== '' && parseAuditTimestamp(lit.value) === undefined) {
			throw new QuerySyntaxError(
				`${node.field}: '${lit.value}' is not a valid date (MM/DD/YYYY or MM/DD/YYYY HH:MM:SS)`,
			);
		}
	}
}

/** Compare a record value with a literal by the field's type. undefined = not comparable. */
function compare(raw: string, lit: Literal, type: IntacctFieldType): number | undefined {
	if (type === 'integer' || type === 'decimal') {
		const a = Number(raw);
		const b = Number(lit.value);
		if (raw === '' || Number.isNaN(a) || Number.isNaN(b)) return undefined;
		return a - b;
	}
	if (type === 'timestamp' || type === 'date') {
		const a = parseAuditTimestamp(raw);
		const b = parseAuditTimestamp(lit.value);
		if (a === undefined || b === undefined) return undefined;
		return a - b;
	}
	// Strings: case-sensitive (notes §3.3).
	return raw < lit.value ? -1 : raw > lit.value ? 1 : 0;
}

function likeToRegExp(pattern: string): RegExp {
	const body = pattern
		.split('')
		.map((ch) => (ch === '%' ? '.*' : ch === '_' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${body}$`, 's');
}

/**
 * Evaluate against a projected record (all values strings). ASSUMED: '' counts as NULL;
 * comparisons with NULL are false (SQL semantics).
 */
export function evaluate(
	node: QueryNode | undefined,
	record: Record<string, string>,
	typeOf: (field: string) => IntacctFieldType,
): boolean {
	if (!node) return true;
	switch (node.type) {
		case 'and':
			return evaluate(node.left, record, typeOf) && evaluate(node.right, record, typeOf);
		case 'or':
			return evaluate(node.left, record, typeOf) || evaluate(node.right, record, typeOf);
		case 'not':
			return !evaluate(node.expr, record, typeOf);
		case 'rownum':
			// Applied as a row limit by the caller (rownumLimit); as a condition it passes.
			return true;
		case 'null': {
			const isNull = (record[node.field] ?? '') === '';
			return node.negate ? !isNull : isNull;
		}
		case 'like': {
			const v = record[node.field] ?? '';
			if (v === '') return false;
			const hit = likeToRegExp(node.pattern).test(v);
			return node.negate ? !hit : hit;
		}
		case 'in': {
			const v = record[node.field] ?? '';
			if (v === '') return false;
			const hit = node.values.some((lit) => compare(v, lit, typeOf(node.field)) === 0);
			return node.negate ? !hit : hit;
		}
		case 'cmp': {
			const v = record[node.field] ?? '';
			if (v === '') return node.op === '=' ? node.value.value === '' : node.op === '!=' && node.value.value !== '';
			const d = compare(v, node.value, typeOf(node.field));
			if (d === undefined) return false;
			switch (node.op) {
				case '=':
					return d === 0;
				case '!=':
					return d !== 0;
				case '<':
					return d < 0;
				case '>':
					return d > 0;
				case '<=':
					return d <= 0;
				case '>=':
					return d >= 0;
			}
		}
	}
	return false;
}
