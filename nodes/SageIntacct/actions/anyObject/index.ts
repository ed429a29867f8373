import type { ResourceDecl } from '../../../shared/resource';
import { handWritten } from '../../generic/resource';
import type { IntacctClient } from '../../transport/client';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as query from './query.operation';
import * as rawXml from './rawXml.operation';
import * as read from './read.operation';
import * as update from './update.operation';

/** Any Object: every operation takes the object name as a parameter, so each is hand-written. */
export const resource: ResourceDecl<'query' | 'read' | 'create' | 'update' | 'delete' | 'rawXml', IntacctClient> = {
	name: 'Any Object',
	defaultOperation: 'query',
	operations: {
		query: handWritten(query, 'Query', 'Query any object', 'Filter builder (query) or raw condition (readByQuery)'),
		read: handWritten(read, 'Read', 'Read records of any object', 'Read by record numbers or by IDs'),
		create: handWritten(create, 'Create', 'Create a record of any object', 'Generic create of any object'),
		update: handWritten(update, 'Update', 'Update a record of any object', 'Generic update of any object'),
		delete: handWritten(del, 'Delete', 'Delete records of any object', 'Generic delete by record numbers'),
		rawXml: handWritten(
			rawXml,
			'Raw XML Function',
			'Send a raw XML function',
			'Send one function element; the node adds the envelope and credentials',
		),
	},
};
