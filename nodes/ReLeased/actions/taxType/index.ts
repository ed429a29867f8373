import { releasedResource } from '../../generic/resource';
import { taxTypeFilters, taxTypeSpec } from './fields';

/** Tax Type: every operation is the generic engine (generic/operations.ts) with the fields in ./fields.ts. */
export const resource = releasedResource({
	resource: 'taxType',
	label: 'Tax Type',
	plural: 'Tax Types',
	operations: { create: taxTypeSpec, update: taxTypeSpec, archive: true, getAll: taxTypeFilters },
});
