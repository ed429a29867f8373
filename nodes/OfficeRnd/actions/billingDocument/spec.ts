import { toIsoDateTime } from '../../../shared/validate';
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { compact, dateFilters, type FilterDef, type ResourceSpec, type WriteFields } from '../../generic/operations';
import { enumOptions, referenceOption } from '../../descriptions/common';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES, PATHS } from '../../transport/contract';

/**
 * Billing documents: OfficeRnD's `/payments` collection holds invoices, credit notes and
 * overpayments, told apart by `documentType` (reference §2.1).
 */
export const billingDocument: ResourceSpec = {
	resource: 'billingDocument',
	label: 'Billing Document',
	listPath: PATHS.payments,
	itemPath: PATHS.payment,
	scope: 'flex.billing.payments',
	idName: 'documentId',
	lookup: 'billingDocument',
};

const TYPE_LABELS = {
	invoice: 'Invoice',
	creditNote: 'Credit Note',
	overpayment: 'Overpayment',
	paymentCharge: 'Payment Charge',
};

export const billingDocumentFilters: FilterDef[] = [
	{
		field: 'documentType',
		op: '$in',
		property: {
			displayName: 'Document Type',
			name: 'documentType',
			type: 'multiOptions',
			options: enumOptions(DOCUMENT_TYPES, TYPE_LABELS),
			default: [],
		},
	},
	{
		field: 'status',
		op: '$in',
		property: {
			displayName: 'Status',
			name: 'status',
			type: 'multiOptions',
			options: enumOptions(DOCUMENT_STATUSES),
			default: [],
		},
	},
	{ field: 'company', op: '$eq', property: { ...referenceOption('company', 'Company', 'company') } },
	{ field: 'member', op: '$eq', property: { ...referenceOption('member', 'Member', 'member') } },
	{ field: 'location', op: '$eq', property: { ...referenceOption('location', 'Location', 'location') } },
	{
		field: 'number',
		op: '$eq',
		property: { displayName: 'Number', name: 'number', type: 'string', default: '', placeholder: 'INV-0001' },
	},
	...dateFilters('date', 'Date'),
	...dateFilters('dueDate', 'Due Date'),
	...dateFilters('modifiedAt', 'Modified'),
	...dateFilters('createdAt', 'Created'),
];

const lines: INodeProperties = {
	displayName: 'Lines',
	name: 'lines',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Line',
	default: {},
	options: [
		{
			displayName: 'Line',
			name: 'line',
			values: [
				{ displayName: 'Description', name: 'description', type: 'string', default: '' },
				{ displayName: 'Quantity', name: 'quantity', type: 'number', default: 1 },
				{
					displayName: 'Unit Price',
					name: 'unitPrice',
					type: 'number',
					typeOptions: { numberPrecision: 2 },
					default: 0,
				},
				{ ...referenceOption('taxRate', 'Tax Rate', 'taxRate') },
				{ ...referenceOption('account', 'Revenue Account', 'revenueAccount') },
				{ ...referenceOption('plan', 'Plan', 'plan') },
			],
		},
	],
};

const dateFields = ['date', 'dueDate'];

export const billingDocumentFields: WriteFields = {
	required: [
		{
			displayName: 'Document Type',
			name: 'documentType',
			type: 'options',
			options: enumOptions(['invoice', 'creditNote', 'overpayment'], TYPE_LABELS),
			default: 'invoice',
		},
		{ ...referenceOption('location', 'Location', 'location') },
		{ displayName: 'Currency', name: 'currency', type: 'string', default: '', placeholder: 'GBP' },
		lines,
	],
	optional: [
		{ ...referenceOption('company', 'Company', 'company') },
		{ ...referenceOption('member', 'Member', 'member') },
		{
			displayName: 'Number',
			name: 'number',
			type: 'string',
			default: '',
			description: 'Leave empty to let OfficeRnD number it',
		},
		{ displayName: 'Date', name: 'date', type: 'dateTime', default: '' },
		{ displayName: 'Due Date', name: 'dueDate', type: 'dateTime', default: '' },
		{ displayName: 'Reference', name: 'reference', type: 'string', default: '' },
		{
			displayName: 'Tax Type',
			name: 'taxType',
			type: 'options',
			options: enumOptions(['excluded', 'included', 'noTax'], { noTax: 'No Tax' }),
			default: 'excluded',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: enumOptions(['draft', 'pending', 'awaiting_payment']),
			default: 'draft',
		},
	],
	toBody: (f: IDataObject) => {
		const body = compact(f);
		for (const key of dateFields)
			if (body[key]) body[key] = toIsoDateTime(body[key], key === 'date' ? 'Date' : 'Due Date');
		if (body.lines !== undefined) {
			const list = ((body.lines as IDataObject).line ?? []) as IDataObject[];
			body.lines = list.map((l) => compact(l));
		}
		return body;
	},
};

/** Update: everything optional, the document type cannot change. */
export const billingDocumentUpdateFields: WriteFields = {
	required: [],
	optional: [
		...billingDocumentFields.required.filter((p) => p.name !== 'documentType'),
		...billingDocumentFields.optional,
	],
	toBody: billingDocumentFields.toBody,
};
