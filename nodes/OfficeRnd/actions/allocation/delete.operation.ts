import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { runWrites } from '../../../shared/items';
import { recordId } from '../../generic/operations';
import { showFor } from '../../descriptions/common';
import { apiRequest } from '../../transport/client';
import { PATHS } from '../../transport/contract';
import { allocationId, allocationIdField, documentLocator } from './spec';

const show = showFor('allocation', 'delete');

export const properties: INodeProperties[] = [documentLocator(show), allocationIdField(show)];

/** Removes the allocation from both documents; outputs the document as it is afterwards. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await runWrites(this, async (i) => {
		const id = recordId(this, 'documentId', i, 'Billing Document ID');
		return [
			await apiRequest(this, {
				method: 'DELETE',
				path: PATHS.allocation(id, allocationId(this, i)),
				scope: 'flex.billing.payments.allocations.update',
			}),
		];
	});
}
