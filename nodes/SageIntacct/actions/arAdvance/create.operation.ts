import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { writeFields } from '../../descriptions/write';
import { buildQuery } from '../../helpers/query';
import { compact, money, usDate } from '../../generic/records';
import { executeWrites, recordFromInput } from '../../helpers/write';
import type { IntacctClient } from '../../transport/client';
import { dropdown } from '../../generic/documentFields';
import type { XmlNode } from '../../transport/xml';

/**
 * AR Advance > Create: generic create of ARADVANCE (reference §4.6): money received before it is
 * invoiced, later applied to an invoice by an AR payment detail with ADVANCEKEY. Write shape:
 * { CUSTOMERID, PAYMENTMETHOD, PAYMENTDATE, RECEIPTDATE, FINANCIALENTITY | UNDEPOSITEDACCOUNTNO,
 *   ARADVANCEITEMS: { ARADVANCEITEM: [{ ACCOUNTNO, TRX_AMOUNT, LOCATIONID }] } }.
 */
const show = { resource: ['arAdvance'], operation: ['create'] };
const fieldsShow = { show: { ...show, recordSource: ['fields'] } };
const text = (displayName: string, name: string, description?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(description ? { description } : {}),
});
export const ADVANCE_METHODS = ['Printed Check', 'Cash', 'EFT', 'Credit Card'];

export const description: INodeProperties[] = [
	...writeFields('arAdvance', ['create']),
	{ ...dropdown('Customer', 'customerId', 'getCustomers', '', true), displayOptions: fieldsShow },
	{
		displayName: 'Payment Method',
		name: 'paymentMethod',
		type: 'options',
		options: ADVANCE_METHODS.map((m) => ({ name: m, value: m })),
		default: 'EFT',
		displayOptions: fieldsShow,
	},
	{
		displayName: 'Payment Date',
		name: 'paymentDate',
		type: 'dateTime',
		required: true,
		default: '',
		displayOptions: fieldsShow,
	},
	{
		displayName: 'Receipt Date',
		name: 'receiptDate',
		type: 'dateTime',
		required: true,
		default: '',
		displayOptions: fieldsShow,
	},
	{
		displayName: 'Deposit To',
		name: 'depositTo',
		type: 'options',
		options: [
			{ name: 'Bank Account', value: 'FINANCIALENTITY' },
			{ name: 'Undeposited Funds Account', value: 'UNDEPOSITEDACCOUNTNO' },
		],
		default: 'FINANCIALENTITY',
		displayOptions: fieldsShow,
	},
	{
		displayName: 'Account ID',
		name: 'depositAccount',
		type: 'string',
		required: true,
		default: '',
		displayOptions: fieldsShow,
	},
	{
		displayName: 'Lines',
		name: 'lines',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line',
		default: {},
		displayOptions: fieldsShow,
		options: [
			{
				displayName: 'Line',
				name: 'line',
				values: [
					text('GL Account Number', 'ACCOUNTNO', 'The advances (liability) account'),
					{
						displayName: 'Amount',
						name: 'TRX_AMOUNT',
						type: 'number',
						typeOptions: { numberPrecision: 2 },
						default: 0,
					},
					text('Department ID', 'DEPARTMENTID'),
					text('Location ID', 'LOCATIONID', 'Required when the company is multi-entity'),
					text('Memo', 'ENTRYDESCRIPTION'),
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
			text('Currency', 'CURRENCY'),
			text('Description', 'DESCRIPTION'),
			text('Document Number', 'DOCNUMBER'),
			text('Exchange Rate Type', 'EXCH_RATE_TYPE_ID'),
			{
				displayName: 'State',
				name: 'ACTION',
				type: 'options',
				options: [
					{ name: 'Draft', value: 'Draft' },
					{ name: 'Submit', value: 'Submit' },
				],
				default: 'Submit',
			},
		],
	},
];

function fromFields(ctx: IExecuteFunctions, i: number): IDataObject {
	const lines = (((ctx.getNodeParameter('lines', i, {}) as IDataObject).line ?? []) as IDataObject[]).map(compact);
	return compact({
		CUSTOMERID: ctx.getNodeParameter('customerId', i),
		PAYMENTMETHOD: ctx.getNodeParameter('paymentMethod', i),
		PAYMENTDATE: ctx.getNodeParameter('paymentDate', i),
		RECEIPTDATE: ctx.getNodeParameter('receiptDate', i),
		[ctx.getNodeParameter('depositTo', i, 'FINANCIALENTITY') as string]: ctx.getNodeParameter('depositAccount', i),
		...(ctx.getNodeParameter('additionalFields', i, {}) as IDataObject),
		ARADVANCEITEMS: lines.length ? { ARADVANCEITEM: lines } : undefined,
	});
}

export function normalizeAdvance(record: IDataObject): IDataObject {
	const out: IDataObject = { ...record };
	for (const d of ['RECEIPTDATE', 'PAYMENTDATE', 'EXCH_RATE_DATE'])
		if (out[d] !== undefined) out[d] = usDate(out[d], `ARADVANCE.${d}`);
	const items = (out.ARADVANCEITEMS as IDataObject | undefined)?.ARADVANCEITEM;
	if (items !== undefined) {
		const list = (Array.isArray(items) ? items : [items]) as IDataObject[];
		out.ARADVANCEITEMS = {
			ARADVANCEITEM: list.map((l, n) => ({
				...l,
				TRX_AMOUNT: money(l.TRX_AMOUNT, `ARADVANCEITEMS.ARADVANCEITEM[${n}].TRX_AMOUNT`),
			})),
		};
	}
	return compact(out);
}

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeWrites(this, client, (i) => {
		const record = normalizeAdvance(recordFromInput(this, i, () => fromFields(this, i)));
		return {
			body: { create: { ARADVANCE: record as XmlNode } },
			lookup: record.DOCNUMBER
				? async (c, entity) =>
						(await c.readByQuery({
							object: 'ARADVANCE',
							query: buildQuery({
								equals: { DOCNUMBER: String(record.DOCNUMBER), CUSTOMERID: String(record.CUSTOMERID ?? '') },
							}),
							// Two, so a second record with the same key is reported as ambiguous, never guessed.
							limit: 2,
							entity,
						})) as IDataObject[]
				: undefined,
		};
	});
}
