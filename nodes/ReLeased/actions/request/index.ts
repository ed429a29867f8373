import type { ResourceDecl } from '../../../shared/resource';
import type { ReLeasedClient } from '../../transport/client';
import * as send from './send.operation';

/** API Request: one hand-written operation (send.operation.ts), any call with the credential. */
export const resource: ResourceDecl<'send', ReLeasedClient> = {
	name: 'API Request',
	defaultOperation: 'send',
	operations: {
		send: {
			name: 'Send',
			action: 'Send an API request',
			description: 'Call any path of the Re-Leased API with the credential',
			...send,
		},
	},
};
