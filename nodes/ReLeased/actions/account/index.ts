import { releasedResource } from '../../generic/resource';
import { accountFilters, accountSpec } from './fields';

/** Account: every operation is the generic engine (generic/operations.ts) with the fields in ./fields.ts. */
export const resource = releasedResource({
	resource: 'account',
	label: 'Account',
	plural: 'Accounts',
	operations: { create: accountSpec, update: accountSpec, archive: true, getAll: accountFilters },
});
