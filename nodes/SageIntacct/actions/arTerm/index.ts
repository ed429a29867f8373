import { handWritten, intacctResource } from '../../generic/resource';
import * as create from './create.operation';
import { arTermSpec } from './spec';
import * as update from './update.operation';

/** AR Term: read with the generic functions; written with the legacy create_arterm / update_arterm (own files). */
export const resource = intacctResource({
	name: 'AR Term',
	spec: arTermSpec,
	plural: 'AR terms',
	operations: ['get', 'getAll'],
	custom: {
		create: handWritten(create, 'Create', 'Create an AR term', 'Create an AR term (legacy create_arterm)'),
		update: handWritten(update, 'Update', 'Update an AR term', 'Update an AR term by name (legacy update_arterm)'),
	},
});
