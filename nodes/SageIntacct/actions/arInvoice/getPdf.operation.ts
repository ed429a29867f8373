import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { runPerItem } from '../../../shared/items';
import { entityOption } from '../../descriptions/common';
import { entityChoice } from '../../helpers/entity';
import { recordNoField } from '../../generic/records';
import type { IntacctClient } from '../../transport/client';
import { LegacyShapeError } from '../../transport/legacy';

/**
 * AR Invoice > Get PDF: `retrievepdf` (reference §4.3) answers base64 `pdfdata`, which becomes an
 * n8n binary property (application/pdf) on the output item.
 */
const show = { resource: ['arInvoice'], operation: ['getPdf'] };

export const description: INodeProperties[] = [
	recordNoField('arInvoice', ['getPdf'], 'RECORDNO of the invoice to print'),
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the PDF in',
		displayOptions: { show },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [entityOption],
	},
];

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	const binaries: Array<INodeExecutionData['binary']> = [];
	const out = await runPerItem(this, async (i) => {
		const recordNo = String(this.getNodeParameter('recordNo', i)).trim();
		const property = this.getNodeParameter('binaryPropertyName', i, 'data') as string;
		const options = this.getNodeParameter('options', i, {}) as IDataObject;
		const result = await client.runOne(
			{ controlId: `retrievepdf-${i}`, body: { retrievepdf: { ARINVOICE: { RECORDNO: recordNo } } } },
			{ entity: entityChoice(options.entity), readOnly: true },
		);
		const record = (result.records[0] ?? {}) as IDataObject;
		const pdf = String(record.pdfdata ?? '');
		if (!pdf)
			throw new LegacyShapeError(`Sage Intacct returned no PDF data for invoice RECORDNO ${recordNo}.`, 'recordNo');
		const fileName = `invoice-${recordNo}.pdf`;
		const binary = await this.helpers.prepareBinaryData(Buffer.from(pdf, 'base64'), fileName, 'application/pdf');
		binaries[i] = { [property]: binary };
		return [{ RECORDNO: recordNo, fileName }];
	});
	// runPerItem builds json-only items; attach each item's binary by its paired input index.
	return out.map((item) => {
		const index = (item.pairedItem as { item: number }).item;
		return item.json.error === undefined && binaries[index] ? { ...item, binary: binaries[index] } : item;
	});
}
