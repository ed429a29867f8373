import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { writeFields } from '../../descriptions/write';
import { executeWrites, recordFromInput } from '../../helpers/write';
import type { IntacctClient } from '../../transport/client';
import { LegacyShapeError } from '../../transport/legacy';
import type { XmlNode } from '../../transport/xml';
import { fieldPairs, recordFromPairs } from './create.operation';
import { objectName, objectProperty } from '../../generic/names';

/** Any Object > Update: generic update; the record names itself by RECORDNO (or an ID the object accepts). */
export const description: INodeProperties[] = [
	objectProperty(['update']),
	...writeFields('anyObject', ['update']),
	{
		displayName: 'Record Number',
		name: 'recordNo',
		type: 'string',
		default: '',
		description: 'RECORDNO of the record; leave empty when the fields name it by its ID (where the object allows that)',
		displayOptions: { show: { resource: ['anyObject'], operation: ['update'], recordSource: ['fields'] } },
	},
	fieldPairs('update'),
];

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeWrites(this, client, (i) => {
		const object = objectName(this.getNodeParameter('object', i));
		const record = recordFromInput(this, i, () => {
			const recordNo = String(this.getNodeParameter('recordNo', i, '') ?? '').trim();
			return { ...(recordNo ? { RECORDNO: recordNo } : {}), ...recordFromPairs(this, i) };
		});
		if (Object.keys(record).length === 0)
			throw new LegacyShapeError('Nothing to update: give RECORDNO and at least one field.', 'fieldValues');
		return { body: { update: { [object]: record as XmlNode } } };
	});
}
