import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { writeFields } from '../../descriptions/write';
import { compact, recordNoField } from '../../generic/records';
import { executeWrites, recordFromInput } from '../../helpers/write';
import type { IntacctClient } from '../../transport/client';
import { legacyFunction, LegacyShapeError } from '../../transport/legacy';
import type { XmlNode } from '../../transport/xml';
import {
	customFieldsField,
	customFieldsFromUi,
	headerFromUi,
	invoiceHeaderOptions,
	lineValues,
} from '../../generic/documentFields';

/**
 * AR Invoice > Update: legacy update_invoice key=RECORDNO (reference §4.3). `updateinvoiceitems`
 * mixes `updatelineitem line_num="n"` (change line n, one-based) and `lineitem` (add a line).
 * Write shape: { key: RECORDNO, description?, datedue?, ..., updateinvoiceitems?: { updatelineitem:
 * [{ line_num: 1, amount }], lineitem: [{ glaccountno, amount, locationid }] } }.
 */
const show = { resource: ['arInvoice'], operation: ['update'] };

/** update_invoice takes fewer header elements than create_invoice. */
const UPDATABLE = new Set([
	'customerid',
	'datecreated',
	'dateposted',
	'datedue',
	'termname',
	'action',
	'invoiceno',
	'ponumber',
	'description',
	'currency',
	'exchratedate',
	'exchratetype',
	'exchrate',
	'supdocid',
]);

export const description: INodeProperties[] = [
	...writeFields('arInvoice', ['update']),
	{
		...recordNoField('arInvoice', ['update'], 'RECORDNO of the invoice to update'),
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
		options: [
			{ displayName: 'Customer ID', name: 'customerid', type: 'string', default: '' },
			{ displayName: 'Invoice Date', name: 'datecreated', type: 'dateTime', default: '' },
			...invoiceHeaderOptions.filter((o) => UPDATABLE.has(o.name) || o.name === 'exchrate'),
		],
	},
	{
		displayName: 'Changed Lines',
		name: 'changedLines',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Change Line',
		default: {},
		description: 'Existing lines to change, by one-based line number',
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
		options: [
			{
				displayName: 'Line',
				name: 'line',
				values: [
					{
						displayName: 'Line Number',
						name: 'line_num',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 1,
						description: 'One-based number of the line to change',
					},
					...lineValues
						.filter((v) => !['taxDetailId', 'taxAmount', 'offsetglaccountno'].includes(v.name))
						.map((v) =>
							v.name === 'amount'
								? { ...v, default: '', type: 'string' as const, description: 'New amount; empty keeps it' }
								: v,
						),
				],
			},
		],
	},
	{
		displayName: 'Added Lines',
		name: 'addedLines',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line',
		default: {},
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
		options: [
			{
				displayName: 'Line',
				name: 'line',
				values: lineValues.filter((v) => !['taxDetailId', 'taxAmount'].includes(v.name)),
			},
		],
	},
	customFieldsField('arInvoice', ['update']),
];

function fromFields(ctx: IExecuteFunctions, i: number): IDataObject {
	const header = headerFromUi(ctx.getNodeParameter('updateFields', i, {}) as IDataObject);
	if (header.datecreated) header.datecreated = String(header.datecreated).slice(0, 10);
	const changed = (((ctx.getNodeParameter('changedLines', i, {}) as IDataObject).line ?? []) as IDataObject[]).map(
		compact,
	);
	const added = (((ctx.getNodeParameter('addedLines', i, {}) as IDataObject).line ?? []) as IDataObject[]).map(compact);
	return {
		key: ctx.getNodeParameter('recordNo', i),
		...header,
		customfields: customFieldsFromUi(ctx, i),
		...(changed.length || added.length
			? {
					updateinvoiceitems: compact({
						updatelineitem: changed.length ? changed : undefined,
						lineitem: added.length ? added : undefined,
					}),
				}
			: {}),
	};
}

/** update_invoice from a record; `line_num` may be given as a plain field of updatelineitem. */
export function updateBody(record: IDataObject): XmlNode {
	const key = String(record.key ?? record.RECORDNO ?? '').trim();
	if (!key)
		throw new LegacyShapeError(
			'update_invoice.key is required: the RECORDNO of the invoice to update.',
			'update_invoice.key',
		);
	const { RECORDNO: _r, ...rest } = record;
	const items = rest.updateinvoiceitems as IDataObject | undefined;
	if (items?.updatelineitem) {
		const list = (Array.isArray(items.updatelineitem) ? items.updatelineitem : [items.updatelineitem]) as IDataObject[];
		rest.updateinvoiceitems = {
			...items,
			updatelineitem: list.map(({ line_num, ...l }) => ({ ...l, '@_line_num': line_num ?? l['@_line_num'] })),
		};
	}
	return legacyFunction('update_invoice', { ...rest, key });
}

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeWrites(this, client, (i) => {
		const record = recordFromInput(this, i, () => fromFields(this, i));
		const key = String(record.key ?? record.RECORDNO ?? '');
		return {
			body: updateBody(record),
			output: () => ({ RECORDNO: key, updated: true }),
			lookup: async (c, entity) =>
				(
					await c.runOne(
						{ controlId: `read-${key}`, body: { read: { object: 'ARINVOICE', keys: key, fields: '*' } } },
						{ entity, readOnly: true },
					)
				).records[0] as IDataObject | undefined,
		};
	});
}
