import type { INodeProperties } from 'n8n-workflow';
import { PROPERTY_TRACKING_CATEGORY } from '../../transport/contract';
import { pick } from '../../descriptions/common';
import { RecordInputError } from '../../helpers/record';
import type { WriteSpec } from '../../generic/operations';
import { statusFilter } from '../../descriptions/common';

/** Property tracking options mirror Intacct dimension values (seed 001). */
export const trackingOptionSpec: WriteSpec = {
	label: 'Tracking Option',
	required: [
		{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true, placeholder: 'e.g. 12 Queen St' },
	],
	optional: [
		{
			displayName: 'Category',
			name: 'category',
			type: 'string',
			default: PROPERTY_TRACKING_CATEGORY,
			description: 'Tracking category; Re-Leased tracks properties in one category called Property',
		},
		pick('Property Name or ID', 'propertyId', 'getProperties'),
	],
	validate(record, operation) {
		if ((operation === 'create' || record.name !== undefined) && !String(record.name ?? '').trim()) {
			throw new RecordInputError('Field "name" of the tracking option must not be empty');
		}
	},
};

export const trackingOptionFilters: INodeProperties[] = [
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Exact option name' },
	statusFilter,
	{ displayName: 'Category', name: 'category', type: 'string', default: PROPERTY_TRACKING_CATEGORY },
];
