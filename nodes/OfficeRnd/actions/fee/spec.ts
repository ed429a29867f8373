import type { IDataObject } from 'n8n-workflow';
import { toIsoDateTime } from '../../../shared/validate';
import { compact, dateFilters, type FilterDef, type ResourceSpec, type WriteFields } from '../../generic/operations';
import { referenceOption } from '../../descriptions/common';
import { PATHS } from '../../transport/contract';

/** Fees: one-off charges, including late and processing fees (reference §2.4). */
export const fee: ResourceSpec = {
	resource: 'fee',
	label: 'Fee',
	listPath: PATHS.fees,
	itemPath: PATHS.fee,
	scope: 'flex.community.fees',
	idName: 'feeId',
};

export const feeFilters: FilterDef[] = [
	{ field: 'company', op: '$eq', property: { ...referenceOption('company', 'Company', 'company') } },
	{ field: 'member', op: '$eq', property: { ...referenceOption('member', 'Member', 'member') } },
	{ field: 'location', op: '$eq', property: { ...referenceOption('location', 'Location', 'location') } },
	{ field: 'plan', op: '$eq', property: { ...referenceOption('plan', 'Plan', 'plan') } },
	...dateFilters('issueDate', 'Issue Date'),
	...dateFilters('modifiedAt', 'Modified'),
];

export const feeFields: WriteFields = {
	required: [
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		{ displayName: 'Issue Date', name: 'issueDate', type: 'dateTime', default: '' },
		{ ...referenceOption('location', 'Location', 'location') },
		{
			...referenceOption(
				'plan',
				'Plan',
				'plan',
				'The plan decides the revenue account on invoicing. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			),
		},
		{
			displayName: 'Price',
			name: 'price',
			type: 'number',
			typeOptions: { numberPrecision: 2 },
			default: 0,
			description: 'Unit price',
		},
	],
	optional: [
		{ ...referenceOption('company', 'Company', 'company') },
		{ ...referenceOption('member', 'Member', 'member') },
		{ displayName: 'Quantity', name: 'quantity', type: 'number', default: 1 },
		{
			displayName: 'Bill in Advance',
			name: 'shouldBillInAdvance',
			type: 'boolean',
			default: false,
			description: 'Whether to bill the fee on the next invoice in advance',
		},
		{
			displayName: 'Is Personal',
			name: 'isPersonal',
			type: 'boolean',
			default: false,
			description: 'Whether to bill the member instead of the company',
		},
		{
			displayName: 'Use Coins',
			name: 'shouldUseCoins',
			type: 'boolean',
			default: false,
			description: 'Whether to pay with coins (needs a plan)',
		},
	],
	toBody: (f: IDataObject) => {
		const body = compact(f);
		if (body.issueDate) body.issueDate = toIsoDateTime(body.issueDate, 'Issue Date');
		return body;
	},
};
