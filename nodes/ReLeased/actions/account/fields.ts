import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT_TYPES } from '../../transport/contract';
import { pick, statusFilter } from '../../descriptions/common';
import { RecordInputError } from '../../helpers/record';
import type { WriteSpec } from '../../generic/operations';

const typeField: INodeProperties = {
	displayName: 'Type',
	name: 'type',
	type: 'options',
	options: ACCOUNT_TYPES.map((t) => ({ name: t, value: t })),
	default: 'Revenue',
};

/** Chart of accounts; Sage Intacct owns it once integrated (seed 001), so these writes mirror Intacct. */
export const accountSpec: WriteSpec = {
	label: 'Account',
	required: [
		{
			displayName: 'Code',
			name: 'code',
			type: 'string',
			default: '',
			required: true,
			description: 'Account number, e.g. the Intacct GL account number',
		},
		{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true },
		typeField,
	],
	optional: [
		{ displayName: 'Description', name: 'description', type: 'string', default: '' },
		pick('Default Tax Type Name or ID', 'taxType', 'getTaxTypes'),
	],
	validate(record, operation) {
		for (const field of ['code', 'name']) {
			if ((operation === 'create' || record[field] !== undefined) && !String(record[field] ?? '').trim()) {
				throw new RecordInputError(`Field "${field}" of the account must not be empty`);
			}
		}
		if (record.type !== undefined && !(ACCOUNT_TYPES as readonly string[]).includes(String(record.type))) {
			throw new RecordInputError(
				`Field "type" of the account must be one of ${ACCOUNT_TYPES.join(', ')}, got "${String(record.type)}"`,
			);
		}
	},
};

export const accountFilters: INodeProperties[] = [
	{ displayName: 'Code', name: 'code', type: 'string', default: '', description: 'Exact account code' },
	statusFilter,
	{ ...typeField, default: 'Revenue' },
];
