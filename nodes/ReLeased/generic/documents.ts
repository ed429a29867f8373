import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { INVOICE_TYPE, SAVE_STATUSES } from '../transport/contract';
import { allStatusOptions, invoiceTypeOptions, pick, saveStatusOptions } from '../descriptions/common';
import { RecordInputError } from '../helpers/record';

export const typeField: INodeProperties = {
	displayName: 'Type',
	name: 'type',
	type: 'options',
	options: invoiceTypeOptions,
	default: 'Income',
	description: 'Income invoice (Intacct AR) or expense invoice, i.e. a bill (Intacct AP).',
};

export const saveStatusField: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: saveStatusOptions,
	default: 'Draft',
	description:
		'Save as Draft, Save & Submit for Approval (Awaiting Approval syncs to Intacct as a Draft invoice) or Save & Approve (Posted in Intacct)',
};

export const dateField = (displayName: string, name: string): INodeProperties => ({
	displayName,
	name,
	type: 'dateTime',
	default: '',
	required: true,
});

/** Checks shared by invoices, credit notes and adjustments: known type and status, a contact, lines, no negative total. */
export function validateDocument(
	what: string,
	record: IDataObject,
	operation: 'create' | 'update',
	needsStatus: boolean,
): void {
	const types = Object.values(INVOICE_TYPE) as string[];
	if ((operation === 'create' || record.type !== undefined) && !types.includes(String(record.type))) {
		throw new RecordInputError(
			`Field "type" of the ${what} must be one of ${types.join(', ')}, got "${String(record.type ?? '')}"`,
		);
	}
	if (
		needsStatus &&
		(operation === 'create' || record.status !== undefined) &&
		!SAVE_STATUSES.includes(record.status as never)
	) {
		throw new RecordInputError(
			`Field "status" of the ${what} must be one of ${SAVE_STATUSES.join(', ')} when saving, got "${String(record.status ?? '')}". To void it, use the Void operation.`,
		);
	}
	if (operation === 'create' && !String(record.contactId ?? '').trim()) {
		throw new RecordInputError(`Field "contactId" is required for a new ${what}: choose the contact it is to`);
	}
	if (operation === 'create' || record.lines !== undefined) {
		const lines = record.lines;
		if (!Array.isArray(lines) || lines.length === 0)
			throw new RecordInputError(`The ${what} has no lines: add at least one line`);
		const total = (lines as IDataObject[]).reduce((sum, l) => sum + Number(l.amountExclTax ?? 0), 0);
		if (total < 0) {
			throw new RecordInputError(
				`The ${what} totals ${total} before tax: negative documents are not allowed, record a credit note or adjustment instead`,
			);
		}
	}
}

export const documentFilters: INodeProperties[] = [
	pick('Contact Name or ID', 'contact', 'getContacts'),
	{
		displayName: 'Number',
		name: 'number',
		type: 'string',
		default: '',
		description: 'Exact document number, e.g. the Intacct invoice number',
	},
	pick('Property Name or ID', 'property', 'getProperties'),
	{ displayName: 'Status', name: 'status', type: 'options', options: allStatusOptions, default: 'Approved' },
	{ ...typeField, description: 'Income or expense' },
];
