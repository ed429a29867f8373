import { ERR, IntacctError } from '../errors';
import { fieldType, findObject, INTACCT_OBJECTS, projectRecord, visibleAt, type IntacctObjectDef } from '../objects';
import { evaluate, type QueryNode } from '../query';
import { asArray, childNames, childText, isObject, textOf, x, type XmlObject, type XmlValue } from '../xml';
import type { IntacctFunctionContext, IntacctFunctionHandler } from './types';

/** Notes §3.4: pagesize 1-2000, default 100; offset default 0. */
export const QUERY_DEFAULT_PAGESIZE = 100;
export const QUERY_MAX_PAGESIZE = 2000;

function invalid(description2: string, correction = ''): never {
	// ASSUMED: Intacct's own error numbers for bad query arguments are not in the notes.
	throw new IntacctError(ERR.invalidArgument(description2, correction));
}

const OPS: Record<string, (f: string, values: string[]) => QueryNode> = {
	equalto: (f, [v]) => ({ type: 'cmp', field: f, op: '=', value: { kind: 'string', value: v ?? '' } }),
	notequalto: (f, [v]) => ({ type: 'cmp', field: f, op: '!=', value: { kind: 'string', value: v ?? '' } }),
	lessthan: (f, [v]) => ({ type: 'cmp', field: f, op: '<', value: { kind: 'string', value: v ?? '' } }),
	lessthanorequalto: (f, [v]) => ({ type: 'cmp', field: f, op: '<=', value: { kind: 'string', value: v ?? '' } }),
	greaterthan: (f, [v]) => ({ type: 'cmp', field: f, op: '>', value: { kind: 'string', value: v ?? '' } }),
	greaterthanorequalto: (f, [v]) => ({ type: 'cmp', field: f, op: '>=', value: { kind: 'string', value: v ?? '' } }),
	between: (f, [a, b]) => ({
		type: 'and',
		left: OPS.greaterthanorequalto(f, [a!]),
		right: OPS.lessthanorequalto(f, [b!]),
	}),
	in: (f, vs) => ({ type: 'in', field: f, negate: false, values: vs.map((value) => ({ kind: 'string', value })) }),
	notin: (f, vs) => ({ type: 'in', field: f, negate: true, values: vs.map((value) => ({ kind: 'string', value })) }),
	like: (f, [v]) => ({ type: 'like', field: f, negate: false, pattern: v ?? '' }),
	notlike: (f, [v]) => ({ type: 'like', field: f, negate: true, pattern: v ?? '' }),
	isnull: (f) => ({ type: 'null', field: f, negate: false }),
	isnotnull: (f) => ({ type: 'null', field: f, negate: true }),
};

function toNode(name: string, el: XmlValue, fields: Set<string>, depth = 0): QueryNode {
	if (depth > 50) invalid('filter nested too deeply.');
	if (name === 'and' || name === 'or') {
		const parts: QueryNode[] = [];
		for (const k of childNames(el))
			for (const v of asArray((el as XmlObject)[k])) parts.push(toNode(k, v, fields, depth + 1));
		if (parts.length < 2) invalid(`<${name}> needs at least two conditions.`);
		return parts.reduce((left, right) => ({ type: name, left, right }));
	}
	const op = OPS[name];
	if (!op) invalid(`Unknown filter operator <${name}>.`, `Use one of and, or, ${Object.keys(OPS).join(', ')}.`);
	const field = (childText(el, 'field') ?? '').trim();
	if (!field) invalid(`<${name}> needs a <field>.`);
	// ASSUMED: the sandbox does not follow relationship paths (notes §3.4 allow one hop).
	if (field.includes('.')) invalid(`Related field paths such as '${field}' are not supported by the sandbox.`);
	fields.add(field);
	const values = asArray(isObject(el) ? (el as XmlObject).value : undefined).map((v) => textOf(v) ?? '');
	if (name === 'between' && values.length !== 2) invalid('<between> needs exactly two <value> elements, lower first.');
	if (!['isnull', 'isnotnull', 'in', 'notin', 'between'].includes(name) && values.length !== 1)
		invalid(`<${name}> needs exactly one <value>.`);
	if ((name === 'in' || name === 'notin') && values.length === 0) invalid(`<${name}> needs at least one <value>.`);
	return op(field, values);
}

function lowerCased(node: QueryNode): QueryNode {
	switch (node.type) {
		case 'and':
		case 'or':
			return { ...node, left: lowerCased(node.left), right: lowerCased(node.right) };
		case 'not':
			return { ...node, expr: lowerCased(node.expr) };
		case 'cmp':
			return { ...node, value: { ...node.value, value: node.value.value.toLowerCase() } };
		case 'like':
			return { ...node, pattern: node.pattern.toLowerCase() };
		case 'in':
			return { ...node, values: node.values.map((v) => ({ ...v, value: v.value.toLowerCase() })) };
		default:
			return node;
	}
}

/** Notes §1.7: from the top level, query hides private-entity records unless showprivate=true. */
function visibleRows(ctx: IntacctFunctionContext, def: IntacctObjectDef, showPrivate: boolean) {
	return ctx.sys.store
		.list(def.collection)
		.sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id))
		.filter((r) => visibleAt(def, r, ctx.identity.locationid, showPrivate))
		.map((r) => projectRecord(def, r));
}

/** query (notes §3.4). */
export const query: IntacctFunctionHandler = (ctx, element) => {
	const object = (childText(element, 'object') ?? '').trim();
	const def = findObject(object);
	if (!def) invalid(`Object '${object}' is not supported by the sandbox.`);
	const select = isObject(element) ? (element as XmlObject).select : undefined;
	const selected = asArray(isObject(select) ? (select as XmlObject).field : undefined)
		.map((f) => (textOf(f) ?? '').trim())
		.filter(Boolean);
	// Notes §3.4: select is required; returning all fields is not supported.
	if (selected.length === 0)
		invalid('query requires <select> with at least one <field>.', 'List the fields to return.');
	if (isObject(select) && childNames(select).some((n) => n !== 'field'))
		invalid('Aggregates in <select> are not supported by the sandbox.');
	const rawPagesize = (childText(element, 'pagesize') ?? '').trim();
	const pagesize = rawPagesize === '' ? QUERY_DEFAULT_PAGESIZE : Number(rawPagesize);
	if (!/^\d*$/.test(rawPagesize) || !Number.isInteger(pagesize) || pagesize < 1 || pagesize > QUERY_MAX_PAGESIZE) {
		invalid(`pagesize must be between 1 and ${QUERY_MAX_PAGESIZE}; got '${rawPagesize}'.`);
	}
	const rawOffset = (childText(element, 'offset') ?? '').trim();
	const offset = rawOffset === '' ? 0 : Number(rawOffset);
	if (!/^\d*$/.test(rawOffset) || !Number.isInteger(offset) || offset < 0)
		invalid(`offset must be 0 or more; got '${rawOffset}'.`);
	const options = isObject(element) ? (element as XmlObject).options : undefined;
	const caseInsensitive = (childText(options, 'caseinsensitive') ?? '').trim() === 'true';
	const showPrivate = (childText(options, 'showprivate') ?? '').trim() === 'true';
	const format = (childText(options, 'returnformat') ?? 'xml').trim().toLowerCase() || 'xml';
	if (format !== 'xml') invalid(`returnformat '${format}' is not supported by the sandbox.`, 'Use xml.');

	const used = new Set<string>(selected);
	let filter: QueryNode | undefined;
	const filterEl = isObject(element) ? (element as XmlObject).filter : undefined;
	if (filterEl !== undefined) {
		const ops = childNames(filterEl);
		// Notes §3.4: exactly one top-level operator.
		if (ops.length !== 1 || Array.isArray((filterEl as XmlObject)[ops[0]!]))
			invalid('<filter> must contain exactly one operator; combine with <and> or <or>.');
		filter = toNode(ops[0]!, (filterEl as XmlObject)[ops[0]!]!, used);
	}
	const orderEl = isObject(element) ? (element as XmlObject).orderby : undefined;
	const orders = asArray(isObject(orderEl) ? (orderEl as XmlObject).order : undefined).map((o) => ({
		field: (childText(o, 'field') ?? '').trim(),
		desc: isObject(o) && 'descending' in (o as XmlObject),
	}));
	for (const o of orders) used.add(o.field);

	const rows = visibleRows(ctx, def, showPrivate);
	const known = new Set(def.fields.map(([f]) => f));
	for (const r of rows) for (const k of Object.keys(r)) known.add(k);
	const unknown = [...used].filter((f) => !known.has(f));
	if (unknown.length) invalid(`Unknown field(s) on ${def.name}: ${unknown.join(', ')}.`);

	const test = caseInsensitive && filter ? lowerCased(filter) : filter;
	const matching = rows.filter((row) =>
		evaluate(
			test,
			caseInsensitive ? Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.toLowerCase()])) : row,
			(f) => fieldType(def, f),
		),
	);
	if (orders.length) {
		matching.sort((a, b) => {
			for (const o of orders) {
				const type = fieldType(def, o.field);
				const av = a[o.field] ?? '';
				const bv = b[o.field] ?? '';
				const d = type === 'integer' || type === 'decimal' ? Number(av) - Number(bv) : av.localeCompare(bv);
				if (d !== 0) return o.desc ? -d : d;
			}
			return 0;
		});
	}
	const page = matching.slice(offset, offset + pagesize);
	return {
		data: x(
			'data',
			page.map((row) =>
				x(
					def.name,
					selected.map((f) => x(f, row[f] ?? '')),
				),
			),
			{
				listtype: def.name,
				totalcount: matching.length,
				offset,
				count: page.length,
				numremaining: Math.max(0, matching.length - offset - page.length),
			},
		),
	};
};

/** lookup (notes §3.5): each field with ID, LABEL, REQUIRED, READONLY, DATATYPE, ISCUSTOM. */
export const lookup: IntacctFunctionHandler = (ctx, element) => {
	const object = (childText(element, 'object') ?? '').trim();
	const def = findObject(object);
	if (!def) invalid(`Object '${object}' is not supported by the sandbox.`);
	const types: Record<string, string> = {
		text: 'TEXT',
		integer: 'INTEGER',
		decimal: 'DECIMAL',
		boolean: 'BOOLEAN',
		timestamp: 'TIMESTAMP',
		date: 'DATE',
	};
	return {
		data: x(
			'data',
			[
				x(
					'Type',
					[
						x(
							'Fields',
							def.fields.map(([f, ty]) =>
								x('Field', [
									x('ID', f),
									x('LABEL', f.charAt(0) + f.slice(1).toLowerCase().replace(/_/g, ' ')),
									x('DESCRIPTION', ''),
									// ASSUMED: the sandbox marks only the ID field as required in lookup.
									x('REQUIRED', f === def.idField ? 'true' : 'false'),
									x(
										'READONLY',
										['RECORDNO', 'WHENCREATED', 'WHENMODIFIED'].includes(f) &&
											!(f === 'WHENCREATED' && def.ownWhenCreated)
											? 'true'
											: 'false',
									),
									x('DATATYPE', types[ty] ?? 'TEXT'),
									x('ISCUSTOM', 'false'),
								]),
							),
						),
						x('Relationships', []),
					],
					{ Name: def.name, DocumentType: '' },
				),
			],
			{ listtype: 'All' },
		),
	};
};

/** getDimensions (notes §3.5): standard dimensions and UDDs. ASSUMED: element layout. */
export const STANDARD_DIMENSIONS: Array<[string, string]> = [
	['LOCATION', 'Location'],
	['DEPARTMENT', 'Department'],
	['PROJECT', 'Project'],
	['CUSTOMER', 'Customer'],
	['VENDOR', 'Vendor'],
	['ITEM', 'Item'],
	['CLASS', 'Class'],
];
export const USER_DEFINED_DIMENSIONS: Array<[string, string]> = [['LINE_OF_BUSINESS', 'Line of business']];

export const getDimensions: IntacctFunctionHandler = () => {
	const node = (objectName: string, label: string, udd: boolean) =>
		x('dimension', [
			x('objectName', objectName),
			x('objectLabel', label),
			x('termLabel', label),
			x('userDefinedDimension', udd ? 'true' : 'false'),
			x('enabledInGL', 'true'),
		]);
	const dims = [
		...STANDARD_DIMENSIONS.map(([n, l]) => node(n, l, false)),
		...USER_DEFINED_DIMENSIONS.filter(([n]) => INTACCT_OBJECTS[n]).map(([n, l]) => node(n, l, true)),
	];
	return { data: x('data', dims, { listtype: 'dimensions', count: dims.length }) };
};
