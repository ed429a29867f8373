import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { runWrites } from '../../../shared/items';
import { recordId } from '../../generic/operations';
import { showFor } from '../../descriptions/common';
import { apiRequest } from '../../transport/client';
import { PATHS } from '../../transport/contract';
import { allocationId, allocationIdField, amountField, documentLocator, positiveAmount } from './spec';

const show = showFor('allocation', 'update');

export const properties: INodeProperties[] = [documentLocator(show), allocationIdField(show), amountField(show)];

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await runWrites(this, async (i) => {
		const id = recordId(this, 'documentId', i, 'Billing Document ID');
		const body = { amount: positiveAmount(this, i) };
		return [
			await apiRequest(this, {
				method: 'PUT',
				path: PATHS.allocation(id, allocationId(this, i)),
				body,
				scope: 'flex.billing.payments.allocations.update',
			}),
		];
	});
}
