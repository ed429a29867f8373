import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { writeFields } from '../../descriptions/write';
import { executeWrites, recordFromInput } from '../../helpers/write';
import { buildQuery } from '../../helpers/query';
import { legacyFunction } from '../../transport/legacy';
import type { IntacctClient } from '../../transport/client';

/**
 * AR Invoice > Create: legacy create_invoice (reference 4.3). Write shape (Record Source "Whole
 * Record From Input"): the create_invoice elements by name, in any order, e.g.
 * { customerid, datecreated: '2026-11-01', datedue, action: 'Draft'|'Submit', invoiceno?, currency?,
 *   exchratetype? | exchrate?, invoiceitems: { lineitem: [{ glaccountno, amount, memo, locationid, ... }] } }
 */
const show = { resource: ['arInvoice'], operation: ['create'] };

export const description: INodeProperties[] = [
	...writeFields('arInvoice', ['create']),
	{
		displayName: 'Customer ID',
		name: 'customerId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
	},
	{
		displayName: 'Invoice Date',
		name: 'dateCreated',
		type: 'dateTime',
		required: true,
		default: '',
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
	},
	{
		displayName: 'Lines',
		name: 'lines',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line',
		default: {},
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
		options: [
			{
				displayName: 'Line',
				name: 'line',
				values: [
					{
						displayName: 'Amount',
						name: 'amount',
						type: 'number',
						default: 0
					},
					{
						displayName: 'Class ID',
						name: 'classid',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Department ID',
						name: 'departmentid',
						type: 'string',
						default: '',
					},
					{
						displayName: 'GL Account Number',
						name: 'glaccountno',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Location ID',
						name: 'locationid',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Memo',
						name: 'memo',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Project ID',
						name: 'projectid',
						type: 'string',
						default: '',
					},
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
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
		options: [
			{
				displayName: 'Currency',
				name: 'currency',
				type: 'string',
				default: '',
				placeholder: 'GBP',
			},
			{ displayName: 'Description', name: 'description', type: 'string', default: '' },
			{ displayName: 'Due Date', name: 'datedue', type: 'dateTime', default: '' },
			{
				displayName: 'Exchange Rate',
				name: 'exchrate',
				type: 'number',
				typeOptions: { numberPrecision: 6 },
				default: 0,
				description: 'A fixed rate; leave 0 to use the exchange rate type instead',
			},
			{
				displayName: 'Exchange Rate Type',
				name: 'exchratetype',
				type: 'string',
				default: '',
				description: 'Blank means Intacct Daily Rate',
			},
			{ displayName: 'External ID', name: 'externalid', type: 'string', default: '' },
			{
				displayName: 'Invoice Number',
				name: 'invoiceno',
				type: 'string',
				default: '',
				description: 'Leave empty to let Sage Intacct number the invoice',
			},
			{ displayName: 'Reference (PO Number)', name: 'ponumber', type: 'string', default: '' },
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
			{ displayName: 'Term Name', name: 'termname', type: 'string', default: '' },
		],
	},
];

function fromFields(ctx: IExecuteFunctions, i: number): IDataObject {
	const extra = ctx.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const lines = ((ctx.getNodeParameter('lines', i, {}) as IDataObject).line ?? []) as IDataObject[];
	const { exchrate, exchratetype, ...rest } = extra;
	return {
		customerid: ctx.getNodeParameter('customerId', i),
		datecreated: String(ctx.getNodeParameter('dateCreated', i)).slice(0, 10),
		...rest,
		...(rest.datedue ? { datedue: String(rest.datedue).slice(0, 10) } : {}),
		...(exchrate ? { exchrate } : exchratetype ? { exchratetype } : {}),
		invoiceitems: { lineitem: lines },
	};
}

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeWrites(this, client, (i) => {
		const record = recordFromInput(this, i, () => fromFields(this, i));
		return {
			body: legacyFunction('create_invoice', record),
			// A replay is confirmed by the invoice number when one was given.
			lookup: record.invoiceno
				? async (c) =>
						(
							await c.readByQuery({
								object: 'ARINVOICE',
								query: buildQuery({ equals: { RECORDID: String(record.invoiceno), CUSTOMERID: String(record.customerid) } }),
								limit: 1,
							})
						)[0] as IDataObject | undefined
				: undefined,
		};
	});
}
