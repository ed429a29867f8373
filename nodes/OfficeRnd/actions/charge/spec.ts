import type { IDataObject } from 'n8n-workflow';
import { toIsoDateTime } from '../../../shared/validate';
import { compact, dateFilters, type FilterDef, type ResourceSpec, type WriteFields } from '../../generic/operations';
import { enumOptions } from '../../descriptions/common';
import { CHARGE_STATUSES, PATHS } from '../../transport/contract';

/** Charges: money received or refunded against an invoice (reference §2.2). */
export const charge: ResourceSpec = {
	resource: 'charge',
	label: 'Charge',
	listPath: PATHS.charges,
	itemPath: PATHS.charge,
	scope: 'flex.billing.charges',
	idName: 'chargeId',
};

export const chargeFilters: FilterDef[] = [
	{
		field: 'payment',
		op: '$eq',
		property: {
			displayName: 'Billing Document ID',
			name: 'payment',
			type: 'string',
			default: '',
			description: 'Charges against this invoice (its _id)',
		},
	},
	{
		field: 'status',
		op: '$in',
		property: {
			displayName: 'Status',
			name: 'status',
			type: 'multiOptions',
			options: enumOptions(CHARGE_STATUSES),
			default: [],
		},
	},
	{
		field: 'source',
		op: '$eq',
		property: {
			displayName: 'Source',
			name: 'source',
			type: 'string',
			default: '',
			description: 'E.g. API, or the accounting integration the charge came from.',
		},
	},
	...dateFilters('date', 'Date'),
	...dateFilters('modifiedAt', 'Modified'),
	...dateFilters('createdAt', 'Created'),
];

export const chargeFields: WriteFields = {
	required: [
		{
			displayName: 'Billing Document ID',
			name: 'payment',
			type: 'string',
			default: '',
			description: 'The _id of the invoice the money is for',
		},
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'number',
			typeOptions: { numberPrecision: 2 },
			default: 0,
			description: 'In the document currency; a refund is status Refund',
		},
	],
	optional: [
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			default: '',
			placeholder: 'GBP',
			description: "ISO code; defaults to the document's currency",
		},
		{
			displayName: 'Payment Account',
			name: 'account',
			type: 'string',
			default: '',
			placeholder: 'Bank Transfer',
			description: 'The payment method/account name, e.g. Cash or Credit Card',
		},
		{ displayName: 'Reference', name: 'reference', type: 'string', default: '' },
		{ displayName: 'Date', name: 'date', type: 'dateTime', default: '' },
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: enumOptions(CHARGE_STATUSES),
			default: 'success',
		},
		{
			displayName: 'Provider Charge Reference',
			name: 'providerChargeReference',
			type: 'string',
			default: '',
			description: 'Gateway or accounting-system reference of the payment',
		},
	],
	toBody: (f: IDataObject) => {
		const body = compact(f);
		if (body.date) body.date = toIsoDateTime(body.date, 'Date');
		if (body.payment) body.payment = String(body.payment).trim();
		return body;
	},
};
