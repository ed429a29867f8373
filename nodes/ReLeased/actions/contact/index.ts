import { releasedResource } from '../../generic/resource';
import { contactFilters, contactSpec } from './fields';

/** Contact: every operation is the generic engine (generic/operations.ts) with the fields in ./fields.ts. */
export const resource = releasedResource({
	resource: 'contact',
	label: 'Contact',
	plural: 'Contacts',
	operations: { create: contactSpec, update: contactSpec, get: true, getAll: contactFilters },
});
