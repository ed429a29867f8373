import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { writeFields } from '../../descriptions/write';
import { buildQuery } from '../../helpers/query';
import { compact } from '../../generic/records';
import { executeWrites, recordFromInput } from '../../helpers/write';
import { AP_ADJUSTMENT_DEBIT_MEMO_SIGN, AP_ADJUSTMENT_KEY_FIELDS } from '../../transport/assumptions';
import type { IntacctClient } from '../../transport/client';
import { dropdown, headerFromUi, isoDate, linesField, linesFromUi } from '../../generic/documentFields';
import { legacyWithTax, sendTaxEntriesField } from '../../generic/taxEntries';

/**
 * AP Adjustment > Create: legacy create_apadjustment (api.xsd; the reference notes do not describe AP
 * adjustments, see transport/assumptions.ts). A debit memo (a supplier's credit: reduces what you owe
 * the vendor) has negative line amounts, a credit memo (adds to what you owe) positive ones. In the
 * UI, "Memo Type" sets the sign so amounts are typed positive. Write shape: { vendorid, datecreated,
 * dateposted?, adjustmentno?, action?, billno?, description?, externalid?, basecurr?, currency?,
 * exchratetype? | exchrate?, apadjustmentitems: { lineitem: [{ glaccountno, amount (signed), memo,
 * locationid, ... }] } }.
 */
const show = { resource: ['apAdjustment'], operation: ['create'] };
const text = (displayName: string, name: string, description?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(description ? { description } : {}),
});

export const description: INodeProperties[] = [
	...writeFields('apAdjustment', ['create']),
	{
		displayName: 'Memo Type',
		name: 'memoType',
		type: 'options',
		options: [
			{
				name: 'Debit Memo (Vendor Credit)',
				value: 'debit',
				description: 'Reduces what you owe the vendor (a supplier credit note): line amounts are sent negative',
			},
			{
				name: 'Credit Memo',
				value: 'credit',
				description: 'Adds to what you owe the vendor: line amounts are sent positive',
			},
			{ name: 'As Entered', value: 'asEntered', description: 'Send each line amount with the sign typed' },
		],
		default: 'debit',
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
	},
	{
		...dropdown('Vendor', 'vendorId', 'getVendors', '', true),
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
	linesField('apAdjustment', ['create']),
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
			text('Bill Number', 'billno', 'The bill this memo relates to (reference only)'),
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
			text('External ID', 'externalid', 'Your own key of the adjustment; a replay is confirmed by it'),
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
	sendTaxEntriesField('apAdjustment', ['create']),
];

function fromFields(ctx: IExecuteFunctions, i: number): IDataObject {
	const memoType = ctx.getNodeParameter('memoType', i, 'debit') as string;
	const sign = (amount: IDataObject[string]) => {
		const n = Math.abs(Number(amount ?? 0));
		if (memoType === 'asEntered') return amount;
		return memoType === 'debit' ? AP_ADJUSTMENT_DEBIT_MEMO_SIGN * n : -AP_ADJUSTMENT_DEBIT_MEMO_SIGN * n;
	};
	return {
		vendorid: ctx.getNodeParameter('vendorId', i),
		datecreated: isoDate(ctx.getNodeParameter('dateCreated', i), 'Date Created'),
		...headerFromUi(ctx.getNodeParameter('additionalFields', i, {}) as IDataObject),
		// The tax override takes the line's sign too, so a debit memo's tax reduces what is owed.
		apadjustmentitems: {
			lineitem: linesFromUi(ctx, i).map((l) => {
				const entries = ((l.taxentries as IDataObject | undefined)?.taxentry ?? []) as IDataObject[];
				const taxentries = entries.length
					? {
							taxentry: entries.map((e) =>
								compact({ ...e, trx_tax: e.trx_tax === undefined || e.trx_tax === '' ? undefined : sign(e.trx_tax) }),
							),
						}
					: undefined;
				return compact({ ...l, amount: sign(l.amount), taxentries });
			}),
		},
	};
}

/** Where a replay is looked up: the adjustment number when given, else the external ID (both per vendor). */
function replayQuery(record: IDataObject): string | undefined {
	const vendor = String(record.vendorid ?? '');
	if (record.adjustmentno)
		return buildQuery({
			equals: { [AP_ADJUSTMENT_KEY_FIELDS.adjustmentno]: String(record.adjustmentno), VENDORID: vendor },
		});
	if (record.externalid)
		return buildQuery({
			equals: { [AP_ADJUSTMENT_KEY_FIELDS.externalid]: String(record.externalid), VENDORID: vendor },
		});
	return undefined;
}

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeWrites(this, client, (i) => {
		const record = recordFromInput(this, i, () => fromFields(this, i));
		const query = replayQuery(record);
		return {
			body: legacyWithTax(
				'create_apadjustment',
				record,
				'apadjustmentitems',
				this.getNodeParameter('sendTaxEntries', i, false) as boolean,
			),
			lookup: query
				? async (c, entity) =>
						(await c.readByQuery({ object: 'APADJUSTMENT', query, limit: 2, entity })) as IDataObject[]
				: undefined,
		};
	});
}
