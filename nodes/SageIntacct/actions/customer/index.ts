import { handWritten, intacctResource } from '../../generic/resource';
import * as getAll from './getAll.operation';
import { customerSpec } from './spec';

/** Customer: generic-function operations on CUSTOMER; Get Many has its own file (its filters and texts differ from the engine's). */
export const resource = intacctResource({
	name: 'Customer',
	spec: customerSpec,
	plural: 'customers',
	operations: ['create', 'update', 'upsert', 'delete', 'get'],
	custom: {
		getAll: handWritten(
			getAll,
			'Get Many',
			'Get many customers',
			'Read customers with readByQuery, following readMore pages',
		),
	},
});
