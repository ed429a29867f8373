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
import { NodeConnectionTypes, UserError } from 'n8n-workflow';
import { DateTime } from 'luxon';
import { pollChanges } from '../shared/polling';
import { rememberDelivery, safeEqual } from '../shared/signature';
import { deliveryScope, rememberInProcess, seenInProcess } from '../shared/webhook';
import { webhookReplier } from '../shared/webhook';
import { entityOption } from './descriptions/common';
import { atTopLevel, entityChoice, listEntities } from './helpers/entity';
import {
	createdFieldOf,
	DEFAULT_INTACCT_TIME_ZONE,
	WEBHOOK_DEFAULT_OBJECT_PATH,
	WEBHOOK_DEFAULT_RECORD_PATH,
	WEBHOOK_IDEMPOTENCY_HEADERS,
} from './transport/assumptions';
import { sageIntacctApiTest } from './methods/credentialTest';
import { sageIntacctWebhookTokenTest } from './methods/webhookTokenTest';
import { IntacctClient } from './transport/client';
import { escapeQueryValue } from './transport/xml';
import {
	fromIntacctTime,
	objectOf,
	POLL_PAGE_SIZE,
	pollStreams,
	TOP_LEVEL_STREAM,
	toIntacctTime,
	valueAt,
} from './methods/trigger';
import type { EntityChoice } from './transport/client';

/** Objects offered in the trigger; "Other" takes any object name. */
const OBJECTS = [
	{ name: 'AP Bill', value: 'APBILL' },
	{ name: 'AP Payment', value: 'APPYMT' },
	{ name: 'AR Adjustment', value: 'ARADJUSTMENT' },
	{ name: 'AR Invoice', value: 'ARINVOICE' },
	{ name: 'AR Payment', value: 'ARPYMT' },
	{ name: 'Class', value: 'CLASS' },
	{ name: 'Contact', value: 'CONTACT' },
	{ name: 'Customer', value: 'CUSTOMER' },
	{ name: 'Department', value: 'DEPARTMENT' },
	{ name: 'GL Account', value: 'GLACCOUNT' },
	{ name: 'Item', value: 'ITEM' },
	{ name: 'Journal Entry', value: 'GLBATCH' },
	{ name: 'Location', value: 'LOCATION' },
	{ name: 'Order Entry Transaction', value: 'SODOCUMENT' },
	{ name: 'Other (Enter Name)', value: '__other__' },
	{ name: 'Project', value: 'PROJECT' },
	{ name: 'Vendor', value: 'VENDOR' },
];

export class SageIntacctTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Sage Intacct Trigger',
		name: 'sageIntacctTrigger',
		icon: { light: 'file:../../icons/sageIntacct.svg', dark: 'file:../../icons/sageIntacct.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["mode"] === "webhook" ? "Webhook" : "Polling " + $parameter["object"]}}',
		description:
			'Starts the workflow when Sage Intacct records change: polling on WHENMODIFIED (at the top level: the top level and every entity), or an Intacct-side HTTP post',
		defaults: { name: 'Sage Intacct Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'sageIntacctApi', required: true, testedBy: 'sageIntacctApiTest' },
			{
				name: 'sageIntacctWebhookApi',
				required: true,
				testedBy: 'sageIntacctWebhookTokenTest',
				displayOptions: { show: { mode: ['webhook'] } },
			},
		],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName: 'Trigger On',
				name: 'mode',
				type: 'options',
				options: [
					{
						name: 'Polling (WHENMODIFIED)',
						value: 'poll',
						description: 'Check for new or changed records on the poll schedule',
					},
					{
						name: 'Webhook From Intacct',
						value: 'webhook',
						description: "A Platform Trigger (webhook delivery) or Smart Event HTTP post to this node's URL",
					},
				],
				default: 'poll',
			},
			{
				displayName:
					'The poll schedule below is used in Polling mode only. In Webhook mode, point the Intacct trigger at the production URL of this node.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Object',
				name: 'object',
				type: 'options',
				options: OBJECTS,
				default: 'CUSTOMER',
				description: 'The Sage Intacct object to watch (webhook mode: whose record the post names)',
			},
			{
				displayName: 'Object Name',
				name: 'otherObject',
				type: 'string',
				default: '',
				placeholder: 'ARADVANCE',
				displayOptions: { show: { object: ['__other__'] } },
			},
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				options: [
					{ name: 'New Records', value: 'new' },
					{ name: 'New and Updated Records', value: 'newOrUpdated' },
				],
				default: 'newOrUpdated',
				displayOptions: { show: { mode: ['poll'] } },
			},
			{
				displayName: 'Record Key Path',
				name: 'recordPath',
				type: 'string',
				default: WEBHOOK_DEFAULT_RECORD_PATH,
				description: 'Where the post body holds the record key (dot path), as configured in the Intacct trigger body',
				displayOptions: { show: { mode: ['webhook'] } },
			},
			{
				displayName: 'Record Key Is',
				name: 'recordKeyType',
				type: 'options',
				options: [
					{ name: 'Record Number (RECORDNO)', value: 'recordNo' },
					{ name: 'ID or Name (ReadByName)', value: 'id' },
				],
				default: 'recordNo',
				displayOptions: { show: { mode: ['webhook'] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					entityOption,
					{
						displayName: 'Entities Polled at Top Level',
						name: 'entityScope',
						type: 'options',
						options: [
							{
								name: 'Top Level and Every Entity',
								value: 'all',
								description:
									'Also poll each entity in its own session, so changes to records private to an entity are seen',
							},
							{
								name: 'Top Level Only (Shared Records)',
								value: 'topOnly',
								description:
									'One session at the top level: records private to an entity are NOT seen (Sage Intacct hides them from the top level)',
							},
						],
						default: 'all',
						description:
							'When the trigger works at the top level of a multi-entity company. A top-level session sees only records shared at the top level, never those private to an entity; by default the trigger lists the entities (LOCATIONENTITY) and also polls each one with its own cursor, emitting each record once. In webhook mode, a record not found at the top level is looked up in each entity.',
						displayOptions: { show: { '/mode': ['poll'] } },
					},
					{
						displayName: 'Fetch Full Record',
						name: 'fetchRecord',
						type: 'boolean',
						default: true,
						description:
							'Whether to read the whole record named by the post (webhook mode); otherwise output the post body',
						displayOptions: { show: { '/mode': ['webhook'] } },
					},
					{
						displayName: 'Fields',
						name: 'fields',
						type: 'string',
						default: '*',
						description: 'Comma-separated fields to return, or * for all',
					},
					{
						displayName: 'First-Run Look-Back (Minutes)',
						name: 'lookbackMinutes',
						type: 'number',
						default: 0,
						typeOptions: { minValue: 0 },
						description:
							'On the first poll, also emit records changed this many minutes before activation (0 = only changes from now on)',
						displayOptions: { show: { '/mode': ['poll'] } },
					},
					{
						displayName: 'Intacct Time Zone',
						name: 'timeZone',
						type: 'string',
						default: DEFAULT_INTACCT_TIME_ZONE,
						description: "IANA zone of the company's WHENMODIFIED timestamps (Intacct timestamps carry no zone)",
						displayOptions: { show: { '/mode': ['poll'] } },
					},
					{
						displayName: 'Object Path in Body',
						name: 'objectPath',
						type: 'string',
						default: WEBHOOK_DEFAULT_OBJECT_PATH,
						description: 'Where the post body names the object; when present it must match the chosen object',
						displayOptions: { show: { '/mode': ['webhook'] } },
					},
					{
						displayName: 'Overlap (Seconds)',
						name: 'overlapSeconds',
						type: 'number',
						default: 60,
						typeOptions: { minValue: 0 },
						description:
							'Each poll re-reads this window before the last change seen, so late commits are not missed; duplicates are dropped',
						displayOptions: { show: { '/mode': ['poll'] } },
					},
					{
						displayName: 'Query',
						name: 'query',
						type: 'string',
						default: '',
						placeholder: "STATUS = 'active'",
						description: 'An extra readByQuery condition, combined by AND',
						displayOptions: { show: { '/mode': ['poll'] } },
					},
				],
			},
		],
	};

	methods = { credentialTest: { sageIntacctApiTest, sageIntacctWebhookTokenTest } };

	/**
	 * Intacct-side posts are configured in Sage Intacct (a Platform Trigger with webhook delivery or a
	 * Smart Event HTTP post pointing at this node's production URL); there is nothing to register
	 * through the API, so the lifecycle methods only report the webhook as present.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		if (this.getNodeParameter('mode', 'poll') !== 'poll') return null;
		const object = objectOf(this.getNodeParameter('object'), this.getNodeParameter('otherObject', ''));
		const event = this.getNodeParameter('event', 'newOrUpdated') as string;
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const zone = String(options.timeZone || DEFAULT_INTACCT_TIME_ZONE);
		if (!DateTime.now().setZone(zone).isValid)
			throw new UserError(`"${zone}" is not an IANA time zone (e.g. America/New_York).`);
		const overlapMs = Math.max(0, Number(options.overlapSeconds ?? 60)) * 1000;
		const createdField = createdFieldOf(object);
		const wanted = String(options.fields || '*').trim();
		// The cursor needs RECORDNO and WHENMODIFIED (and the creation time for "new only").
		const fields =
			wanted === '*'
				? '*'
				: [...new Set([...wanted.split(',').map((f) => f.trim()), 'RECORDNO', 'WHENMODIFIED', createdField])].join(',');
		const extra = String(options.query ?? '').trim();
		const client = new IntacctClient(this);
		const state = this.getWorkflowStaticData('node');

		const entity = entityChoice(options.entity);
		const fetchSince = (sessionEntity: EntityChoice) => async (sinceIso: string) =>
			(await client.readByQuery({
				object,
				fields,
				query: [`WHENMODIFIED >= '${escapeQueryValue(toIntacctTime(sinceIso, zone))}'`, extra ? `(${extra})` : '']
					.filter(Boolean)
					.join(' AND '),
				pageSize: POLL_PAGE_SIZE,
				entity: sessionEntity,
			})) as IDataObject[];
		const common = {
			state,
			overlapMs,
			lookbackMs: Math.max(0, Number(options.lookbackMinutes ?? 0)) * 60_000,
			manual: this.getMode() === 'manual',
			idOf: (r: IDataObject) => String(r.RECORDNO ?? ''),
			isNew:
				event === 'new'
					? (r: IDataObject, cursorMs: number) => (fromIntacctTime(r[createdField], zone) ?? 0) >= cursorMs - overlapMs
					: undefined,
		};
		// Reference §1.7: a top-level session does not see records private to an entity. Unless told to
		// watch shared records only, poll the top level and each entity, each with its own cursor.
		const everyEntity = options.entityScope !== 'topOnly' && (await atTopLevel(this, entity));
		const records = everyEntity
			? await pollStreams<IDataObject>({
					...common,
					modifiedOf: (r) => fromIntacctTime(r.WHENMODIFIED, zone),
					streams: [
						{ key: TOP_LEVEL_STREAM, fetchSince: fetchSince('') },
						...(await listEntities(client)).map((id) => ({ key: id, fetchSince: fetchSince(id) })),
					],
				})
			: await pollChanges<IDataObject>({
					...common,
					fetchSince: fetchSince(entity),
					modifiedOf: (r) => fromIntacctTime(r.WHENMODIFIED, zone),
				});
		if (records.length === 0) return null;
		return [this.helpers.returnJsonArray(records)];
	}

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const res = this.getResponseObject();
		const reply = webhookReplier(this);
		if (this.getNodeParameter('mode', 'poll') !== 'webhook')
			return reply(404, { error: 'This trigger polls; its webhook is off.' });

		// Reference 6.2: deliveries carry "Authorization: Bearer <token>".
		const expected = String((await this.getCredentials('sageIntacctWebhookApi')).token ?? '');
		const header = String(this.getHeaderData().authorization ?? '');
		const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '';
		if (!expected || !safeEqual(token, expected)) return reply(401, { error: 'Unauthorized' });

		const headers = this.getHeaderData() as IDataObject;
		const deliveryKey = WEBHOOK_IDEMPOTENCY_HEADERS.map((h) => headers[h]).find(
			(v) => typeof v === 'string' && v !== '',
		) as string | undefined;
		const state = this.getWorkflowStaticData('node');
		const seen = Array.isArray(state.seenDeliveries) ? (state.seenDeliveries as string[]) : [];
		// Retries repeat the same key (reference 6.2): answer 200 so Intacct stops, start nothing.
		// n8n 2.41 serves live webhooks from a cached workflow, so static data alone can miss a retry:
		// the in-process memory (nodes/shared/webhook.ts) catches those.
		const scope = deliveryScope(this);
		if (deliveryKey && (seen.includes(deliveryKey) || seenInProcess(scope, deliveryKey))) {
			return reply(200, { received: true, duplicate: true });
		}

		const body = this.getBodyData();
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const object = objectOf(this.getNodeParameter('object'), this.getNodeParameter('otherObject', ''));
		const postedObject = valueAt(body, String(options.objectPath ?? WEBHOOK_DEFAULT_OBJECT_PATH));
		if (typeof postedObject === 'string' && postedObject && postedObject.toUpperCase() !== object) {
			return reply(422, { error: `This trigger watches ${object}; the post names ${postedObject}.` });
		}
		const keyPath = String(this.getNodeParameter('recordPath', WEBHOOK_DEFAULT_RECORD_PATH));
		const key = valueAt(body, keyPath);
		const meta: IDataObject = {
			object,
			key: key === undefined ? null : String(key),
			idempotencyKey: deliveryKey ?? null,
		};

		let json: IDataObject = { ...body, _intacct: meta };
		if (options.fetchRecord !== false) {
			if (key === undefined || key === null || String(key).trim() === '') {
				return reply(422, { error: `The post has no record key at "${keyPath}".` });
			}
			const byName = this.getNodeParameter('recordKeyType', 'recordNo') === 'id';
			try {
				const client = new IntacctClient(this);
				const entity = entityChoice(options.entity);
				const readIn = async (sessionEntity: EntityChoice) =>
					(
						await client.runOne(
							{
								controlId: 'trigger-read',
								body: {
									[byName ? 'readByName' : 'read']: {
										object,
										keys: String(key),
										fields: String(options.fields || '*'),
										returnFormat: 'xml',
									},
								},
							},
							{ entity: sessionEntity, readOnly: true },
						)
					).records[0] as IDataObject | undefined;
				let record = await readIn(entity);
				// Reference §1.7: the top level does not see entity-private records; look in each entity.
				if (!record && (await atTopLevel(this, entity))) {
					for (const id of await listEntities(client)) {
						record = await readIn(id);
						if (record) break;
					}
				}
				if (!record) return reply(404, { error: `No ${object} record ${String(key)} was found.` });
				json = { ...record, _intacct: meta };
			} catch (error) {
				// Not remembered: Intacct retries on 5xx (reference 6.2), and the retry may succeed.
				return reply(502, { error: `Could not read the record from Sage Intacct: ${(error as Error).message}` });
			}
		}
		if (deliveryKey) {
			rememberDelivery(state, deliveryKey);
			rememberInProcess(scope, deliveryKey);
		}
		res.status(200).json({ received: true });
		return { noWebhookResponse: true, workflowData: [this.helpers.returnJsonArray([json])] };
	}
}
