import type { ResourceDecl } from '../../../shared/resource';
import { handWritten } from '../../generic/resource';
import type { IntacctClient } from '../../transport/client';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getDimensions from './getDimensions.operation';
import * as update from './update.operation';

/** Dimension (User-Defined): the object is chosen per run (spec.ts), so each operation has its own file. */
export const resource: ResourceDecl<'getDimensions' | 'getAll' | 'get' | 'create' | 'update', IntacctClient> = {
	name: 'Dimension (User-Defined)',
	defaultOperation: 'getDimensions',
	operations: {
		getDimensions: handWritten(
			getDimensions,
			'Get Dimensions',
			'Get dimensions',
			'List standard and user-defined dimensions (getDimensions)',
		),
		getAll: handWritten(
			getAll,
			'Get Many',
			'Get many dimension values',
			'Read the records of a user-defined dimension',
		),
		get: handWritten(get, 'Get', 'Get a dimension value', 'Read one record of a user-defined dimension'),
		create: handWritten(create, 'Create', 'Create a dimension value', 'Create a record of a user-defined dimension'),
		update: handWritten(update, 'Update', 'Update a dimension value', 'Update a record of a user-defined dimension'),
	},
};
