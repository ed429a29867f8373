/**
 * Sage Intacct → Scoro · Dimension Value → Accounting Object
 *
 * Input: one Intacct dimension record (LOCATION, DEPARTMENT, CLASS, PROJECT, or a UDD record) as
 * the Sage Intacct node reads it; the dimension is chosen below.
 * Mapped item: { idempotencyKey, targetSystem: "scoro", target: "financeObjects.modify", scoroId, record, source }
 * record: { object_symbol (the dimension id), name (TITLE or NAME), parent_group_name (Group Name) }
 * scoroId: documentLinks (dimension id → Scoro accounting object id) when it exists, else null.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { readDimensionValue } from '../../systems/intacct';
import { financeObjectRequest } from '../../systems/scoro';
import { masterWrite } from './masterData';

const show = { resource: ['intacctToScoro'], operation: ['dimensionToAccountingObject'] };

export const description: INodeProperties[] = [
	{
		displayName: 'Dimension',
		name: 'dimension',
		type: 'string',
		default: 'DEPARTMENT',
		required: true,
		displayOptions: { show },
		description:
			'Intacct dimension object of the input records: LOCATION, DEPARTMENT, CLASS, PROJECT, or a UDD object name',
	},
	{
		displayName: 'Group Name',
		name: 'groupName',
		type: 'string',
		default: 'Department',
		displayOptions: { show },
		description: 'Scoro parent group of the accounting objects',
	},
];

export const convert: Convert = function (i, tables) {
	const dimension = String(this.getNodeParameter('dimension', i, 'DEPARTMENT'))
		.trim()
		.toUpperCase();
	const groupName = String(this.getNodeParameter('groupName', i, '')).trim() || dimension;
	const value = readDimensionValue(inputRecord(this, i), dimension);
	return [masterWrite(tables, value.source, 'financeObjects', financeObjectRequest(value, groupName))];
};
