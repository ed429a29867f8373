import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { listLimit, runPerItem } from '../../../shared/items';
import { collectPages } from '../../../shared/paging';
import { entityOption, returnAllOrLimit } from '../../descriptions/common';
import { entityChoice, readInScope, readScopeOption } from '../../helpers/entity';
import type { IntacctClient } from '../../transport/client';
import type { XmlNode } from '../../transport/xml';
import { objectName, objectProperty } from '../../generic/names';

/**
 * Any Object > Query. Filter Builder: the `query` function (reference 3.4: select required, one
 * top-level filter operator, pages of up to 2000 by offset). Raw: a readByQuery condition string
 * (reference 3.3), paged with readMore. Note: `query` is newer than the 2019 R3 api.xsd, which does
 * not list it; the XSD test documents that.
 */
const show = { resource: ['anyObject'], operation: ['query'] };
export const QUERY_PAGE_SIZE = 2000;

const OPERATORS = [
	{ name: 'Between (Two Values, Lower First)', value: 'between' },
	{ name: 'Equal To', value: 'equalto' },
	{ name: 'Greater Than', value: 'greaterthan' },
	{ name: 'Greater Than or Equal To', value: 'greaterthanorequalto' },
	{ name: 'In (Comma-Separated)', value: 'in' },
	{ name: 'Is Not Null', value: 'isnotnull' },
	{ name: 'Is Null', value: 'isnull' },
	{ name: 'Less Than', value: 'lessthan' },
	{ name: 'Less Than or Equal To', value: 'lessthanorequalto' },
	{ name: 'Like (% and _ Wildcards)', value: 'like' },
	{ name: 'Not Equal To', value: 'notequalto' },
	{ name: 'Not In (Comma-Separated)', value: 'notin' },
	{ name: 'Not Like', value: 'notlike' },
];

export const description: INodeProperties[] = [
	objectProperty(['query']),
	{
		displayName: 'Mode',
		name: 'queryMode',
		type: 'options',
		options: [
			{
				name: 'Filter Builder (Query)',
				value: 'builder',
				description: 'The query function: conditions, sorting, case-insensitive option',
			},
			{
				name: 'Raw Condition (readByQuery)',
				value: 'raw',
				description: "A SQL-like condition such as STATUS = 'active' AND NAME LIKE 'A%'",
			},
		],
		default: 'builder',
		displayOptions: { show },
	},
	{
		displayName: 'Fields',
		name: 'fields',
		type: 'string',
		required: true,
		default: 'RECORDNO',
		description: 'Comma-separated fields to return. The query function needs them listed; raw mode also accepts *.',
		displayOptions: { show },
	},
	{
		displayName: 'Conditions',
		name: 'conditions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Condition',
		default: {},
		displayOptions: { show: { ...show, queryMode: ['builder'] } },
		options: [
			{
				displayName: 'Condition',
				name: 'condition',
				values: [
					{ displayName: 'Field', name: 'field', type: 'string', default: '', placeholder: 'STATUS' },
					{ displayName: 'Operator', name: 'operator', type: 'options', options: OPERATORS, default: 'equalto' },
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: 'For In/Not In and Between, separate values with commas',
					},
				],
			},
		],
	},
	{
		displayName: 'Combine Conditions',
		name: 'combine',
		type: 'options',
		options: [
			{ name: 'All (AND)', value: 'and' },
			{ name: 'Any (OR)', value: 'or' },
		],
		default: 'and',
		displayOptions: { show: { ...show, queryMode: ['builder'] } },
	},
	{
		displayName: 'Sort',
		name: 'sort',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Sort Field',
		default: {},
		displayOptions: { show: { ...show, queryMode: ['builder'] } },
		options: [
			{
				displayName: 'Sort Field',
				name: 'order',
				values: [
					{ displayName: 'Field', name: 'field', type: 'string', default: '' },
					{
						displayName: 'Direction',
						name: 'direction',
						type: 'options',
						options: [
							{ name: 'Ascending', value: 'ascending' },
							{ name: 'Descending', value: 'descending' },
						],
						default: 'ascending',
					},
				],
			},
		],
	},
	{
		displayName: 'Condition',
		name: 'rawQuery',
		type: 'string',
		default: '',
		placeholder: "STATUS = 'active'",
		description: 'Empty returns all records',
		displayOptions: { show: { ...show, queryMode: ['raw'] } },
	},
	...returnAllOrLimit('anyObject', 'query', 100000),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Case-Insensitive',
				name: 'caseInsensitive',
				type: 'boolean',
				default: false,
				description: 'Whether string comparisons ignore case (filter builder only)',
			},
			{
				displayName: 'Document Type (Docparid)',
				name: 'docparid',
				type: 'string',
				default: '',
				description: 'For SODOCUMENT/PODOCUMENT custom fields, e.g. Sales Invoice',
			},
			entityOption,
			{
				...readScopeOption,
				description: `${readScopeOption.description} Raw condition mode; the filter builder uses Show Private Records instead.`,
			},
			{
				displayName: 'Show Private Records',
				name: 'showPrivate',
				type: 'boolean',
				default: false,
				description: 'Whether a top-level query also returns private-entity records (filter builder only)',
			},
		],
	},
];

function condition(c: IDataObject): XmlNode {
	const field = String(c.field ?? '').trim();
	if (!field) throw new Error('Each condition needs a field.');
	const op = String(c.operator ?? 'equalto');
	if (op === 'isnull' || op === 'isnotnull') return { [op]: { field } };
	const raw = String(c.value ?? '');
	const values = op === 'in' || op === 'notin' || op === 'between' ? raw.split(',').map((v) => v.trim()) : [raw];
	if (op === 'between' && values.length !== 2)
		throw new Error(`Between on ${field} needs two values separated by a comma, lower first.`);
	return { [op]: { field, value: values.length === 1 ? values[0] : values } };
}

/** The query function's body for one page. */
export function buildQueryBody(p: {
	object: string;
	fields: string[];
	conditions: IDataObject[];
	combine: 'and' | 'or';
	orders: IDataObject[];
	caseInsensitive?: boolean;
	showPrivate?: boolean;
	docparid?: string;
	pagesize: number;
	offset: number;
}): XmlNode {
	const filters = p.conditions.map(condition);
	// Reference 3.4: exactly one top-level operator; several conditions go under <and>/<or>.
	const filter: XmlNode | undefined =
		filters.length === 0
			? undefined
			: filters.length === 1
				? filters[0]
				: { [p.combine]: Object.assign({}, ...groupByOperator(filters)) as XmlNode };
	return {
		query: {
			object: p.object,
			select: { field: p.fields },
			...(filter ? { filter } : {}),
			...(p.orders.length
				? {
						orderby: {
							order: p.orders.map((o) => ({ field: String(o.field), [String(o.direction ?? 'ascending')]: '' })),
						},
					}
				: {}),
			...(p.caseInsensitive || p.showPrivate
				? {
						options: {
							...(p.caseInsensitive ? { caseinsensitive: 'true' } : {}),
							...(p.showPrivate ? { showprivate: 'true' } : {}),
						},
					}
				: {}),
			...(p.docparid ? { docparid: p.docparid } : {}),
			pagesize: String(p.pagesize),
			offset: String(p.offset),
		},
	};
}

/** Same-named operators become repeated elements under and/or. */
function groupByOperator(filters: XmlNode[]): XmlNode[] {
	const grouped: Record<string, XmlNode[]> = {};
	for (const f of filters) {
		const [name] = Object.keys(f);
		(grouped[name] ??= []).push(f[name] as XmlNode);
	}
	return Object.entries(grouped).map(([name, list]) => ({ [name]: list.length === 1 ? list[0] : list }));
}

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await runPerItem(this, async (i) => {
		const object = objectName(this.getNodeParameter('object', i));
		const mode = this.getNodeParameter('queryMode', i, 'builder') as string;
		const fieldsParam = String(this.getNodeParameter('fields', i, 'RECORDNO')).trim();
		const options = this.getNodeParameter('options', i, {}) as IDataObject;
		const entity = entityChoice(options.entity);
		const limit = listLimit(this, i);
		if (mode === 'raw') {
			// readByQuery has no documented showprivate: at the top level, read in each entity as well
			// (a top-level session never sees entity-private records, reference §1.7).
			const query = this.getNodeParameter('rawQuery', i, '') as string;
			return await readInScope(
				this,
				client,
				options,
				fieldsParam || '*',
				async (scope, fields) => await client.readByQuery({ object, fields, query, limit, entity: scope }),
				limit,
			);
		}
		const fields = fieldsParam
			.split(',')
			.map((f) => f.trim())
			.filter(Boolean);
		if (fields.length === 0 || fields.includes('*')) {
			throw new Error(
				'The query function returns only the fields you list (it does not support *): list the fields, e.g. RECORDNO,NAME.',
			);
		}
		const conditions = ((this.getNodeParameter('conditions', i, {}) as IDataObject).condition ?? []) as IDataObject[];
		const orders = ((this.getNodeParameter('sort', i, {}) as IDataObject).order ?? []) as IDataObject[];
		const combine = this.getNodeParameter('combine', i, 'and') as 'and' | 'or';
		return (await collectPages<IDataObject, number>(async (offset) => {
			const at = offset ?? 0;
			const pagesize = limit === undefined ? QUERY_PAGE_SIZE : Math.min(QUERY_PAGE_SIZE, Math.max(1, limit - at));
			const result = await client.runOne(
				{
					controlId: `query-${object}-${i}-${at}`,
					body: buildQueryBody({
						object,
						fields,
						conditions,
						combine,
						orders,
						caseInsensitive: !!options.caseInsensitive,
						showPrivate: !!options.showPrivate,
						docparid: (options.docparid as string) || undefined,
						pagesize,
						offset: at,
					}),
				},
				{ entity, readOnly: true },
			);
			const items = result.records as IDataObject[];
			return { items, next: (result.numRemaining ?? 0) > 0 ? at + items.length : undefined };
		}, limit)) as IDataObject[];
	});
}
