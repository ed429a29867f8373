import { intacctResource } from '../../generic/resource';
import { journalEntrySpec } from './spec';

/** Journal Entry: plain generic-function operations on {@link journalEntrySpec} (generic/objectOperations.ts). */
export const resource = intacctResource({
	name: 'Journal Entry',
	spec: journalEntrySpec,
	plural: 'journal entries',
	operations: ['create', 'get', 'getAll'],
});
