import { randomBytes } from 'crypto';
import type {
	IDataObject,
	IHookFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes } from 'n8n-workflow';
import { toNodeError } from '../shared/errors';
import { pollChanges } from '../shared/polling';
import { rememberDelivery, safeEqual } from '../shared/signature';
import { deliveryScope, rememberInProcess, seenInProcess, webhookReplier } from '../shared/webhook';
import { toScoroDateTime } from './helpers/body';
import { scoroApiTest } from './methods/credentialTest';
import { deliveryKey, modifiedMs, readDelivery, TRIGGER_MODULES } from './helpers/trigger';
import { dataObject, scoroList, scoroRequest } from './transport';
import { dateRangeFilter, MODIFIED_DATE_FIELD, WEBHOOK_ACTIONS, WEBHOOK_SECRET_PARAM } from './transport/contract';

interface HookState extends IDataObject {
	/** action -> Scoro webhook id */
	webhooks?: IDataObject;
	secret?: string;
	url?: string;
}

/**
 * Starts a workflow on Scoro changes. Webhook mode subscribes on activation (one Scoro webhook per
 * chosen event) and unsubscribes on deactivation; Scoro signs nothing (contract.ts), so a delivery
 * is accepted only with the secret token the trigger put in the URL, for its own module, event and
 * webhook id, only once (de-duplicated), and the record emitted is re-read from Scoro.
 * Polling mode reads `modified_date` with the shared cursor/overlap/de-dup rules (shared/polling.ts).
 */
/** Scoro's answer for a record that does not exist (or no longer does): HTTP or body status 404. */
function isNotFound(error: unknown): boolean {
	const e = error as { code?: unknown; httpStatus?: unknown; message?: unknown };
	return (
		e?.httpStatus === 404 ||
		e?.code === '404' ||
		(typeof e?.message === 'string' && /not found|does not exist/i.test(e.message) && e?.httpStatus === undefined)
	);
}

export class ScoroTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Scoro Trigger',
		name: 'scoroTrigger',
		icon: { light: 'file:../../icons/scoro.svg', dark: 'file:../../icons/scoro.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["module"] + " (" + $parameter["mode"] + ")"}}',
		description: 'Starts the workflow when Scoro records are created, changed or deleted',
		defaults: { name: 'Scoro Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'scoroApi', required: true, testedBy: 'scoroApiTest' }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName: 'Mode',
				name: 'mode',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Webhook',
						value: 'webhook',
						description: 'Scoro calls n8n on every change (subscribed when the workflow is published)',
					},
					{
						name: 'Polling',
						value: 'polling',
						description: "Read changes on Scoro's modified date on the Poll Times schedule",
					},
				],
				default: 'webhook',
			},
			{
				displayName:
					"Scoro only accepts webhook URLs on verified domains: verify your n8n domain in Scoro first (a verification file in the site's root folder or a DNS TXT record), or publishing fails with Scoro's validation error. Poll Times are not used in this mode.",
				name: 'domainNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { mode: ['webhook'] } },
			},
			{
				displayName: 'Module',
				name: 'module',
				type: 'options',
				noDataExpression: true,
				options: Object.entries(TRIGGER_MODULES)
					.map(([value, m]) => ({ name: m.label, value }))
					.sort((a, b) => a.name.localeCompare(b.name)),
				default: 'invoices',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: [
					{ name: 'Created', value: 'create' },
					{ name: 'Deleted', value: 'delete' },
					{ name: 'Modified', value: 'modify' },
				],
				default: ['create', 'modify'],
				required: true,
				displayOptions: { show: { mode: ['webhook'] } },
			},
			{
				displayName: 'Event',
				name: 'pollEvent',
				type: 'options',
				options: [
					{ name: 'Created or Modified', value: 'changed' },
					{ name: 'Created', value: 'created' },
				],
				default: 'changed',
				displayOptions: { show: { mode: ['polling'] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Include Deleted (Polling)',
						name: 'includeDeleted',
						type: 'boolean',
						default: false,
						description: 'Whether polling also emits records deleted since the last poll',
					},
					{
						displayName: 'Look Back on First Poll (Minutes)',
						name: 'lookbackMinutes',
						type: 'number',
						default: 0,
						description: 'On the first poll, also emit changes from this many minutes back; 0 starts from now',
					},
				],
			},
		],
	};

	methods = { credentialTest: { scoroApiTest } };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				if (this.getNodeParameter('mode') !== 'webhook') return true;
				const state = this.getWorkflowStaticData('node') as HookState;
				const ids = Object.values(state.webhooks ?? {}).map(String);
				const wanted = (this.getNodeParameter('events') as string[]) ?? [];
				if (!ids.length || state.url !== this.getNodeWebhookUrl('default') || ids.length !== wanted.length)
					return false;
				try {
					const env = await scoroRequest<IDataObject[]>(this, { module: 'webhooks', action: 'list', idempotent: true });
					const live = new Set((env.data ?? []).map((w) => String(w.id)));
					return ids.every((id) => live.has(id));
				} catch (error) {
					this.logger.warn(`Scoro webhooks could not be listed, subscribing again: ${(error as Error).message}`);
					return false;
				}
			},
			async create(this: IHookFunctions): Promise<boolean> {
				if (this.getNodeParameter('mode') !== 'webhook') return true;
				const module = this.getNodeParameter('module') as string;
				const events = this.getNodeParameter('events') as string[];
				const bad = events.filter((e) => !(WEBHOOK_ACTIONS as readonly string[]).includes(e));
				if (!events.length || bad.length)
					throw new NodeApiError(
						this.getNode(),
						{},
						{ message: `Choose at least one of the events ${WEBHOOK_ACTIONS.join(', ')}` },
					);
				const state = this.getWorkflowStaticData('node') as HookState;
				// Subscriptions of an earlier activation (e.g. other events chosen since) are removed first,
				// so none is left behind in Scoro.
				for (const id of Object.values(state.webhooks ?? {})) {
					await scoroRequest(this, {
						module: 'webhooks',
						action: 'unsubscribe',
						id: String(id),
						idempotent: true,
					}).catch(() => undefined);
				}
				delete state.webhooks;
				const secret = randomBytes(24).toString('hex');
				const base = this.getNodeWebhookUrl('default') as string;
				const url = `${base}${base.includes('?') ? '&' : '?'}${WEBHOOK_SECRET_PARAM}=${secret}`;
				const created: IDataObject = {};
				try {
					for (const action of events) {
						const env = await scoroRequest<IDataObject>(this, {
							module: 'webhooks',
							action: 'subscribe',
							body: { request: { module, action, url } },
							idempotent: false,
						});
						created[action] = dataObject(env, 'webhooks/subscribe').id as string;
					}
				} catch (error) {
					// Leave nothing half-subscribed.
					for (const id of Object.values(created)) {
						await scoroRequest(this, {
							module: 'webhooks',
							action: 'unsubscribe',
							id: String(id),
							idempotent: true,
						}).catch(() => undefined);
					}
					throw toNodeError(this.getNode(), error);
				}
				state.webhooks = created;
				state.secret = secret;
				state.url = base;
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				const state = this.getWorkflowStaticData('node') as HookState;
				for (const id of Object.values(state.webhooks ?? {})) {
					try {
						await scoroRequest(this, { module: 'webhooks', action: 'unsubscribe', id: String(id), idempotent: true });
					} catch (error) {
						// Already gone in Scoro is fine; anything else is reported.
						if ((error as { code?: string }).code !== '404') throw toNodeError(this.getNode(), error);
					}
				}
				delete state.webhooks;
				delete state.secret;
				delete state.url;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const reply = webhookReplier(this);
		const state = this.getWorkflowStaticData('node') as HookState;
		if (this.getNodeParameter('mode') !== 'webhook') return { noWebhookResponse: false };
		const token = String((this.getQueryData() as IDataObject)[WEBHOOK_SECRET_PARAM] ?? '');
		if (!state.secret || !safeEqual(token, state.secret)) {
			return reply(401, { error: 'unknown sender' });
		}
		const module = this.getNodeParameter('module') as string;
		const events = this.getNodeParameter('events') as string[];
		const spec = TRIGGER_MODULES[module];
		const delivery = readDelivery(this.getBodyData(), spec.idField);
		const ours = new Set(Object.values(state.webhooks ?? {}).map(String));
		const wrong =
			(delivery.module !== undefined && delivery.module !== module) ||
			(delivery.action !== undefined && !events.includes(delivery.action)) ||
			(delivery.webhookId !== undefined && !ours.has(delivery.webhookId)) ||
			delivery.objectId === undefined;
		if (wrong) {
			// Answer 200 so Scoro does not retry something this trigger will never take.
			return reply(200, { ignored: true });
		}
		const key = deliveryKey(delivery);
		const scope = deliveryScope(this);
		if (seenInProcess(scope, key) || ((state.seenDeliveries as string[] | undefined) ?? []).includes(key)) {
			return reply(200, { duplicate: true });
		}
		const action = delivery.action ?? 'modify';
		const event = {
			module,
			action,
			objectId: delivery.objectId,
			webhookId: delivery.webhookId,
			eventId: delivery.eventId,
		};
		let record: IDataObject;
		// A record deleted between the change and this delivery: Scoro must not retry forever, and the
		// workflow learns that the record is gone (an item saying so) instead of a 500.
		const gone = (): IDataObject => ({
			[spec.idField]: Number(delivery.objectId),
			is_deleted: true,
			deleted_date: delivery.data.deleted_date ?? null,
			notFound: true,
			message: `${spec.label} ${String(delivery.objectId)} no longer exists in Scoro (deleted before this ${action} delivery was read)`,
		});
		try {
			if (action === 'delete') {
				record = {
					[spec.idField]: Number(delivery.objectId),
					is_deleted: true,
					deleted_date: delivery.data.deleted_date ?? null,
				};
			} else {
				// The record comes from Scoro itself, never from the delivery body alone.
				const read = spec.view
					? dataObject(
							await scoroRequest(this, { module, action: 'view', id: delivery.objectId!, idempotent: true }),
							`${module}/view`,
						)
					: (await scoroList(this, module, { filter: { [spec.idField]: Number(delivery.objectId) }, limit: 1 }))[0];
				record = read ?? gone();
			}
		} catch (error) {
			if (isNotFound(error)) {
				record = gone();
			} else {
				// Scoro could not be read now: 503 with the reason (no stack), so the sender retries later.
				const message = (error as { message?: string }).message ?? 'Scoro could not be read';
				return reply(503, { error: `The ${module} record could not be read from Scoro; retry later. ${message}` });
			}
		}
		// Remembered only once the record was read, so a redelivery after a failed read still runs.
		rememberDelivery(state, key);
		rememberInProcess(scope, key);
		return { workflowData: [[{ json: { ...record, scoroEvent: event } }]] };
	}

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		if (this.getNodeParameter('mode') !== 'polling') return null;
		const module = this.getNodeParameter('module') as string;
		const spec = TRIGGER_MODULES[module];
		const pollEvent = this.getNodeParameter('pollEvent', 'changed') as string;
		const options = this.getNodeParameter('options', {}) as IDataObject;
		// State per module, so switching module starts afresh.
		const all = this.getWorkflowStaticData('node');
		const state = ((all[module] as IDataObject) ??= {});
		const records = await pollChanges<IDataObject>({
			state,
			manual: this.getMode() === 'manual',
			lookbackMs: Number(options.lookbackMinutes ?? 0) * 60_000,
			fetchSince: async (sinceIso) =>
				await scoroList(this, module, {
					filter: { [MODIFIED_DATE_FIELD]: dateRangeFilter(toScoroDateTime(sinceIso, 'cursor')) as IDataObject },
					includeDeleted: options.includeDeleted === true,
				}),
			idOf: (r) => String(r[spec.idField]),
			modifiedOf: (r) => modifiedMs(r),
			isNew:
				pollEvent === 'created'
					? (r, sinceMs) => {
							const created = modifiedMs({ [MODIFIED_DATE_FIELD]: r.created_date } as IDataObject);
							// Scoro's dates have whole seconds: compare at that precision.
							return created !== undefined && created >= Math.floor(sinceMs / 1000) * 1000;
						}
					: undefined,
		});
		if (!records.length) return null;
		return [records.map((json) => ({ json: { ...json, scoroEvent: { module, action: 'poll' } } }))];
	}
}
