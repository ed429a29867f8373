import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { amount, atItem } from '../../../shared/validate';
import { recordLocator, type Show } from '../../descriptions/common';
import { OBJECT_ID } from '../../transport/contract';

/**
 * Allocations link a credit note or overpayment to an invoice; they live inside both documents'
 * `allocations[]` (reference §2.3). ASSUMED paths: /payments/{id}/allocations[/{allocationId}].
 */
export const documentLocator = (show: Show): INodeProperties =>
	recordLocator('documentId', 'Billing Document ID', show, 'billingDocument', {
		description: 'The credit note or overpayment that supplies the credit (or the invoice it is allocated to)',
	});

export const allocationIdField = (show: Show): INodeProperties => ({
	displayName: 'Allocation ID',
	name: 'allocationId',
	type: 'string',
	default: '',
	required: true,
	description: "The _id of the entry in the document's allocations",
	displayOptions: { show },
});

export const amountField = (show: Show): INodeProperties => ({
	displayName: 'Amount',
	name: 'amount',
	type: 'number',
	typeOptions: { numberPrecision: 2, minValue: 0 },
	default: 0,
	required: true,
	description: 'In the documents’ currency; at most the invoice amount due and the credit left',
	displayOptions: { show },
});

export function allocationId(ctx: IExecuteFunctions, itemIndex: number): string {
	const id = String(ctx.getNodeParameter('allocationId', itemIndex, '')).trim();
	if (!OBJECT_ID.test(id)) {
		throw new NodeOperationError(ctx.getNode(), `Allocation ID "${id}" is not an OfficeRnD ID`, {
			itemIndex,
			description: `Item ${itemIndex}: use the _id of an entry in the document's allocations.`,
		});
	}
	return id;
}

export function positiveAmount(ctx: IExecuteFunctions, itemIndex: number): number {
	const value = atItem(itemIndex, () => amount(ctx.getNodeParameter('amount', itemIndex, 0), 'Amount'));
	if (value <= 0) {
		throw new NodeOperationError(ctx.getNode(), `Item ${itemIndex}: "Amount" must be more than 0 (got ${value})`, {
			itemIndex,
			description: 'Give the amount to allocate, in the documents’ currency.',
		});
	}
	return value;
}
