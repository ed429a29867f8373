import type { ObjectSpec } from '../../generic/objectOperations';

/** TAXDETAIL (reference 4.10; AU, GB and ZA companies). Read-only here: its create is not in the notes. */
export const taxDetailSpec: ObjectSpec = {
	resource: 'taxDetail',
	object: 'TAXDETAIL',
	label: 'tax detail',
	idField: 'DETAILID',
	idLabel: 'Tax Detail ID',
	hasStatus: true,
	fields: [],
	filters: [
		{
			name: 'taxType',
			path: 'TAXTYPE',
			title: 'Tax Type',
			kind: 'options',
			options: [
				{ name: 'Sales (AR, Order Entry)', value: 'S' },
				{ name: 'Purchase (AP, Purchasing)', value: 'P' },
			],
			default: 'S',
		},
		{ name: 'taxSolutionId', path: 'TAXSOLUTIONID', title: 'Tax Solution ID', kind: 'string' },
	],
};
