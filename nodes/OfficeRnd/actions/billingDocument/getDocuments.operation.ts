import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { errorItem } from '../../../shared/items';
import { toNodeError } from '../../../shared/errors';
import { recordId } from '../../generic/operations';
import { recordLocator, showFor } from '../../descriptions/common';
import { apiRequest } from '../../transport/client';
import { PATHS } from '../../transport/contract';

const show = showFor('billingDocument', 'getDocuments');

export const properties: INodeProperties[] = [
	recordLocator('documentId', 'Billing Document ID', show, 'billingDocument'),
	{
		displayName: 'Download PDF',
		name: 'download',
		type: 'boolean',
		default: false,
		description: 'Whether to download each document file and attach it as binary data',
		displayOptions: { show },
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
		displayOptions: { show: { ...show, download: [true] } },
	},
];

/**
 * GET /payments/{id}/documents [DOC]: `{_id, name, url, type, templateName}` per file. ASSUMED: the
 * `url` is pre-signed, so it is downloaded without the OfficeRnD token (which must not leak to
 * another host).
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const out: INodeExecutionData[] = [];
	const count = this.getInputData().length;
	for (let i = 0; i < count; i++) {
		try {
			const id = recordId(this, 'documentId', i, 'Billing Document ID');
			const documents = await apiRequest<IDataObject[] | { results?: IDataObject[] }>(this, {
				method: 'GET',
				path: PATHS.paymentDocuments(id),
				scope: 'flex.billing.payments.documents.read',
			});
			const list = Array.isArray(documents) ? documents : (documents.results ?? []);
			const download = this.getNodeParameter('download', i, false) as boolean;
			for (const doc of list) {
				const item: INodeExecutionData = { json: { ...doc, paymentId: id }, pairedItem: { item: i } };
				if (download) {
					if (typeof doc.url !== 'string' || !doc.url) {
						throw new NodeOperationError(
							this.getNode(),
							`Document ${String(doc._id)} of billing document ${id} has no URL`,
							{ itemIndex: i },
						);
					}
					const data = (await this.helpers.httpRequest({
						method: 'GET',
						url: doc.url,
						encoding: 'arraybuffer',
						json: false,
					})) as ArrayBuffer | Buffer;
					const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data);
					const fileName = typeof doc.name === 'string' && doc.name ? doc.name : `${id}.pdf`;
					const property = this.getNodeParameter('binaryPropertyName', i, 'data') as string;
					item.binary = { [property]: await this.helpers.prepareBinaryData(buffer, fileName, 'application/pdf') };
				}
				out.push(item);
			}
		} catch (error) {
			if (this.continueOnFail()) {
				out.push(errorItem(error, i, this.getNode()));
				continue;
			}
			throw toNodeError(this.getNode(), error, i);
		}
	}
	return out;
}
