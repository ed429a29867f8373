import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { writeFields } from '../../descriptions/write';
import { recordNoField } from '../../generic/records';
import { executeWrites, recordFromInput } from '../../helpers/write';
import type { IntacctClient } from '../../transport/client';
import { legacyFunction } from '../../transport/legacy';

/**
 * AR Invoice > Reverse: legacy reverse_invoice key=RECORDNO with datereversed and description
 * (reference §4.3). Write shape: { key, datereversed: '2026-11-30', description? }.
 */
const show = { resource: ['arInvoice'], operation: ['reverse'] };

export const description: INodeProperties[] = [
	...writeFields('arInvoice', ['reverse']),
	{
		...recordNoField('arInvoice', ['reverse'], 'RECORDNO of the invoice to reverse'),
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
	},
	{
		displayName: 'Reversal Date',
		name: 'dateReversed',
		type: 'dateTime',
		required: true,
		default: '',
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
	},
	{
		displayName: 'Description',
		name: 'reversalDescription',
		type: 'string',
		default: '',
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
	},
];

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeWrites(this, client, (i) => {
		const record = recordFromInput(this, i, () => ({
			key: this.getNodeParameter('recordNo', i),
			datereversed: String(this.getNodeParameter('dateReversed', i)).slice(0, 10),
			description: this.getNodeParameter('reversalDescription', i, '') as string,
		}));
		const { RECORDNO, ...rest } = record;
		const key = String(rest.key ?? RECORDNO ?? '');
		return {
			body: legacyFunction('reverse_invoice', { ...rest, key }),
			output: () => ({ RECORDNO: key, reversed: true }),
			lookup: async (c, entity) =>
				(
					await c.runOne(
						{ controlId: `read-${key}`, body: { read: { object: 'ARINVOICE', keys: key, fields: '*' } } },
						{ entity, readOnly: true },
					)
				).records[0] as IDataObject | undefined,
		};
	});
}
