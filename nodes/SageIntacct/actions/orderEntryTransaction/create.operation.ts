import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { writeFields } from '../../descriptions/write';
import { buildQuery } from '../../helpers/query';
import { compact, money } from '../../generic/records';
import { executeWrites, recordFromInput } from '../../helpers/write';
import { SO_CREATE_RETURNS_DOCID } from '../../transport/assumptions';
import type { IntacctClient } from '../../transport/client';
import { dropdown } from '../../generic/documentFields';
import { legacyFunction } from '../../transport/legacy';

/**
 * Order Entry Transaction > Create: legacy create_sotransaction with a transaction definition, e.g.
 * "Sales Invoice" (reference §4.12). Definitions that post to AR create an AR invoice with
 * MODULEKEY 8.SO. Write shape: { transactiontype, datecreated, customerid, documentno?, referenceno?,
 * termname? | datedue?, state?, currency?, sotransitems: { sotransitem: [{ itemid, quantity, price?,
 * locationid }] } }. Leave documentno empty to let Intacct number it.
 */
const show = { resource: ['orderEntryTransaction'], operation: ['create'] };
const fieldsShow = { show: { ...show, recordSource: ['fields'] } };
const text = (displayName: string, name: string, description?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(description ? { description } : {}),
});

export const description: INodeProperties[] = [
	...writeFields('orderEntryTransaction', ['create']),
	{
		...dropdown(
			'Transaction Definition',
			'transactionType',
			'getOeTransactionDefinitions',
			'The Order Entry transaction definition (DOCPARID), e.g. Sales Order, Sales Invoice',
			true,
		),
		displayOptions: fieldsShow,
	},
	{ ...dropdown('Customer', 'customerId', 'getCustomers', '', true), displayOptions: fieldsShow },
	{
		displayName: 'Date',
		name: 'dateCreated',
		type: 'dateTime',
		required: true,
		default: '',
		displayOptions: fieldsShow,
	},
	{
		displayName: 'Items',
		name: 'items',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Item',
		default: {},
		displayOptions: fieldsShow,
		options: [
			{
				displayName: 'Item',
				name: 'item',
				values: [
					text('Item ID', 'itemid'),
					{ displayName: 'Quantity', name: 'quantity', type: 'number', default: 1 },
					text('Price', 'price', "Unit price; empty uses the item's price list"),
					text('Unit', 'unit'),
					{ displayName: 'Discount Percent', name: 'discountpercent', type: 'number', default: 0 },
					text('Location ID', 'locationid', 'Required when the company is multi-entity'),
					text('Department ID', 'departmentid'),
					text('Memo', 'memo'),
				],
			},
		],
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: fieldsShow,
		options: [
			text('Currency', 'currency'),
			text('Document Number', 'documentno', "Leave empty to use the definition's numbering"),
			{ displayName: 'Due Date', name: 'datedue', type: 'dateTime', default: '' },
			{
				displayName: 'Exchange Rate',
				name: 'exchrate',
				type: 'number',
				typeOptions: { numberPrecision: 6 },
				default: 0,
			},
			text('Exchange Rate Type', 'exchratetype'),
			text('External ID', 'externalid'),
			text('Message', 'message'),
			{ displayName: 'Posting Date', name: 'dateposted', type: 'dateTime', default: '' },
			text('Reference Number', 'referenceno'),
			{
				displayName: 'State',
				name: 'state',
				type: 'options',
				options: [
					{ name: 'Definition Default', value: '' },
					{ name: 'Draft', value: 'Draft' },
					{ name: 'Pending', value: 'Pending' },
					{ name: 'Closed', value: 'Closed' },
				],
				default: '',
			},
			text('Term Name', 'termname'),
		],
	},
];

function fromFields(ctx: IExecuteFunctions, i: number): IDataObject {
	const extra = compact(ctx.getNodeParameter('additionalFields', i, {}) as IDataObject);
	for (const d of ['datedue', 'dateposted']) if (extra[d]) extra[d] = String(extra[d]).slice(0, 10);
	if (extra.exchrate) delete extra.exchratetype;
	const items = (((ctx.getNodeParameter('items', i, {}) as IDataObject).item ?? []) as IDataObject[]).map((it) =>
		compact({ ...it, discountpercent: Number(it.discountpercent) ? it.discountpercent : undefined }),
	);
	return {
		transactiontype: ctx.getNodeParameter('transactionType', i),
		datecreated: String(ctx.getNodeParameter('dateCreated', i)).slice(0, 10),
		customerid: ctx.getNodeParameter('customerId', i),
		...extra,
		sotransitems: { sotransitem: items },
	};
}

/** Prices rounded to 2 decimals before sending (reference §3.6). */
function normalize(record: IDataObject): IDataObject {
	const items = (record.sotransitems as IDataObject | undefined)?.sotransitem;
	if (items === undefined) return record;
	const list = (Array.isArray(items) ? items : [items]) as IDataObject[];
	return {
		...record,
		sotransitems: {
			sotransitem: list.map((it, n) =>
				compact({ ...it, price: money(it.price, `sotransitems.sotransitem[${n}].price`) }),
			),
		},
	};
}

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeWrites(this, client, (i) => {
		const record = normalize(recordFromInput(this, i, () => fromFields(this, i)));
		const docId = record.documentno ? `${String(record.transactiontype)}-${String(record.documentno)}` : undefined;
		return {
			body: legacyFunction('create_sotransaction', record),
			output: (r) => ({ [SO_CREATE_RETURNS_DOCID ? 'DOCID' : 'key']: r.key, transactiontype: record.transactiontype }),
			// A replay is confirmed by DOCID when the document number was ours.
			lookup: docId
				? async (c, entity) =>
						(await c.readByQuery({
							object: 'SODOCUMENT',
							query: buildQuery({ equals: { DOCID: docId } }),
							limit: 2,
							entity,
						})) as IDataObject[]
				: undefined,
		};
	});
}
