import { releasedResource } from '../../generic/resource';
import { creditNoteFilters, creditNoteSpec } from './fields';

/** Credit Note: every operation is the generic engine (generic/operations.ts) with the fields in ./fields.ts. */
export const resource = releasedResource({
	resource: 'creditNote',
	label: 'Credit Note',
	plural: 'Credit Notes',
	operations: { create: creditNoteSpec, get: true, getAll: creditNoteFilters },
});
