import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { writeFields } from '../../descriptions/write';
import { buildQuery } from '../../helpers/query';
import { compact } from '../../generic/records';
import { executeWrites, recordFromInput } from '../../helpers/write';
import type { IntacctClient } from '../../transport/client';
import { dropdown, headerFromUi, isoDate, linesField, linesFromUi } from '../../generic/documentFields';
import { legacyWithTax, sendTaxEntriesField } from '../../generic/taxEntries';

/**
 * AR Adjustment > Create: legacy create_aradjustment (reference §4.4). Credit memo = negative line
 * amounts, debit memo = positive. In the UI, "Memo Type" sets the sign so amounts are typed
 * positive. Write shape: { customerid, datecreated, adjustmentno?, action?, invoiceno?, description?,
 * externalid?, currency?, exchratetype? | exchrate?, aradjustmentitems: { lineitem: [{ glaccountno,
 * amount (signed), memo, locationid }] } }.
 */
const show = { resource: ['arAdjustment'], operation: ['create'] };
const text = (displayName: string, name: string, description?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(description ? { description } : {}),
});

export const description: INodeProperties[] = [
	...writeFields('arAdjustment', ['create']),
	{
		displayName: 'Memo Type',
		name: 'memoType',
		type: 'options',
		options: [
			{
				name: 'Credit Memo',
				value: 'credit',
				description: 'Reduces what the customer owes: line amounts are sent negative',
			},
			{
				name: 'Debit Memo',
				value: 'debit',
				description: 'Adds to what the customer owes: line amounts are sent positive',
			},
			{ name: 'As Entered', value: 'asEntered', description: 'Send each line amount with the sign typed' },
		],
		default: 'credit',
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
	},
	{
		...dropdown('Customer', 'customerId', 'getCustomers', '', true),
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
	},
	{
		displayName: 'Adjustment Date',
		name: 'dateCreated',
		type: 'dateTime',
		required: true,
		default: '',
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
	},
	linesField('arAdjustment', ['create']),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
		options: [
			text('Adjustment Number', 'adjustmentno', 'Leave empty to let Sage Intacct number it'),
			text('Base Currency', 'basecurr'),
			text('Currency', 'currency'),
			text('Description', 'description'),
			{
				displayName: 'Exchange Rate',
				name: 'exchrate',
				type: 'number',
				typeOptions: { numberPrecision: 6 },
				default: 0,
				description: 'A fixed rate; leave 0 to use the exchange rate type instead',
			},
			text('Exchange Rate Type', 'exchratetype', 'Blank means Intacct Daily Rate'),
			text('External ID', 'externalid'),
			text('Invoice Number', 'invoiceno', 'The invoice this memo relates to (reference only)'),
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
			text('Tax Solution ID', 'taxsolutionid', 'Only with Send Tax Entries'),
		],
	},
	sendTaxEntriesField('arAdjustment', ['create']),
];

function fromFields(ctx: IExecuteFunctions, i: number): IDataObject {
	const memoType = ctx.getNodeParameter('memoType', i, 'credit') as string;
	const sign = (amount: IDataObject[string]) => {
		const n = Math.abs(Number(amount ?? 0));
		return memoType === 'asEntered' ? amount : memoType === 'credit' ? -n : n;
	};
	return {
		customerid: ctx.getNodeParameter('customerId', i),
		datecreated: isoDate(ctx.getNodeParameter('dateCreated', i), 'Date Created'),
		...headerFromUi(ctx.getNodeParameter('additionalFields', i, {}) as IDataObject),
		aradjustmentitems: { lineitem: linesFromUi(ctx, i).map((l) => compact({ ...l, amount: sign(l.amount) })) },
	};
}

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeWrites(this, client, (i) => {
		const record = recordFromInput(this, i, () => fromFields(this, i));
		return {
			body: legacyWithTax(
				'create_aradjustment',
				record,
				'aradjustmentitems',
				this.getNodeParameter('sendTaxEntries', i, false) as boolean,
			),
			// A replay is confirmed by the adjustment number when one was given.
			lookup: record.adjustmentno
				? async (c, entity) =>
						(await c.readByQuery({
							object: 'ARADJUSTMENT',
							query: buildQuery({
								equals: { RECORDID: String(record.adjustmentno), CUSTOMERID: String(record.customerid) },
							}),
							// Two, so a second record with the same key is reported as ambiguous, never guessed.
							limit: 2,
							entity,
						})) as IDataObject[]
				: undefined,
		};
	});
}
