import type { IDataObject, INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { pollChanges } from '../shared/polling';
import { allStatusOptions, invoiceTypeOptions } from './descriptions/common';
import { ReLeasedClient } from './transport/client';
import { ID_FIELD, MODIFIED, type ResourceKey } from './transport/contract';

const RECORD_TYPES: Array<{ name: string; value: ResourceKey }> = [
	{ name: 'Account', value: 'account' },
	{ name: 'Adjustment', value: 'adjustment' },
	{ name: 'Contact', value: 'contact' },
	{ name: 'Credit Note', value: 'creditNote' },
	{ name: 'Invoice', value: 'invoice' },
	{ name: 'Payment', value: 'payment' },
	{ name: 'Property', value: 'property' },
	{ name: 'Tax Type', value: 'taxType' },
	{ name: 'Tenancy', value: 'tenancy' },
	{ name: 'Tracking Option', value: 'trackingOption' },
];

/**
 * Polls Re-Leased on the contract's modified-since filter (Re-Leased publishes no webhooks). The
 * cursor, overlap window and de-duplication are the shared rules of every trigger
 * (nodes/shared/polling.ts); the state is kept per record type, so switching type starts afresh.
 */
export class ReLeasedTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Re-Leased Trigger',
		name: 'reLeasedTrigger',
		icon: { light: 'file:../../icons/reLeased.svg', dark: 'file:../../icons/reLeased.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"On " + $parameter["recordType"] + " changes"}}',
		description: 'Starts the workflow when Re-Leased records are created or changed',
		defaults: { name: 'Re-Leased Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'reLeasedApi', required: true }],
		properties: [
			{
				displayName: 'Record Type',
				name: 'recordType',
				type: 'options',
				options: RECORD_TYPES,
				default: 'invoice',
			},
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				options: [
					{ name: 'Created or Updated', value: 'changed', description: 'Every change, including new records' },
					{ name: 'Created', value: 'created', description: 'Only records created since the last poll' },
				],
				default: 'changed',
			},
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				displayOptions: { show: { recordType: ['invoice', 'creditNote'] } },
				options: [
					{ displayName: 'Status', name: 'status', type: 'options', options: allStatusOptions, default: 'Approved' },
					{ displayName: 'Type', name: 'type', type: 'options', options: invoiceTypeOptions, default: 'Income' },
				],
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'First Run Look-Back (Hours)',
						name: 'lookbackHours',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: 0,
						description:
							'On the first poll, also emit records changed this many hours before activation. 0 = only changes from now on.',
					},
					{
						displayName: 'Overlap (Seconds)',
						name: 'overlapSeconds',
						type: 'number',
						typeOptions: { minValue: 0, maxValue: 3600 },
						default: 60,
						description:
							'Each poll re-reads this window before the cursor (clock skew, late commits); records already emitted are skipped',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const recordType = this.getNodeParameter('recordType') as ResourceKey;
		const event = this.getNodeParameter('event', 'changed') as string;
		// Shown for invoices and credit notes only; any other type reads the empty default.
		const filters = this.getNodeParameter('filters', {}) as IDataObject;
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const staticData = this.getWorkflowStaticData('node');
		const state = ((staticData[recordType] as IDataObject | undefined) ??= {});
		const client = new ReLeasedClient(this);

		const records = await pollChanges<IDataObject>({
			state,
			fetchSince: async (since) => await client.list(recordType, { filters, modifiedSince: since }),
			idOf: (r) => String(r[ID_FIELD]),
			modifiedOf: (r) => r[MODIFIED.field] as string | undefined,
			overlapMs: Number(options.overlapSeconds ?? 60) * 1000,
			lookbackMs: Number(options.lookbackHours ?? 0) * 3_600_000,
			manual: this.getMode() === 'manual',
			isNew:
				event === 'created' ? (r, sinceMs) => Date.parse(String(r[MODIFIED.createdField] ?? '')) >= sinceMs : undefined,
		});
		if (!records.length) return null;
		return [this.helpers.returnJsonArray(records)];
	}
}
