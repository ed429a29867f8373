import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';
import type { FieldSpec, OperationName, ResourceSpec } from './spec';

const EXPRESSION_HINT =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

/** One FieldSpec as an n8n property (inside a collection or fixedCollection). */
export function fieldProperty(field: FieldSpec): INodeProperties {
	const base = { displayName: field.title, name: field.name, description: field.description };
	switch (field.kind) {
		case 'number':
			return { ...base, type: 'number', default: 0 };
		case 'boolean':
			return { ...base, type: 'boolean', default: false };
		case 'date':
			return { ...base, type: 'dateTime', default: '' };
		case 'ids':
			return { ...base, type: 'string', default: '', description: field.description ?? 'Comma-separated IDs' };
		case 'options':
			if (field.loadOptionsMethod) {
				return {
					...base,
					type: 'options',
					typeOptions: { loadOptionsMethod: field.loadOptionsMethod },
					default: '',
					description: EXPRESSION_HINT,
				};
			}
			return {
				...base,
				type: 'options',
				options: field.options ?? [],
				default: (field.options?.[0]?.value as string) ?? '',
			};
		default:
			return { ...base, type: 'string', default: '' };
	}
}

function sorted(props: INodeProperties[]): INodeProperties[] {
	return [...props].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export function scoroAction(op: OperationName): string {
	return op === 'getAll' ? 'list' : op === 'get' ? 'view' : op === 'delete' ? 'delete' : 'modify';
}

/** Every property of one resource but its Operation dropdown (nodes/shared/resource.ts builds that), scoped with displayOptions. */
export function resourceProperties(spec: ResourceSpec): INodeProperties[] {
	const show = (ops: OperationName[], extra: Record<string, Array<string | boolean>> = {}): IDisplayOptions => ({
		show: { resource: [spec.resource], operation: ops, ...extra },
	});
	const props: INodeProperties[] = [];
	const has = (op: OperationName) => spec.operations.includes(op);
	const idOps = (['get', 'update', 'delete'] as OperationName[]).filter(has);
	if (idOps.length) {
		props.push({
			displayName: `${spec.label} ID`,
			name: 'id',
			type: 'string',
			required: true,
			default: '',
			description: `Scoro's ${spec.idField} of the ${spec.label.toLowerCase()}`,
			displayOptions: show(idOps),
		});
	}
	if (has('getAll')) {
		props.push(
			{
				displayName: 'Return All',
				name: 'returnAll',
				type: 'boolean',
				default: false,
				description: 'Whether to return all results or only up to a given limit',
				displayOptions: show(['getAll']),
			},
			{
				displayName: 'Limit',
				name: 'limit',
				type: 'number',
				default: 50,
				typeOptions: { minValue: 1 },
				description: 'Max number of results to return',
				displayOptions: show(['getAll'], { returnAll: [false] }),
			},
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				displayOptions: show(['getAll']),
				options: sorted([
					...(spec.noModifiedFilter
						? []
						: [
								{
									displayName: 'Modified From',
									name: 'modifiedFrom',
									type: 'dateTime',
									default: '',
									description: 'Only records modified at or after this time',
								} as INodeProperties,
								{
									displayName: 'Modified To',
									name: 'modifiedTo',
									type: 'dateTime',
									default: '',
									description: 'Only records modified at or before this time',
								} as INodeProperties,
							]),
					{
						displayName: 'Include Deleted',
						name: 'includeDeleted',
						type: 'boolean',
						default: false,
						description:
							'Whether to include records deleted in the last 30 days (they carry is_deleted and deleted_date)',
					},
					{
						displayName: 'Bookmark Name or ID',
						name: 'bookmark',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getBookmarks' },
						default: '',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
						hint: `Only the ${spec.plural.toLowerCase()} in this Scoro bookmark (a saved filter of the ${spec.module} list); the other filters narrow it further`,
					} as INodeProperties,
					...spec.filters.map(fieldProperty),
					{
						displayName: 'Other Filters (JSON)',
						name: 'json',
						type: 'json',
						default: '{}',
						description:
							'Any other Scoro filter object, merged into the request\'s filter, e.g. {"contact_type": "person"}',
					},
				]),
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				displayOptions: show(['getAll']),
				options: [
					{
						displayName: 'Detailed Response',
						name: 'detailed',
						type: 'boolean',
						default: false,
						description:
							'Whether to return each record as Get returns it (with lines and custom fields). Scoro then answers fewer records per page, so more requests are made.',
					},
				],
			},
		);
	}
	const writeOps = (['create', 'update'] as OperationName[]).filter(has);
	if (writeOps.length) {
		props.push({
			displayName: 'Input',
			name: 'inputMode',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Define Below', value: 'fields', description: 'Set fields in this node' },
				{
					name: 'Whole Record (JSON)',
					value: 'record',
					description: 'Send a whole Scoro record, e.g. what the Accounting Mapper emits',
				},
			],
			default: 'fields',
			displayOptions: show(writeOps),
		});
		props.push({
			displayName: 'Record',
			name: 'record',
			type: 'json',
			default: '={{ $json }}',
			description: 'The Scoro record to send as the request (field names as Scoro names them)',
			displayOptions: show(writeOps, { inputMode: ['record'] }),
		});
		for (const op of writeOps) {
			props.push({
				displayName: op === 'create' ? 'Fields' : 'Update Fields',
				name: 'fields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				displayOptions: show([op], { inputMode: ['fields'] }),
				options: sorted([
					...spec.fields.map(fieldProperty),
					{
						displayName: 'Other Fields (JSON)',
						name: 'json',
						type: 'json',
						default: '{}',
						description: 'Any other Scoro fields, merged into the record (custom_fields, discounts, ...)',
					},
				]),
			});
		}
		if (has('create')) {
			props.push({
				displayName: 'Create Options',
				name: 'createOptions',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				displayOptions: show(['create']),
				options: [
					{
						displayName: 'Match Existing On',
						name: 'matchField',
						type: 'string',
						default: '',
						placeholder: 'reference_no',
						description:
							'Scoro field whose value identifies the record (e.g. reference_no holding the source document number). Before creating, the node looks for a record with the same value, so running the workflow twice creates nothing new.',
					},
					{
						displayName: 'If Found',
						name: 'ifFound',
						type: 'options',
						options: [
							{
								name: 'Return the Existing Record',
								value: 'return',
								description: 'Create nothing and output the record found',
							},
							{ name: 'Fail the Item', value: 'error' },
						],
						default: 'return',
					},
					{
						displayName: 'Same Record When Equal',
						name: 'sameRecordFields',
						type: 'string',
						default: '',
						placeholder: 'contact_id,date,sales_doc_type,receipts',
						description:
							'For records with no field to hold a source key (e.g. receipts): comma-separated fields whose equal values make two records the same (a list such as receipts compares its lines). Nothing is created when the record is there already, a lost answer is confirmed by these fields, and when another run wrote the same record at the same time the later copy is removed.',
					},
					{
						displayName: 'Records With This Key in the Source',
						name: 'copiesExpected',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 1,
						description:
							'How many source records have the same values (e.g. two equal payments on one day): that many are kept',
					},
				],
			});
		}
		if (spec.lines) props.push(...lineProperties(spec, show));
	}
	return props;
}

function lineProperties(
	spec: ResourceSpec,
	show: (ops: OperationName[], extra?: Record<string, Array<string | boolean>>) => IDisplayOptions,
): INodeProperties[] {
	const lines = spec.lines!;
	const has = (op: OperationName) => spec.operations.includes(op);
	const out: INodeProperties[] = [];
	if (has('update')) {
		out.push({
			displayName: lines.label,
			name: 'linesMode',
			type: 'options',
			noDataExpression: true,
			options: [
				{
					name: 'Keep Current Lines',
					value: 'keep',
					description: `Send no ${lines.field}; the ${spec.label.toLowerCase()} keeps its lines as they are`,
				},
				{
					name: 'Add to Current Lines',
					value: 'append',
					description: `Read the current ${lines.field} and send them back together with the new ones`,
				},
				{
					name: 'Replace All Lines',
					value: 'replace',
					description: `Scoro replaces the whole ${lines.field} collection with the lines sent: lines not sent are deleted`,
				},
			],
			default: 'keep',
			description: `Scoro replaces the whole ${lines.field} collection whenever ${lines.field} are sent, so choose what happens to the lines already on the ${spec.label.toLowerCase()}`,
			displayOptions: show(['update']),
		});
		out.push({
			displayName: `I understand that ${lines.field} not sent are deleted`,
			name: 'confirmReplace',
			type: 'boolean',
			default: false,
			description:
				'Whether to really replace every current line. Without this the item fails rather than deleting lines.',
			displayOptions: show(['update'], { linesMode: ['replace'] }),
		});
	}
	const lineCollection = (
		ops: OperationName[],
		extra: Record<string, Array<string | boolean>> = {},
	): INodeProperties => ({
		displayName: lines.label,
		name: 'lines',
		type: 'fixedCollection',
		placeholder: `Add ${lines.label.replace(/s$/, '')}`,
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		displayOptions: show(ops, { inputMode: ['fields'], ...extra }),
		options: [
			{
				displayName: lines.label.replace(/s$/, ''),
				name: 'line',
				values: [
					...lines.fields.map(fieldProperty),
					{
						displayName: 'Other Line Fields (JSON)',
						name: 'json',
						type: 'json',
						default: '{}',
						description: 'Any other line fields, merged into this line',
					},
				],
			},
		],
	});
	if (has('create')) out.push(lineCollection(['create']));
	if (has('update')) out.push(lineCollection(['update'], { linesMode: ['append', 'replace'] }));
	return out;
}
