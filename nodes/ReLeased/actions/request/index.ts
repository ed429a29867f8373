import { operationProperty } from '../../generic/operations';
import * as send from './send.operation';

export { send };

export const description = [
	operationProperty('request', [
		{ name: 'Send', value: 'send', action: 'Send an API request', description: 'Call any path of the Re-Leased API with the credential' },
	]),
	...send.description,
];
