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
import { NodeApiError, NodeConnectionTypes, NodeOperationError, type JsonObject } from 'n8n-workflow';
import { toNodeError } from '../shared/errors';
import { pollChanges } from '../shared/polling';
import { rememberDelivery } from '../shared/signature';
import { deliveryScope, rememberInProcess, webhookReplier } from '../shared/webhook';
import { enumOptions } from './descriptions/common';
import { apiList, apiRequest, apiRequestFull } from './transport/client';
import { ID_FIELD, MODIFIED_FIELD, PATHS, SIGNATURE_HEADER, WEBHOOK_EVENTS, deliveryKey } from './transport/contract';
import { verifySignature } from './transport/signature';
import { createRecord } from './transport/confirm';

/** The raw request bytes n8n kept for the webhook; a re-serialised parsed body only when there are none. */
function rawBodyOf(req: { rawBody?: unknown; body?: unknown }): Buffer {
	if (Buffer.isBuffer(req.rawBody)) return req.rawBody;
	if (typeof req.rawBody === 'string') return Buffer.from(req.rawBody, 'utf8');
	if (
		req.body === undefined ||
		req.body === null ||
		(typeof req.body === 'object' && Object.keys(req.body).length === 0)
	)
		return Buffer.alloc(0);
	return Buffer.from(typeof req.body === 'string' ? req.body : JSON.stringify(req.body), 'utf8');
}

type DeliveryRead = { ok: true; body: IDataObject } | { ok: false; status: 400 | 422; reason: string };

/**
 * A delivery body as the reference shows it (§4.3): `{ eventType: string, data: { object: {...} } }`.
 * Anything else is refused with a reason (400: not JSON; 422: JSON of the wrong shape).
 */
function readDelivery(raw: Buffer): DeliveryRead {
	const text = raw.toString('utf8').replace(/^\uFEFF/, '');
	if (text.trim() === '')
		return {
			ok: false,
			status: 400,
			reason: 'Empty body: an OfficeRnD delivery is a JSON object {"eventType", "data": {"object"}}',
		};
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return {
			ok: false,
			status: 400,
			reason: 'The body is not JSON: an OfficeRnD delivery is a JSON object {"eventType", "data": {"object"}}',
		};
	}
	if (!value || typeof value !== 'object' || Array.isArray(value))
		return { ok: false, status: 422, reason: 'The body must be a JSON object, not an array or a single value' };
	const body = value as IDataObject;
	if (typeof body.eventType !== 'string' || body.eventType.trim() === '')
		return { ok: false, status: 422, reason: '"eventType" is missing or not a string' };
	if (body.data !== undefined && (body.data === null || typeof body.data !== 'object' || Array.isArray(body.data))) {
		return { ok: false, status: 422, reason: '"data" must be an object holding the changed record in "data.object"' };
	}
	const object = (body.data as IDataObject | undefined)?.object;
	if (object !== undefined && (object === null || typeof object !== 'object' || Array.isArray(object))) {
		return { ok: false, status: 422, reason: '"data.object" must be the changed record (an object)' };
	}
	return { ok: true, body };
}

/** What polling mode can watch, by modifiedAt (reference §3.3: the incremental-sync idiom). */
const WATCHABLE: Record<string, { path: string; label: string }> = {
	billingDocument: { path: PATHS.payments, label: 'Billing Documents (Invoices, Credit Notes, Overpayments)' },
	charge: { path: PATHS.charges, label: 'Charges' },
	company: { path: PATHS.companies, label: 'Companies' },
	fee: { path: PATHS.fees, label: 'Fees' },
	member: { path: PATHS.members, label: 'Members' },
	membership: { path: PATHS.memberships, label: 'Memberships' },
};

export class OfficeRndTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'OfficeRnD Trigger',
		name: 'officeRndTrigger',
		icon: { light: 'file:../../icons/officeRnd.svg', dark: 'file:../../icons/officeRnd.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{$parameter["mode"] === "polling" ? "Polling: " + $parameter["watch"] : ($parameter["events"] || []).join(", ")}}',
		description: 'Starts the workflow when OfficeRnD records change: signed webhooks, or polling on modifiedAt',
		defaults: { name: 'OfficeRnD Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'officeRndOAuth2Api', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName: 'Mode',
				name: 'mode',
				type: 'options',
				options: [
					{
						name: 'Webhook',
						value: 'webhook',
						description:
							'OfficeRnD calls n8n at once; needs a URL OfficeRnD can reach. Registered on publish, removed on unpublish. Poll Times is not used.',
					},
					{
						name: 'Polling',
						value: 'polling',
						description: 'Asks OfficeRnD for changes on a schedule (for n8n instances OfficeRnD cannot reach)',
					},
				],
				default: 'webhook',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: enumOptions(WEBHOOK_EVENTS, Object.fromEntries(WEBHOOK_EVENTS.map((e) => [e, e]))),
				default: ['invoice.created', 'invoice.updated'],
				required: true,
				description:
					'OfficeRnD events that start the workflow. Invoice events cover credit notes and overpayments too.',
				displayOptions: { show: { mode: ['webhook'] } },
			},
			{
				displayName: 'Watch',
				name: 'watch',
				type: 'options',
				options: Object.entries(WATCHABLE).map(([value, w]) => ({ name: w.label, value })),
				default: 'billingDocument',
				description: 'Which records to poll for changes',
				displayOptions: { show: { mode: ['polling'] } },
			},
			{
				displayName: 'Look Back on First Poll (Hours)',
				name: 'lookbackHours',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description:
					'On the first poll after publishing, also emit records changed this many hours before; 0 starts from now',
				displayOptions: { show: { mode: ['polling'] } },
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				if (this.getNodeParameter('mode', 'webhook') !== 'webhook') return true;
				const data = this.getWorkflowStaticData('node');
				if (typeof data.webhookId !== 'string' || typeof data.webhookSecret !== 'string') return false;
				const res = await apiRequestFull<IDataObject>(this, {
					method: 'GET',
					path: PATHS.webhook(data.webhookId),
					scope: 'flex.settings.webhooks.read',
				}).catch((error: unknown) => {
					if ((error as { httpStatus?: number }).httpStatus === 404) return undefined;
					throw toNodeError(this.getNode(), error);
				});
				const events = [...(this.getNodeParameter('events', []) as string[])].sort();
				const registered = [...((res?.body.eventTypes as string[] | undefined) ?? [])].sort();
				if (
					res &&
					res.body.url === this.getNodeWebhookUrl('default') &&
					JSON.stringify(events) === JSON.stringify(registered)
				)
					return true;
				// Gone, or registered for other events/URL: a fresh registration replaces it.
				if (res)
					await apiRequest(this, {
						method: 'DELETE',
						path: PATHS.webhook(data.webhookId),
						scope: 'flex.settings.webhooks.delete',
					});
				delete data.webhookId;
				delete data.webhookSecret;
				return false;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				if (this.getNodeParameter('mode', 'webhook') !== 'webhook') return true;
				const events = this.getNodeParameter('events', []) as string[];
				if (!events.length) throw new NodeOperationError(this.getNode(), 'Choose at least one event');
				let created: IDataObject;
				try {
					// A lost answer is confirmed by the webhook's URL before registering again (no second subscription).
					created = await createRecord(
						this,
						PATHS.webhooks,
						{
							url: this.getNodeWebhookUrl('default'),
							eventTypes: events,
							description: `n8n: ${this.getWorkflow().name ?? this.getWorkflow().id}`,
						},
						'flex.settings.webhooks',
					);
				} catch (error) {
					throw toNodeError(this.getNode(), error);
				}
				if (typeof created[ID_FIELD] !== 'string' || typeof created.secret !== 'string') {
					throw new NodeApiError(this.getNode(), {
						message: 'OfficeRnD did not return the webhook id and secret',
					} as JsonObject);
				}
				const data = this.getWorkflowStaticData('node');
				data.webhookId = created[ID_FIELD];
				// Needed to check signatures; kept in the workflow's static data like other n8n triggers do.
				data.webhookSecret = created.secret;
				data.seenDeliveries = [];
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node');
				if (typeof data.webhookId === 'string') {
					try {
						await apiRequest(this, {
							method: 'DELETE',
							path: PATHS.webhook(data.webhookId),
							scope: 'flex.settings.webhooks.delete',
						});
					} catch (error) {
						// Already removed in OfficeRnD: nothing left to clean up.
						if ((error as { httpStatus?: number }).httpStatus !== 404) return false;
					}
				}
				delete data.webhookId;
				delete data.webhookSecret;
				delete data.seenDeliveries;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const req = this.getRequestObject();
		const answer = webhookReplier(this);
		if (this.getNodeParameter('mode', 'webhook') !== 'webhook')
			return answer(404, { message: 'This trigger polls; it takes no webhooks' });
		const data = this.getWorkflowStaticData('node');
		const raw = rawBodyOf(req as unknown as { rawBody?: unknown; body?: unknown });
		const check = verifySignature(
			req.headers[SIGNATURE_HEADER],
			raw,
			typeof data.webhookSecret === 'string' ? data.webhookSecret : undefined,
		);
		// 401 without starting the workflow; the reason is safe to tell (it names no secret).
		if (!check.ok) return answer(401, { message: `Signature check failed: ${check.reason}` });

		// The signed bytes are the delivery: parsed here whatever the content type said (text/plain,
		// application/*+json ...), so a valid delivery is never dropped and a bad one is a 4xx, never a 500.
		const parsed = readDelivery(raw);
		if (!parsed.ok) return answer(parsed.status, { message: parsed.reason });
		const body = parsed.body;
		const eventType = String(body.eventType);
		const events = this.getNodeParameter('events', []) as string[];
		if (!events.includes(eventType)) return answer(200, { ignored: true, reason: `event ${eventType} not selected` });
		const object = (body.data as IDataObject | undefined)?.object as IDataObject | undefined;
		const key = deliveryKey(eventType, object, check.signature);
		const fresh = rememberDelivery(data, key) && rememberInProcess(deliveryScope(this), key, 500);
		if (!fresh) return answer(200, { duplicate: true });
		return { workflowData: [[{ json: body }]] };
	}

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		if (this.getNodeParameter('mode', 'webhook') !== 'polling') return null;
		const watch = WATCHABLE[this.getNodeParameter('watch', 'billingDocument') as string] ?? WATCHABLE.billingDocument;
		const lookbackHours = Number(this.getNodeParameter('lookbackHours', 0));
		const state = this.getWorkflowStaticData('node');
		try {
			if (this.getMode() === 'manual') {
				// "Fetch test event": the latest change, whatever its age, without moving the cursor.
				const latest = await apiList(this, watch.path, { $sort: JSON.stringify({ [MODIFIED_FIELD]: 'desc' }) }, 1);
				return latest.length ? [latest.map((json) => ({ json }))] : null;
			}
			const records = await pollChanges<IDataObject>({
				state,
				lookbackMs: lookbackHours > 0 ? lookbackHours * 3_600_000 : undefined,
				fetchSince: async (since) =>
					await apiList(this, watch.path, {
						[`${MODIFIED_FIELD}[$gte]`]: since,
						$sort: JSON.stringify({ [MODIFIED_FIELD]: 'asc' }),
					}),
				idOf: (r) => String(r[ID_FIELD]),
				modifiedOf: (r) => r[MODIFIED_FIELD] as string | undefined,
			});
			return records.length ? [records.map((json) => ({ json }))] : null;
		} catch (error) {
			throw toNodeError(this.getNode(), error);
		}
	}
}
