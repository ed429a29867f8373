import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/**
 * AR terms are written with the legacy create_arterm / update_arterm (the 2019 api.xsd has them;
 * the reference notes document no generic create for ARTERM). Whole records use those functions'
 * element names, e.g. { name, description, status, due: { dueday, duefrom }, discount, penalty }.
 */
export const termFields = (operation: string): INodeProperties[] => [
	{
		displayName: 'Term Fields',
		name: 'termFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['arTerm'], operation: [operation], recordSource: ['fields'] } },
		options: [
			{ displayName: 'Description', name: 'description', type: 'string', default: '' },
			{ displayName: 'Due Days', name: 'dueday', type: 'number', default: 30, typeOptions: { minValue: 0 } },
			{
				displayName: 'Due From',
				name: 'duefrom',
				type: 'string',
				default: 'from invoice date',
				description: 'As Sage Intacct words it, e.g. "from invoice date"',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Active', value: 'active' },
					{ name: 'Inactive', value: 'inactive' },
				],
				default: 'active',
			},
		],
	},
];

export function termFromFields(ctx: IExecuteFunctions, i: number): IDataObject {
	const f = ctx.getNodeParameter('termFields', i, {}) as IDataObject;
	const due: IDataObject = {};
	if (f.dueday !== undefined) due.dueday = String(f.dueday);
	if (f.duefrom) due.duefrom = f.duefrom;
	return {
		...(f.description ? { description: f.description } : {}),
		...(f.status ? { status: f.status } : {}),
		...(Object.keys(due).length ? { due } : {}),
	};
}
