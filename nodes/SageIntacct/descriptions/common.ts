import type { INodeProperties } from 'n8n-workflow';

/** Return All + Limit, the standard list pair, scoped to one resource/operation. */
export function returnAllOrLimit(resource: string, operation: string, max = 1000): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show: { resource: [resource], operation: [operation] } },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1, maxValue: max },
			description: 'Max number of results to return',
			displayOptions: { show: { resource: [resource], operation: [operation], returnAll: [false] } },
		},
	];
}

/** Entity override: blank uses the credential's entity; "Top Level" signs in without one. */
export const entityOption: INodeProperties = {
	displayName: 'Entity Name or ID',
	name: 'entity',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getEntities' },
	default: '__credential__',
	description:
		'Multi-entity companies: the entity whose session runs this item. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const CREDENTIAL_ENTITY = '__credential__';
export const TOP_LEVEL_ENTITY = '__top__';

/**
 * Node-wide request settings (Sage allows about 2 concurrent requests per company). Shown filled
 * with the values the client uses anyway (issue 13 item 12: an empty collection reads "No
 * properties", an empty section); the same values as IntacctClient's own defaults, so workflows
 * saved before keep their behaviour.
 */
export const requestSettings: INodeProperties = {
	displayName: 'Request Settings',
	name: 'requestSettings',
	type: 'collection',
	placeholder: 'Add Setting',
	default: { batchSize: 50, maxConcurrent: 2 },
	options: [
		{
			displayName: 'Batch Size',
			name: 'batchSize',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1, maxValue: 100 },
			description: 'How many functions one request to Sage Intacct carries',
		},
		{
			displayName: 'Max Concurrent Requests',
			name: 'maxConcurrent',
			type: 'number',
			default: 2,
			typeOptions: { minValue: 1, maxValue: 10 },
			description: 'Requests in flight at once for this company. Sage Intacct throttles above about 2.',
		},
	],
};
