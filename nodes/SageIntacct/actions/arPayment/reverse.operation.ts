import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { writeFields } from '../../descriptions/write';
import { recordNoField } from '../../generic/records';
import { executeWrites, recordFromInput } from '../../helpers/write';
import type { IntacctClient } from '../../transport/client';
import { legacyFunction } from '../../transport/legacy';

/**
 * AR Payment > Reverse: legacy reverse_arpayment key=RECORDNO with datereversed, description and
 * nsfclosedaccount (reference §4.5). Write shape: { key, datereversed, description?, nsfclosedaccount? }.
 */
const show = { resource: ['arPayment'], operation: ['reverse'] };

export const description: INodeProperties[] = [
	...writeFields('arPayment', ['reverse']),
	{
		...recordNoField('arPayment', ['reverse'], 'RECORDNO of the payment to reverse'),
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
	{
		displayName: 'NSF / Closed Account',
		name: 'nsfClosedAccount',
		type: 'boolean',
		default: false,
		description: 'Whether the payment is reversed because of insufficient funds or a closed account',
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
	},
];

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeWrites(this, client, (i) => {
		const record = recordFromInput(this, i, () => ({
			key: this.getNodeParameter('recordNo', i),
			datereversed: String(this.getNodeParameter('dateReversed', i)).slice(0, 10),
			description: this.getNodeParameter('reversalDescription', i, '') as string,
			nsfclosedaccount: this.getNodeParameter('nsfClosedAccount', i, false) ? 'true' : undefined,
		}));
		const { RECORDNO, ...rest } = record;
		const key = String(rest.key ?? RECORDNO ?? '');
		return {
			body: legacyFunction('reverse_arpayment', { ...rest, key }),
			output: () => ({ RECORDNO: key, reversed: true }),
			lookup: async (c, entity) =>
				(
					await c.runOne(
						{ controlId: `read-${key}`, body: { read: { object: 'ARPYMT', keys: key, fields: '*' } } },
						{ entity, readOnly: true },
					)
				).records[0] as IDataObject | undefined,
		};
	});
}
