import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { writeFields } from '../../descriptions/write';
import { executeWrites, recordFromInput } from '../../helpers/write';
import type { IntacctClient } from '../../transport/client';
import type { XmlNode } from '../../transport/xml';
import { objectName, objectProperty } from '../../generic/names';

/**
 * Any Object > Create and Update: the generic create/update of any object (reference 3.2). Fields
 * are Intacct's element names; nested elements (e.g. DISPLAYCONTACT) come from a whole record.
 */
export function fieldPairs(operation: string): INodeProperties {
	return {
		displayName: 'Fields',
		name: 'fieldValues',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Field',
		default: {},
		description: 'Element names as Sage Intacct spells them (upper case for standard fields)',
		displayOptions: { show: { resource: ['anyObject'], operation: [operation], recordSource: ['fields'] } },
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'NAME' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	};
}

export function recordFromPairs(ctx: IExecuteFunctions, i: number): IDataObject {
	const pairs = ((ctx.getNodeParameter('fieldValues', i, {}) as IDataObject).field ?? []) as IDataObject[];
	const record: IDataObject = {};
	for (const p of pairs) {
		const name = String(p.name ?? '').trim();
		if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name))
			throw new Error(`Field name "${name}" is not a valid Sage Intacct element name.`);
		record[name] = p.value as IDataObject[string];
	}
	return record;
}

export const description: INodeProperties[] = [
	objectProperty(['create']),
	...writeFields('anyObject', ['create']),
	fieldPairs('create'),
];

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeWrites(this, client, (i) => {
		const object = objectName(this.getNodeParameter('object', i));
		const record = recordFromInput(this, i, () => recordFromPairs(this, i));
		return { body: { create: { [object]: record as XmlNode } } };
	});
}
