import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { runPerItem } from '../../../shared/items';
import { recordId } from '../common';
import { recordLocator, showFor } from '../../descriptions/common';
import { apiRequest } from '../../transport/client';
import { PATHS } from '../../transport/contract';
import { amountField, documentLocator, positiveAmount } from './spec';

const show = showFor('allocation', 'create');

export const description: INodeProperties[] = [
	documentLocator(show),
	recordLocator('targetId', 'Allocate To (Document ID)', show, 'billingDocument', { description: 'The invoice (or, from an invoice, the credit note or overpayment) on the other side' }),
	amountField(show),
];

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await runPerItem(this, async (i) => {
		const id = recordId(this, 'documentId', i, 'Billing Document ID');
		const target = recordId(this, 'targetId', i, 'Allocate To (Document ID)');
		const body = { target, amount: positiveAmount(this, i) };
		return [await apiRequest(this, { method: 'POST', path: PATHS.allocations(id), body, scope: 'flex.billing.payments.allocations.create' })];
	});
}
