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
		subtitle: '={{$parameter["mode"] === "polling" ? "Polling: " + $parameter["watch"] : ($parameter["events"] || []).join(", ")}}',
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
						description: 'OfficeRnD calls n8n at once; needs a URL OfficeRnD can reach. Registered on publish, removed on unpublish. Poll Times is not used.',
					},
					{ name: 'Polling', value: 'polling', description: 'Asks OfficeRnD for changes on a schedule (for n8n instances OfficeRnD cannot reach)' },
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
				description: 'OfficeRnD events that start the workflow. Invoice events cover credit notes and overpayments too.',
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
				description: 'On the first poll after publishing, also emit records changed this many hours before; 0 starts from now',
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
				const res = await apiRequestFull<IDataObject>(this, { method: 'GET', path: PATHS.webhook(data.webhookId), scope: 'flex.settings.webhooks.read' }).catch((error: unknown) => {
					if ((error as { httpStatus?: number }).httpStatus === 404) return undefined;
					throw toNodeError(this.getNode(), error);
				});
				const events = [...(this.getNodeParameter('events', []) as string[])].sort();
				const registered = [...((res?.body.eventTypes as string[] | undefined) ?? [])].sort();
				if (res && res.body.url === this.getNodeWebhookUrl('default') && JSON.stringify(events) === JSON.stringify(registered)) return true;
				// Gone, or registered for other events/URL: a fresh registration replaces it.
				if (res) await apiRequest(this, { method: 'DELETE', path: PATHS.webhook(data.webhookId), scope: 'flex.settings.webhooks.delete' });
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
					created = await apiRequest(this, {
						method: 'POST',
						path: PATHS.webhooks,
						body: { url: this.getNodeWebhookUrl('default'), eventTypes: events, description: `n8n: ${this.getWorkflow().name ?? this.getWorkflow().id}` },
						scope: 'flex.settings.webhooks.create',
					});
				} catch (error) {
					throw toNodeError(this.getNode(), error);
				}
				if (typeof created[ID_FIELD] !== 'string' || typeof created.secret !== 'string') {
					throw new NodeApiError(this.getNode(), { message: 'OfficeRnD did not return the webhook id and secret' } as JsonObject);
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
						await apiRequest(this, { method: 'DELETE', path: PATHS.webhook(data.webhookId), scope: 'flex.settings.webhooks.delete' });
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
		if (this.getNodeParameter('mode', 'webhook') !== 'webhook') return answer(404, { message: 'This trigger polls; it takes no webhooks' });
		const data = this.getWorkflowStaticData('node');
		const raw = (req as unknown as { rawBody?: Buffer }).rawBody ?? Buffer.from(JSON.stringify(req.body ?? {}));
		const check = verifySignature(req.headers[SIGNATURE_HEADER], raw, typeof data.webhookSecret === 'string' ? data.webhookSecret : undefined);
		// 401 without starting the workflow; the reason is safe to tell (it names no secret).
		if (!check.ok) return answer(401, { message: `Signature check failed: ${check.reason}` });

		const body = this.getBodyData() as IDataObject;
		const eventType = String(body.eventType ?? '');
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
					await apiList(this, watch.path, { [`${MODIFIED_FIELD}[$gte]`]: since, $sort: JSON.stringify({ [MODIFIED_FIELD]: 'asc' }) }),
				idOf: (r) => String(r[ID_FIELD]),
				modifiedOf: (r) => r[MODIFIED_FIELD] as string | undefined,
			});
			return records.length ? [records.map((json) => ({ json }))] : null;
		} catch (error) {
			throw toNodeError(this.getNode(), error);
		}
	}
}
