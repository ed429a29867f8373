import type { INodeProperties } from 'n8n-workflow';

export const propertyFilters: INodeProperties[] = [
	{ displayName: 'Search', name: 'search', type: 'string', default: '', description: 'Part of the name or reference' },
];
