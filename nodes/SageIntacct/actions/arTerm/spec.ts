import type { ObjectSpec } from '../../generic/objectOperations';

/** ARTERM: AR payment terms, identified by NAME; read-only here (generic create is not in the notes). */
export const arTermSpec: ObjectSpec = {
	resource: 'arTerm',
	object: 'ARTERM',
	label: 'AR term',
	idField: 'NAME',
	idLabel: 'Term Name',
	hasStatus: true,
	fields: [],
};
