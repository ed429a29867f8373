import type { INodeProperties } from 'n8n-workflow';
import { RECORD_STATUS } from '../../transport/contract';
import { addressField } from '../../descriptions/common';
import { RecordInputError } from '../../helpers/record';
import type { WriteSpec } from '../../generic/operations';

/** Contact fields: exactly the verified Re-Leased contact fields (reference §3.4). */
export const contactSpec: WriteSpec = {
	label: 'Contact',
	required: [{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true }],
	optional: [
		{ displayName: 'Correspondence Name', name: 'correspondenceName', type: 'string', default: '' },
		{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
		{ displayName: 'Fax', name: 'fax', type: 'string', default: '' },
		{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
		{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
		{ displayName: 'Mobile', name: 'mobile', type: 'string', default: '' },
		addressField('Postal Address', 'postalAddress'),
		addressField('Street Address', 'streetAddress'),
		{ displayName: 'Telephone', name: 'telephone', type: 'string', default: '' },
	],
	validate(record, operation) {
		if (operation === 'create' && !String(record.name ?? '').trim()) {
			throw new RecordInputError('Field "name" is required for a new contact: set the contact\'s Name');
		}
		if (record.email !== undefined && !/^[^@\s]+@[^@\s]+$/.test(String(record.email))) {
			throw new RecordInputError(`Field "email" is not an email address: "${String(record.email)}"`);
		}
	},
};

export const contactFilters: INodeProperties[] = [
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Exact contact name' },
	{ displayName: 'Search', name: 'search', type: 'string', default: '', description: 'Part of the name or email' },
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: Object.values(RECORD_STATUS).map((s) => ({ name: s, value: s })),
		default: 'Active',
	},
];
