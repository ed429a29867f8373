import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { runWrites } from '../../../shared/items';
import { compact, isFakeSyncId, recordId } from '../../generic/operations';
import { recordLocator, showFor } from '../../descriptions/common';
import { apiRequest } from '../../transport/client';
import { OBJECT_ID, PATHS } from '../../transport/contract';
import { atItem, toIsoDateTime } from '../../../shared/validate';

const show = showFor('billingDocument', 'recordAccountingStatus');

export const properties: INodeProperties[] = [
	recordLocator('documentId', 'Billing Document ID', show, 'billingDocument'),
	{
		displayName: 'Record On',
		name: 'level',
		type: 'options',
		options: [
			{
				name: 'Document',
				value: 'document',
				description: "The document's own accounting block (ASSUMED: sent with an update of the document)",
			},
			{
				name: 'Allocation',
				value: 'allocation',
				description: "One allocation's accounting block (documented endpoint)",
			},
		],
		default: 'document',
		displayOptions: { show },
	},
	{
		displayName: 'Allocation ID',
		name: 'allocationId',
		type: 'string',
		default: '',
		required: true,
		description: 'The _id of the allocation inside the document',
		displayOptions: { show: { ...show, level: ['allocation'] } },
	},
	{
		displayName: 'Provider',
		name: 'provider',
		type: 'string',
		default: 'sage-intacct',
		required: true,
		description: 'The accounting system the record reached',
		displayOptions: { show },
	},
	{
		displayName: 'External Organisation ID',
		name: 'externalOrgId',
		type: 'string',
		default: '',
		required: true,
		description: 'The company (and entity) in the accounting system, e.g. the Intacct company ID',
		displayOptions: { show },
	},
	{
		displayName: 'Provider ID',
		name: 'providerId',
		type: 'string',
		default: '',
		description: "The record's ID in the accounting system (e.g. Intacct RECORDNO or document number)",
		displayOptions: { show },
	},
	{
		displayName: 'Deep Link',
		name: 'deepLink',
		type: 'string',
		default: '',
		description: 'A URL that opens the record in the accounting system',
		displayOptions: { show },
	},
	{
		displayName: 'Last Sync',
		name: 'lastSync',
		type: 'dateTime',
		default: '={{ $now.toISO() }}',
		displayOptions: { show },
	},
	{
		displayName: 'Error',
		name: 'error',
		type: 'string',
		default: '',
		description: 'The sync error to show in OfficeRnD; leave empty when the sync succeeded',
		displayOptions: { show },
	},
];

/**
 * Writes the sync result back to OfficeRnD so staff see what reached the accounting system
 * (reference §2.1: `accounting{provider, providerId, externalOrgId, deepLink, lastSync, error}`).
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await runWrites(this, async (i) => {
		const id = recordId(this, 'documentId', i, 'Billing Document ID');
		const get = (name: string) => String(this.getNodeParameter(name, i, '') ?? '').trim();
		const accounting: IDataObject = compact({
			provider: get('provider'),
			externalOrgId: get('externalOrgId'),
			providerId: get('providerId'),
			deepLink: get('deepLink'),
			lastSync: get('lastSync') ? atItem(i, () => toIsoDateTime(get('lastSync'), 'Last Sync')) : undefined,
		});
		// An empty error is sent as null, so a successful re-sync clears an earlier error.
		accounting.error = get('error') || null;
		for (const required of ['provider', 'externalOrgId']) {
			if (!accounting[required]) {
				throw new NodeOperationError(this.getNode(), `"${required}" is empty for billing document ${id}`, {
					itemIndex: i,
					description: `Item ${i}: set ${required === 'provider' ? 'Provider' : 'External Organisation ID'}; OfficeRnD requires it.`,
				});
			}
		}
		// Issue 20 case 6: an ID written as "undefined", "null" or "" points at nothing, and the next run
		// would take the record as not synced. A success names its record; an error may leave it out.
		const providerId = get('providerId');
		if (isFakeSyncId(providerId, accounting.error)) {
			const what = providerId === '' ? 'empty' : `"${providerId}"`;
			throw new NodeOperationError(
				this.getNode(),
				`Item ${i}: "Provider ID" is ${what} for billing document ${id}, not a record ID. Fix: write the status back only when the accounting system returned the record's ID (send the item to the failure log otherwise), or fill in "Error"`,
				{
					itemIndex: i,
					description: `Item ${i}: the expression that fills "Provider ID" read a field the previous node did not return (e.g. RECORDNO after a write whose record could not be found). The record may exist in the accounting system: check there before running again.`,
				},
			);
		}
		if (this.getNodeParameter('level', i, 'document') === 'allocation') {
			const allocationId = get('allocationId');
			if (!OBJECT_ID.test(allocationId)) {
				throw new NodeOperationError(this.getNode(), `Allocation ID "${allocationId}" is not an OfficeRnD ID`, {
					itemIndex: i,
					description: `Item ${i}: use the _id of an entry in the document's allocations.`,
				});
			}
			return [
				await apiRequest(this, {
					method: 'PUT',
					path: PATHS.allocationAccounting(id, allocationId),
					body: accounting,
					scope: 'flex.billing.payments.allocations.update',
				}),
			];
		}
		return [
			await apiRequest(this, {
				method: 'PUT',
				path: PATHS.payment(id),
				body: { accounting },
				scope: 'flex.billing.payments.update',
			}),
		];
	});
}
