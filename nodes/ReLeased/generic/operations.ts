import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { listLimit, runPerItem, runWrites } from '../../shared/items';
import { inputMode, recordLocator, returnAllOrLimit } from '../descriptions/common';
import { RecordInputError, asRecord, normaliseMoney, recordFromUi } from '../helpers/record';
import type { ReLeasedClient } from '../transport/client';
import { RESOURCES, SERVER_FIELDS, type ResourceKey } from '../transport/contract';
import { atItemAsync, pathId, toIsoDateTime } from '../../shared/validate';

/**
 * The engine every plain Re-Leased operation runs: each factory gives an operation's parameters
 * and execute for one resource (generic/resource.ts declares a resource from them), so the
 * behaviour (items, errors, paging, input modes) is the same everywhere. Only an operation with
 * logic of its own has a hand-written actions/<resource>/<operation>.operation.ts.
 */
export interface Operation {
	properties: INodeProperties[];
	execute: (this: IExecuteFunctions, client: ReLeasedClient) => Promise<INodeExecutionData[]>;
}

export interface WriteSpec {
	/** Record label in messages and the locator, e.g. 'Invoice'. */
	label: string;
	/** Parameters shown at top level on create (the fields a new record needs). */
	required?: INodeProperties[];
	/** Everything else, in an "Additional Fields" (create) or "Update Fields" (update) collection. */
	optional: INodeProperties[];
	/** Checks the finished record; throws RecordInputError naming the field and the fix. */
	validate?: (record: IDataObject, operation: 'create' | 'update') => void;
}

function show(resource: ResourceKey, operation: string, extra: IDataObject = {}) {
	return { show: { resource: [resource], operation: [operation], ...extra } };
}

function recordId(ctx: IExecuteFunctions, i: number, label: string): string {
	const raw = ctx.getNodeParameter('recordId', i, '', { extractValue: true }) as unknown;
	if (raw === undefined || raw === null || (typeof raw === 'string' && !raw.trim())) {
		throw new RecordInputError(`"${label}" is empty: choose a record from the list or enter its ID`);
	}
	// Exactly one ID, usable as one path segment: lists, `.`, `..` and slashes would change the call.
	return pathId(raw, label);
}

/** The record a write sends, from whichever input mode the user chose. */
function recordToSend(
	ctx: IExecuteFunctions,
	i: number,
	collectionName: string,
	spec: WriteSpec,
	withRequired: boolean,
): IDataObject {
	const mode = ctx.getNodeParameter('inputMode', i, 'fields') as string;
	let record: IDataObject;
	if (mode === 'inputItem') record = asRecord(ctx.getInputData()[i]?.json, 'The input item');
	else if (mode === 'json') record = asRecord(ctx.getNodeParameter('recordJson', i), 'Record (JSON)');
	else {
		const values: IDataObject = {};
		if (withRequired)
			for (const p of spec.required ?? []) values[p.name] = ctx.getNodeParameter(p.name, i) as IDataObject[string];
		Object.assign(values, ctx.getNodeParameter(collectionName, i, {}) as IDataObject);
		record = recordFromUi(values);
	}
	// Server-owned fields (id, timestamps, totals) are never sent, so a record read back can be written whole.
	const out = { ...record };
	for (const field of SERVER_FIELDS) delete out[field];
	return normaliseMoney(out);
}

export function getOperation(resource: ResourceKey, label: string): Operation {
	return {
		properties: [recordLocator(resource, label, ['get'])],
		async execute(client) {
			return await runPerItem(
				this,
				async (i) => await atItemAsync(i, async () => [await client.get(resource, recordId(this, i, label))]),
			);
		},
	};
}

export function getAllOperation(resource: ResourceKey, filters: INodeProperties[]): Operation {
	return {
		properties: [
			...returnAllOrLimit(resource),
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				displayOptions: show(resource, 'getAll'),
				options: [
					...filters,
					{
						displayName: 'Modified Since',
						name: 'modifiedSince',
						type: 'dateTime',
						default: '',
						description: 'Only records changed at or after this time',
					} as INodeProperties,
				].sort((a, b) => a.displayName.localeCompare(b.displayName)),
			},
		],
		async execute(client) {
			return await runPerItem(
				this,
				async (i) =>
					await atItemAsync(i, async () => {
						const { modifiedSince, ...filterValues } = this.getNodeParameter('filters', i, {}) as IDataObject;
						return await client.list(resource, {
							filters: filterValues,
							// Strict (luxon): an impossible date is an item error naming the filter, not a shifted one.
							modifiedSince: modifiedSince ? toIsoDateTime(modifiedSince, 'Filters: Modified Since') : undefined,
							limit: listLimit(this, i),
						});
					}),
			);
		},
	};
}

export function createOperation(resource: ResourceKey, spec: WriteSpec): Operation {
	const fields = show(resource, 'create', { inputMode: ['fields'] });
	const key = RESOURCES[resource].naturalKey;
	// Payments have no number: their key is the invoice, reference and amount (transport/client.ts).
	const keyLabel = key
		? key.field.replace(/([A-Z])/g, ' $1').toLowerCase()
		: resource === 'payment'
			? 'invoice, reference and amount'
			: '';
	const removal = RESOURCES[resource].void ? 'voids' : RESOURCES[resource].archive ? 'archives' : '';
	return {
		properties: [
			...inputMode(resource, 'create'),
			...(spec.required ?? []).map((p) => ({ ...p, displayOptions: fields })),
			{
				displayName: 'Additional Fields',
				name: 'additionalFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				displayOptions: fields,
				options: spec.optional,
			},
			...(keyLabel
				? [
						{
							displayName: 'Options',
							name: 'options',
							type: 'collection',
							placeholder: 'Add Option',
							default: {},
							displayOptions: show(resource, 'create'),
							options: [
								{
									displayName: 'Return Existing Record If Found',
									name: 'returnExisting',
									type: 'boolean',
									// Safe by default (issue 20): two runs at once must not write the record twice.
									default: true,
									description: `Whether to look for a ${spec.label.toLowerCase()} with the same ${keyLabel} first and return it instead of creating a duplicate, and check again after writing: when another run wrote the same record at the same moment, the run that wrote later ${removal ? `${removal} its own copy` : 'reports its copy as a failed item to remove by hand (Re-Leased offers no way to remove it)'}. Off: Re-Leased's own rules decide.`,
								},
							],
						} as INodeProperties,
					]
				: []),
		],
		async execute(client) {
			return await runWrites(
				this,
				async (i) =>
					await atItemAsync(i, async () => {
						const record = recordToSend(this, i, 'additionalFields', spec, true);
						spec.validate?.(record, 'create');
						const options = keyLabel ? (this.getNodeParameter('options', i, {}) as IDataObject) : {};
						if (keyLabel && options.returnExisting !== false)
							return [(await client.createOnce(resource, record)).record];
						return [await client.create(resource, record)];
					}),
			);
		},
	};
}

export function updateOperation(resource: ResourceKey, spec: WriteSpec): Operation {
	const fields = show(resource, 'update', { inputMode: ['fields'] });
	return {
		properties: [
			recordLocator(resource, spec.label, ['update']),
			...inputMode(resource, 'update'),
			{
				displayName: 'Update Fields',
				name: 'updateFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				displayOptions: fields,
				options: [...(spec.required ?? []), ...spec.optional]
					.map((p) => ({ ...p, required: false }))
					.sort((a, b) => a.displayName.localeCompare(b.displayName)),
			},
		],
		async execute(client) {
			return await runWrites(
				this,
				async (i) =>
					await atItemAsync(i, async () => {
						const id = recordId(this, i, spec.label);
						const patch = recordToSend(this, i, 'updateFields', spec, false);
						// An id in the body would fight the one in the path; the path wins.
						delete patch.id;
						if (!Object.keys(patch).length) {
							throw new RecordInputError(`Nothing to update on ${spec.label} ${id}: add at least one field to change`);
						}
						spec.validate?.(patch, 'update');
						return [await client.update(resource, id, patch)];
					}),
			);
		},
	};
}

/** A one-step state change on a record: void (invoices) or archive (accounts, tax types, tracking). */
export function actionOperation(resource: ResourceKey, label: string, action: 'void' | 'archive'): Operation {
	return {
		properties: [recordLocator(resource, label, [action])],
		async execute(client) {
			return await runWrites(
				this,
				async (i) =>
					await atItemAsync(i, async () => {
						const id = recordId(this, i, label);
						return [action === 'void' ? await client.void(resource, id) : await client.archive(resource, id)];
					}),
			);
		},
	};
}
