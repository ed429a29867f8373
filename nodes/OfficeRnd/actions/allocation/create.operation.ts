import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { runWrites } from '../../../shared/items';
import { recordId } from '../../generic/operations';
import { recordLocator, showFor } from '../../descriptions/common';
import { apiRequest } from '../../transport/client';
import { createAllocation } from '../../transport/confirm';
import { PATHS } from '../../transport/contract';
import { amountField, documentLocator, positiveAmount } from './spec';

const show = showFor('allocation', 'create');

export const properties: INodeProperties[] = [
	documentLocator(show),
	recordLocator('targetId', 'Allocate To (Document ID)', show, 'billingDocument', {
		description: 'The invoice (or, from an invoice, the credit note or overpayment) on the other side',
	}),
	amountField(show),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Skip If Already Allocated',
				name: 'skipIfAllocated',
				type: 'boolean',
				default: false,
				description:
					'Whether to return the document unchanged when it already has an allocation of this amount to the same document, so a re-run allocates nothing twice',
			},
		],
	},
];

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await runWrites(this, async (i) => {
		const id = recordId(this, 'documentId', i, 'Billing Document ID');
		const target = recordId(this, 'targetId', i, 'Allocate To (Document ID)');
		const body = { target, amount: positiveAmount(this, i) };
		const options = this.getNodeParameter('options', i, {}) as IDataObject;
		if (options.skipIfAllocated === true) {
			const doc = await apiRequest(this, {
				method: 'GET',
				path: PATHS.payment(id),
				scope: 'flex.billing.payments.read',
			});
			const allocations = (Array.isArray(doc.allocations) ? doc.allocations : []) as IDataObject[];
			if (allocations.some((a) => a.target === target && Math.abs(Number(a.amount) - body.amount) < 0.005))
				return [doc];
		}
		return [await createAllocation(this, id, body)];
	});
}
