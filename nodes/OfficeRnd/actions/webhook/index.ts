import { officeRndResource } from '../../generic/resource';
import * as create from './create.operation';
import * as deleteOp from './delete.operation';
import * as getAll from './getAll.operation';
import { webhook } from './spec';

/** Webhook: every operation has logic of its own (a webhook's secret never reaches the output). */
export const resource = officeRndResource({
	spec: webhook,
	plural: 'Webhooks',
	operations: {},
	custom: { create, delete: deleteOp, getAll },
});
