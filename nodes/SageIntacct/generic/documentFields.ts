import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { compact } from './records';
import { currencyCode, toIsoDate } from '../../shared/validate';

/**
 * UI fields shared by AR Invoice > Create / Update / Upsert and AR Adjustment > Create / Update,
 * and the conversion of those fields into the legacy write shape (lowercase elements; reference
 * §4.3, §4.4). Dates are ISO in the UI; legacy.ts turns them into year/month/day.
 */

const text = (displayName: string, name: string, description?: string, placeholder?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(description ? { description } : {}),
	...(placeholder ? { placeholder } : {}),
});

/** A dropdown loaded live from Intacct that also takes an ID from an expression. */
export function dropdown(
	label: string,
	name: string,
	loadOptionsMethod: string,
	description = '',
	required = false,
): INodeProperties {
	return {
		displayName: `${label} Name or ID`,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod },
		default: '',
		...(required ? { required: true } : {}),
		description: `${description ? `${description}. ` : ''}Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>`,
	};
}

/** Dimension and account values of one legacy `lineitem` (reference §4 "Standard line dimensions"). */
export const lineValues: INodeProperties[] = [
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		description: 'Line amount in the transaction currency (rounded to 2 decimals)',
	},
	dropdown('Class', 'classid', 'getClasses'),
	text('Customer ID (Dimension)', 'customerid'),
	dropdown('Department', 'departmentid', 'getDepartments'),
	dropdown('GL Account', 'glaccountno', 'getGlAccounts', 'Revenue account of the line'),
	text('Item ID', 'itemid'),
	dropdown('Location', 'locationid', 'getLocations', 'Required when the company is multi-entity'),
	text('Memo', 'memo'),
	text('Offset GL Account Number', 'offsetglaccountno', 'AR account to use instead of the default'),
	text('Project ID', 'projectid'),
	text('Tax Amount', 'taxAmount', 'Optional override of the calculated tax (only with Send Tax Entries)'),
	dropdown('Tax Detail', 'taxDetailId', 'getTaxDetails', "The line's tax (only with Send Tax Entries)"),
];

/** Turns UI line values into a legacy `lineitem`, with tax entries when a detail ID is set. */
export function lineFromUi(values: IDataObject): IDataObject {
	const { taxDetailId, taxAmount, ...rest } = values;
	const line = compact(rest);
	if (taxDetailId) line.taxentries = { taxentry: [compact({ detailid: taxDetailId, trx_tax: taxAmount })] };
	return line;
}

export function linesFromUi(ctx: IExecuteFunctions, i: number, name = 'lines'): IDataObject[] {
	return (((ctx.getNodeParameter(name, i, {}) as IDataObject).line ?? []) as IDataObject[]).map(lineFromUi);
}

export function linesField(
	resource: string,
	operations: string[],
	extraShow: IDataObject = { recordSource: ['fields'] },
): INodeProperties {
	return {
		displayName: 'Lines',
		name: 'lines',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line',
		default: {},
		displayOptions: { show: { resource: [resource], operation: operations, ...extraShow } },
		options: [{ displayName: 'Line', name: 'line', values: lineValues }],
	};
}

/** Header fields of create_invoice beyond customer, date and lines (reference §4.3). */
export const invoiceHeaderOptions: INodeProperties[] = [
	text('Attachments ID', 'supdocid'),
	text('Base Currency', 'basecurr', 'Only for multi-currency companies', 'USD'),
	text('Bill To Contact Name', 'billtoContact'),
	text('Currency', 'currency', 'Transaction currency code; required with an exchange rate type', 'GBP'),
	text('Description', 'description'),
	{
		displayName: 'Due Date',
		name: 'datedue',
		type: 'dateTime',
		default: '',
		description: 'Required unless a term is given',
	},
	{
		displayName: 'Exchange Rate',
		name: 'exchrate',
		type: 'number',
		typeOptions: { numberPrecision: 6 },
		default: 0,
		description: 'A fixed rate; leave 0 to use the exchange rate type instead (never both)',
	},
	{ displayName: 'Exchange Rate Date', name: 'exchratedate', type: 'dateTime', default: '' },
	text('Exchange Rate Type', 'exchratetype', 'Blank means Intacct Daily Rate'),
	text('External ID', 'externalid', 'Your own key of the invoice, used by Upsert'),
	text('Invoice Number', 'invoiceno', 'Leave empty to let Sage Intacct number the invoice (document sequence)'),
	{
		displayName: 'No GL Posting',
		name: 'nogl',
		type: 'boolean',
		default: false,
		description: 'Whether to skip posting to the General Ledger',
	},
	{
		displayName: 'Posting Date',
		name: 'dateposted',
		type: 'dateTime',
		default: '',
		description: 'GL posting date; defaults to the invoice date',
	},
	text('Reference (PO Number)', 'ponumber'),
	text('Ship To Contact Name', 'shiptoContact'),
	{
		displayName: 'State',
		name: 'action',
		type: 'options',
		options: [
			{ name: 'Draft', value: 'Draft' },
			{ name: 'Submit', value: 'Submit' },
		],
		default: 'Submit',
		description: 'Draft keeps the invoice unposted; Submit posts it (the default)',
	},
	text('Summary (Batch) Key', 'batchkey', 'RECORDNO of an AR summary to post into'),
	text(
		'Tax Solution ID',
		'taxsolutionid',
		'E.g. "United Kingdom - VAT" (only with Send Tax Entries; multi-jurisdiction companies at top level)',
	),
	dropdown('Term', 'termname', 'getTerms', 'Payment term; required unless a due date is given'),
];

export function customFieldsField(resource: string, operations: string[]): INodeProperties {
	return {
		displayName: 'Custom Fields',
		name: 'customFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Custom Field',
		default: {},
		displayOptions: { show: { resource: [resource], operation: operations, recordSource: ['fields'] } },
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					text('Field ID', 'customfieldname'),
					text('Value', 'customfieldvalue', 'Multi-pick values are joined with #~#'),
				],
			},
		],
	};
}

/** Strict (luxon): 2025-02-30 is an error naming the field, never cut to a string Intacct would refuse or move. */
const isoDate = (v: unknown, field = 'Date') => (v ? toIsoDate(v, field) : undefined);
const currency = (v: unknown, field: string) =>
	v === undefined || v === null || v === '' ? undefined : currencyCode(v, field);

/** Header options (UI) → legacy header elements. Rate and rate type are never both sent. */
export function headerFromUi(extra: IDataObject): IDataObject {
	const { exchrate, exchratetype, billtoContact, shiptoContact, datedue, dateposted, exchratedate, nogl, ...rest } =
		extra;
	return compact({
		...rest,
		...(rest.currency !== undefined ? { currency: currency(rest.currency, 'Currency') } : {}),
		...(rest.basecurr !== undefined ? { basecurr: currency(rest.basecurr, 'Base Currency') } : {}),
		datedue: isoDate(datedue, 'Due Date'),
		dateposted: isoDate(dateposted, 'GL Posting Date'),
		exchratedate: isoDate(exchratedate, 'Exchange Rate Date'),
		...(exchrate ? { exchrate } : exchratetype ? { exchratetype } : {}),
		billto: billtoContact ? { contactname: billtoContact } : undefined,
		shipto: shiptoContact ? { contactname: shiptoContact } : undefined,
		nogl: nogl ? 'true' : undefined,
	});
}

export function customFieldsFromUi(ctx: IExecuteFunctions, i: number): IDataObject | undefined {
	const list = ((ctx.getNodeParameter('customFields', i, {}) as IDataObject).field ?? []) as IDataObject[];
	return list.length ? { customfield: list } : undefined;
}

export { isoDate };
