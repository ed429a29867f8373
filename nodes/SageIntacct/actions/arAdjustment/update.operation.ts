import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { writeFields } from '../../descriptions/write';
import { compact, recordNoField } from '../../generic/records';
import { executeWrites, recordFromInput } from '../../helpers/write';
import type { IntacctClient } from '../../transport/client';
import { legacyFunction, LegacyShapeError } from '../../transport/legacy';
import { lineValues } from '../../generic/documentFields';

/**
 * AR Adjustment > Update: legacy update_aradjustment key=RECORDNO (reference §4.4). Write shape:
 * { key, description?, adjustmentno?, ..., updatearadjustmentitems?: { updatelineitem: [{ line_num,
 * amount }], lineitem: [...] } }. Amounts keep their sign (negative = credit).
 */
const show = { resource: ['arAdjustment'], operation: ['update'] };
const text = (displayName: string, name: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
});
const uiLine = lineValues.filter((v) => !['taxDetailId', 'taxAmount', 'offsetglaccountno'].includes(v.name));

export const description: INodeProperties[] = [
	...writeFields('arAdjustment', ['update']),
	{
		...recordNoField('arAdjustment', ['update'], 'RECORDNO of the adjustment to update'),
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
			text('Adjustment Number', 'adjustmentno'),
			{ displayName: 'Adjustment Date', name: 'datecreated', type: 'dateTime', default: '' },
			text('Customer ID', 'customerid'),
			text('Description', 'description'),
			text('Invoice Number', 'invoiceno'),
			{ displayName: 'Posting Date', name: 'dateposted', type: 'dateTime', default: '' },
			{
				displayName: 'State',
				name: 'action',
				type: 'options',
				options: [
					{ name: 'Draft', value: 'Draft' },
					{ name: 'Submit', value: 'Submit' },
				],
				default: 'Submit',
			},
		],
	},
	{
		displayName: 'Changed Lines',
		name: 'changedLines',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Change Line',
		default: {},
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
					...uiLine.map((v) =>
						v.name === 'amount'
							? {
									...v,
									type: 'string' as const,
									default: '',
									description: 'New signed amount (negative = credit); empty keeps it',
								}
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
				values: uiLine.map((v) =>
					v.name === 'amount' ? { ...v, description: 'Signed amount: negative = credit, positive = debit' } : v,
				),
			},
		],
	},
];

function fromFields(ctx: IExecuteFunctions, i: number): IDataObject {
	const header = compact(ctx.getNodeParameter('updateFields', i, {}) as IDataObject);
	for (const d of ['datecreated', 'dateposted']) if (header[d]) header[d] = String(header[d]).slice(0, 10);
	const changed = (((ctx.getNodeParameter('changedLines', i, {}) as IDataObject).line ?? []) as IDataObject[]).map(
		compact,
	);
	const added = (((ctx.getNodeParameter('addedLines', i, {}) as IDataObject).line ?? []) as IDataObject[]).map(compact);
	return {
		key: ctx.getNodeParameter('recordNo', i),
		...header,
		...(changed.length || added.length
			? {
					updatearadjustmentitems: compact({
						updatelineitem: changed.length ? changed : undefined,
						lineitem: added.length ? added : undefined,
					}),
				}
			: {}),
	};
}

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeWrites(this, client, (i) => {
		const record = recordFromInput(this, i, () => fromFields(this, i));
		const key = String(record.key ?? record.RECORDNO ?? '').trim();
		if (!key)
			throw new LegacyShapeError(
				'update_aradjustment.key is required: the RECORDNO of the adjustment to update.',
				'update_aradjustment.key',
			);
		const { RECORDNO: _r, ...rest } = record;
		return {
			body: legacyFunction('update_aradjustment', { ...rest, key }),
			output: () => ({ RECORDNO: key, updated: true }),
			lookup: async (c, entity) =>
				(
					await c.runOne(
						{ controlId: `read-${key}`, body: { read: { object: 'ARADJUSTMENT', keys: key, fields: '*' } } },
						{ entity, readOnly: true },
					)
				).records[0] as IDataObject | undefined,
		};
	});
}
