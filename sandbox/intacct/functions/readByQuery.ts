import { QUERY_ERROR_PREFIX } from '../assumptions';
import { ERR, IntacctError } from '../errors';
import { fieldType, findObject, projectRecord, visibleAt, type IntacctObjectDef } from '../objects';
import {
	checkDateLiterals,
	evaluate,
	parseQuery,
	queryFields,
	QuerySyntaxError,
	rownumLimit,
	type QueryNode,
} from '../query';
import type { ResultSet } from '../runtime';
import { childText, x, type XNode } from '../xml';
import type { IntacctFunctionContext, IntacctFunctionHandler } from './types';

export const READBYQUERY_DEFAULT_PAGESIZE = 100;
export const READBYQUERY_MAX_PAGESIZE = 1000;

function fail(description2: string, correction = ''): never {
	throw new IntacctError(ERR.invalidArgument(description2, correction));
}

function resolveObject(name: string | undefined): IntacctObjectDef {
	if (!name || name.trim() === '') fail('The object element is required.');
	const def = findObject(name.trim());
	// ASSUMED: text for an object the sandbox does not simulate.
	if (!def) fail(`Object '${name.trim()}' is not supported by the sandbox.`, 'Use CUSTOMER or LOCATIONENTITY.');
	return def;
}

/**
 * Visible rows (notes §1.7): the top level sees shared records only (readByQuery has no showprivate
 * option; only `query` documents one); an entity session sees shared records + its own entity's.
 */
function visibleRows(ctx: IntacctFunctionContext, def: IntacctObjectDef): Array<Record<string, string>> {
	return ctx.sys.store
		.list(def.collection)
		.sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id))
		.filter((r) => visibleAt(def, r, ctx.identity.locationid))
		.map((r) => projectRecord(def, r));
}

function pageNode(
	def: IntacctObjectDef,
	rs: Pick<ResultSet, 'rows'>,
	start: number,
	pagesize: number,
	resultId: string,
): XNode {
	const page = rs.rows.slice(start, start + pagesize);
	const numremaining = Math.max(0, rs.rows.length - start - page.length);
	return x(
		'data',
		page.map((row) =>
			x(
				def.name,
				Object.entries(row).map(([k, v]) => x(k, v)),
			),
		),
		{
			// ASSUMED: listtype is the object name as written in the request's casing rules (upper case).
			listtype: def.name,
			count: page.length,
			totalcount: rs.rows.length,
			numremaining,
			// Faithful to SDK fixtures: resultId present, empty when nothing remains.
			resultId: numremaining > 0 ? resultId : '',
		},
	);
}

/** readByQuery (notes §3.3). */
export const readByQuery: IntacctFunctionHandler = (ctx, element) => {
	const def = resolveObject(childText(element, 'object'));

	const returnFormat = (childText(element, 'returnFormat') ?? 'xml').trim().toLowerCase() || 'xml';
	// ASSUMED: the sandbox only answers XML (json/csv exist in Intacct, notes §2.2).
	if (returnFormat !== 'xml') fail(`returnFormat '${returnFormat}' is not supported by the sandbox.`, 'Use xml.');

	const rawPagesize = (childText(element, 'pagesize') ?? '').trim();
	const pagesize = rawPagesize === '' ? READBYQUERY_DEFAULT_PAGESIZE : Number(rawPagesize);
	if (
		!/^\d*$/.test(rawPagesize) ||
		!Number.isInteger(pagesize) ||
		pagesize < 1 ||
		pagesize > READBYQUERY_MAX_PAGESIZE
	) {
		// Range faithful (notes §3.3: 1-1000); ASSUMED: the error text.
		fail(`pagesize must be between 1 and ${READBYQUERY_MAX_PAGESIZE}; got '${rawPagesize}'.`);
	}

	const allRows = visibleRows(ctx, def);
	const known = new Set<string>(def.fields.map(([f]) => f));
	for (const row of allRows) for (const k of Object.keys(row)) known.add(k);

	const rawFields = (childText(element, 'fields') ?? '*').trim() || '*';
	let fields: string[] | undefined;
	if (rawFields !== '*') {
		fields = [
			...new Set(
				rawFields
					.split(',')
					.map((f) => f.trim().toUpperCase())
					.filter(Boolean),
			),
		];
		const unknown = fields.filter((f) => !known.has(f));
		// ASSUMED: text for an unknown field.
		if (unknown.length) fail(`Unknown field(s) on ${def.name}: ${unknown.join(', ')}.`);
	}

	let query: QueryNode | undefined;
	let limit: number | undefined;
	try {
		({ rest: query, limit } = rownumLimit(parseQuery(childText(element, 'query') ?? '')));
		checkDateLiterals(query, (f) => fieldType(def, f));
	} catch (e) {
		if (e instanceof QuerySyntaxError)
			fail(
				`${QUERY_ERROR_PREFIX}: ${e.message}.`,
				'Use the documented operators: < > >= <= = like, not like, in, not in, IS NULL, IS NOT NULL, AND, OR, NOT, parentheses, rownum.',
			);
		throw e;
	}
	const unknownInQuery = [...queryFields(query)].filter((f) => !known.has(f));
	if (unknownInQuery.length)
		fail(`${QUERY_ERROR_PREFIX}: unknown field(s) on ${def.name}: ${unknownInQuery.join(', ')}.`);

	const matching = allRows.filter((row) => evaluate(query, row, (f) => fieldType(def, f))).slice(0, limit);
	const rows = fields ? matching.map((row) => Object.fromEntries(fields.map((f) => [f, row[f] ?? '']))) : matching;

	let resultId = '';
	if (rows.length > pagesize) {
		const saved = ctx.runtime.saveResultSet({
			object: def.name,
			companyid: ctx.identity.companyid,
			rows,
			offset: pagesize,
			pagesize,
		});
		resultId = saved.id;
	}
	return { data: pageNode(def, { rows }, 0, pagesize, resultId) };
};

/** readMore by resultId, or by object (the latest open result set of that object; notes §3.3). */
export const readMore: IntacctFunctionHandler = (ctx, element) => {
	const resultId = childText(element, 'resultId')?.trim();
	const object = childText(element, 'object')?.trim();
	let rs: ResultSet | undefined;
	if (resultId) {
		rs = ctx.runtime.resultSets.get(resultId);
	} else if (object) {
		rs = [...ctx.runtime.resultSets.values()]
			.reverse()
			.find((r) => r.object === object.toUpperCase() && r.companyid === ctx.identity.companyid);
	} else {
		fail('readMore needs a resultId or an object.');
	}
	// ASSUMED: text for an unknown, finished or evicted result set.
	if (!rs || rs.companyid !== ctx.identity.companyid) {
		fail(
			`There is no open result set for ${resultId ? `resultId '${resultId}'` : `object '${object}'`}.`,
			'Run readByQuery again.',
		);
	}
	const def = findObject(rs.object)!;
	const start = rs.offset;
	const node = pageNode(def, rs, start, rs.pagesize, rs.id);
	rs.offset = start + rs.pagesize;
	if (rs.offset >= rs.rows.length) ctx.runtime.resultSets.delete(rs.id);
	return { data: node };
};
