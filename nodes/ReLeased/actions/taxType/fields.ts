import type { INodeProperties } from 'n8n-workflow';
import { RecordInputError } from '../../helpers/record';
import type { WriteSpec } from '../../generic/operations';
import { statusFilter } from '../../descriptions/common';

/** Tax types mirror Intacct tax details (seed 001). */
export const taxTypeSpec: WriteSpec = {
	label: 'Tax Type',
	required: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. GST on Income',
		},
		{
			displayName: 'Rate (%)',
			name: 'rate',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 100, numberPrecision: 4 },
			default: 0,
			required: true,
		},
	],
	optional: [
		{
			displayName: 'Code',
			name: 'code',
			type: 'string',
			default: '',
			description: 'For example the Intacct tax detail ID',
		},
	],
	validate(record, operation) {
		if ((operation === 'create' || record.name !== undefined) && !String(record.name ?? '').trim()) {
			throw new RecordInputError('Field "name" of the tax type must not be empty');
		}
		if (
			(operation === 'create' || record.rate !== undefined) &&
			!(Number(record.rate) >= 0 && Number(record.rate) <= 100)
		) {
			throw new RecordInputError(
				`Field "rate" of the tax type must be a percentage from 0 to 100, got ${String(record.rate)}`,
			);
		}
	},
};

export const taxTypeFilters: INodeProperties[] = [
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Exact tax type name' },
	statusFilter,
];
