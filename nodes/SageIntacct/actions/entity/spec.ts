import type { ObjectSpec } from '../../generic/objectOperations';

/** LOCATIONENTITY (reference 1.7): the entities of a multi-entity company; read-only here. */
export const entitySpec: ObjectSpec = {
	resource: 'entity',
	object: 'LOCATIONENTITY',
	label: 'entity',
	idField: 'LOCATIONID',
	idLabel: 'Entity ID',
	hasStatus: true,
	fields: [],
};
