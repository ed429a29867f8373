import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { writeFields } from '../../descriptions/write';
import { buildQuery } from '../../helpers/query';
import { compact, money, usDate } from '../../generic/records';
import { executeWrites, recordFromInput } from '../../helpers/write';
import type { IntacctClient } from '../../transport/client';
import { dropdown } from '../../generic/documentFields';
import type { XmlNode } from '../../transport/xml';
import { LegacyShapeError } from '../../transport/legacy';

/**
 * AR Payment > Create: generic create of ARPYMT (reference §4.5). Each ARPYMTDETAIL pays one
 * invoice (RECORDKEY) or debit memo (POSADJKEY) with cash (TRX_PAYMENTAMOUNT) and/or applies one
 * credit to it: a credit memo (ADJUSTMENTKEY), an advance (ADVANCEKEY) or an earlier overpayment
 * (OVERPAYMENTKEY). Cash beyond what is applied is OVERPAYMENTAMOUNT (with its location).
 * Write shape: the ARPYMT fields, e.g. { CUSTOMERID, PAYMENTMETHOD, RECEIPTDATE: '2026-11-20',
 * CURRENCY, FINANCIALENTITY, ARPYMTDETAILS: { ARPYMTDETAIL: [{ RECORDKEY, TRX_PAYMENTAMOUNT }] } }.
 */
const show = { resource: ['arPayment'], operation: ['create'] };
const fieldsShow = { show: { ...show, recordSource: ['fields'] } };
const text = (displayName: string, name: string, description?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(description ? { description } : {}),
});

export const PAYMENT_METHODS = [
	'Printed Check',
	'Cash',
	'EFT',
	'Credit Card',
	'Online Charge Card',
	'Online ACH Debit',
];

export const description: INodeProperties[] = [
	...writeFields('arPayment', ['create']),
	{ ...dropdown('Customer', 'customerId', 'getCustomers', '', true), displayOptions: fieldsShow },
	{
		displayName: 'Payment Method',
		name: 'paymentMethod',
		type: 'options',
		options: PAYMENT_METHODS.map((m) => ({ name: m, value: m })),
		default: 'EFT',
		displayOptions: fieldsShow,
	},
	{
		displayName: 'Receipt Date',
		name: 'receiptDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The GL posting date of the payment',
		displayOptions: fieldsShow,
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		required: true,
		default: 'USD',
		displayOptions: fieldsShow,
	},
	{
		displayName: 'Deposit To',
		name: 'depositTo',
		type: 'options',
		options: [
			{ name: 'Bank Account', value: 'FINANCIALENTITY', description: 'A checking or savings account ID' },
			{ name: 'Undeposited Funds Account', value: 'UNDEPOSITEDACCOUNTNO', description: 'A GL account number' },
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
		description: 'Bank account ID or undeposited funds GL account number',
		displayOptions: fieldsShow,
	},
	{
		displayName: 'Applications',
		name: 'applications',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Application',
		default: {},
		description: 'What the payment pays, and credits applied on the way',
		displayOptions: fieldsShow,
		options: [
			{
				displayName: 'Application',
				name: 'detail',
				values: [
					{
						displayName: 'Pays',
						name: 'targetType',
						type: 'options',
						options: [
							{ name: 'Invoice', value: 'RECORDKEY' },
							{ name: 'Debit Memo', value: 'POSADJKEY' },
						],
						default: 'RECORDKEY',
					},
					text('Document Record Number', 'targetKey', 'RECORDNO of the invoice or debit memo'),
					{
						displayName: 'Cash Amount',
						name: 'amount',
						type: 'number',
						typeOptions: { numberPrecision: 2 },
						default: 0,
						description: 'Cash paid to the document (TRX_PAYMENTAMOUNT); 0 for a credit-only application',
					},
					{
						displayName: 'Apply Credit',
						name: 'creditType',
						type: 'options',
						options: [
							{ name: 'None', value: '' },
							{ name: 'Credit Memo', value: 'ADJUSTMENTKEY' },
							{ name: 'Advance', value: 'ADVANCEKEY' },
							{ name: 'Overpayment', value: 'OVERPAYMENTKEY' },
						],
						default: '',
					},
					text(
						'Credit Record Number',
						'creditKey',
						'RECORDNO of the credit memo, advance or earlier payment with the overpayment',
					),
					{
						displayName: 'Credit Amount',
						name: 'creditAmount',
						type: 'number',
						typeOptions: { numberPrecision: 2 },
						default: 0,
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
		displayOptions: fieldsShow,
		options: [
			text('Base Currency', 'BASECURR'),
			text('Description', 'DESCRIPTION'),
			text('Document Number', 'DOCNUMBER', 'Check or reference number'),
			{
				displayName: 'Exchange Rate',
				name: 'EXCHANGE_RATE',
				type: 'number',
				typeOptions: { numberPrecision: 6 },
				default: 0,
				description: 'A fixed rate; leave 0 to use the exchange rate type',
			},
			text('Exchange Rate Type', 'EXCH_RATE_TYPE_ID'),
			{
				displayName: 'Overpayment Amount',
				name: 'OVERPAYMENTAMOUNT',
				type: 'number',
				typeOptions: { numberPrecision: 2 },
				default: 0,
				description: 'Cash received beyond what is applied; it stays available as an overpayment',
			},
			text('Overpayment Department ID', 'OVERPAYMENTDEPARTMENTID'),
			text(
				'Overpayment Location ID',
				'OVERPAYMENTLOCATIONID',
				'Required with an overpayment in a multi-entity company',
			),
			{ displayName: 'Payment Date', name: 'PAYMENTDATE', type: 'dateTime', default: '' },
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

const CREDIT_AMOUNT: Record<string, string> = {
	ADJUSTMENTKEY: 'TRX_ADJUSTMENTAMOUNT',
	ADVANCEKEY: 'TRX_POSTEDADVANCEAMOUNT',
	OVERPAYMENTKEY: 'TRX_POSTEDOVERPAYMENTAMOUNT',
};

function fromFields(ctx: IExecuteFunctions, i: number): IDataObject {
	const extra = ctx.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const details = (((ctx.getNodeParameter('applications', i, {}) as IDataObject).detail ?? []) as IDataObject[]).map(
		(d, n) => {
			if (!d.targetKey)
				throw new LegacyShapeError(
					`Applications[${n}]: Document Record Number is required (the RECORDNO of the invoice or debit memo).`,
					`applications[${n}].targetKey`,
				);
			const detail: IDataObject = { [String(d.targetType || 'RECORDKEY')]: d.targetKey };
			if (Number(d.amount)) detail.TRX_PAYMENTAMOUNT = d.amount;
			if (d.creditType) {
				if (!d.creditKey || !Number(d.creditAmount)) {
					throw new LegacyShapeError(
						`Applications[${n}]: a credit needs its Credit Record Number and a Credit Amount.`,
						`applications[${n}].creditKey`,
					);
				}
				detail[String(d.creditType)] = d.creditKey;
				detail[CREDIT_AMOUNT[String(d.creditType)]] = d.creditAmount;
			}
			return detail;
		},
	);
	const { EXCHANGE_RATE, EXCH_RATE_TYPE_ID, OVERPAYMENTAMOUNT, ...rest } = extra;
	return compact({
		CUSTOMERID: ctx.getNodeParameter('customerId', i),
		PAYMENTMETHOD: ctx.getNodeParameter('paymentMethod', i),
		RECEIPTDATE: ctx.getNodeParameter('receiptDate', i),
		CURRENCY: ctx.getNodeParameter('currency', i),
		[ctx.getNodeParameter('depositTo', i, 'FINANCIALENTITY') as string]: ctx.getNodeParameter('depositAccount', i),
		...rest,
		...(EXCHANGE_RATE ? { EXCHANGE_RATE } : EXCH_RATE_TYPE_ID ? { EXCH_RATE_TYPE_ID } : {}),
		OVERPAYMENTAMOUNT: OVERPAYMENTAMOUNT ? OVERPAYMENTAMOUNT : undefined,
		ARPYMTDETAILS: details.length ? { ARPYMTDETAIL: details } : undefined,
	});
}

const AMOUNTS = ['TRX_PAYMENTAMOUNT', 'TRX_ADJUSTMENTAMOUNT', 'TRX_POSTEDADVANCEAMOUNT', 'TRX_POSTEDOVERPAYMENTAMOUNT'];

/** Generic-function shape: dates mm/dd/yyyy, money rounded to 2 decimals (reference §3.6). */
export function normalizePayment(record: IDataObject): IDataObject {
	const out: IDataObject = { ...record };
	for (const d of ['RECEIPTDATE', 'PAYMENTDATE', 'EXCH_RATE_DATE'])
		if (out[d] !== undefined) out[d] = usDate(out[d], `ARPYMT.${d}`);
	for (const m of ['OVERPAYMENTAMOUNT', 'AMOUNTOPAY', 'TRX_AMOUNTTOPAY'])
		if (out[m] !== undefined) out[m] = money(out[m], `ARPYMT.${m}`);
	const details = (out.ARPYMTDETAILS as IDataObject | undefined)?.ARPYMTDETAIL;
	if (details !== undefined) {
		const list = (Array.isArray(details) ? details : [details]) as IDataObject[];
		out.ARPYMTDETAILS = {
			ARPYMTDETAIL: list.map((d, n) => {
				const x: IDataObject = { ...d };
				for (const a of AMOUNTS) if (x[a] !== undefined) x[a] = money(x[a], `ARPYMTDETAILS.ARPYMTDETAIL[${n}].${a}`);
				return x;
			}),
		};
	}
	return compact(out);
}

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeWrites(this, client, (i) => {
		const record = normalizePayment(recordFromInput(this, i, () => fromFields(this, i)));
		return {
			body: { create: { ARPYMT: record as XmlNode } },
			// A replay is confirmed by customer + document number when one was given.
			lookup: record.DOCNUMBER
				? async (c, entity) =>
						(await c.readByQuery({
							object: 'ARPYMT',
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
