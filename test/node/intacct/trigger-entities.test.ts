/**
 * Sage Intacct Trigger in a multi-entity company (reference §1.7): a top-level session does not see
 * records private to an entity, so at the top level the trigger also polls every entity (listed
 * through LOCATIONENTITY) with its own cursor, and emits each record once. Runs poll() and webhook()
 * against the sandbox, which hides entity-private records from the top level as Intacct does.
 */
import type { IDataObject } from 'n8n-workflow';
import { SageIntacctApi } from '../../../credentials/SageIntacctApi.credentials';
import { SageIntacctTrigger } from '../../../nodes/SageIntacct/SageIntacctTrigger.node';
import { pollStreams } from '../../../nodes/SageIntacct/methods/trigger';
import { clearSessionCache } from '../../../nodes/SageIntacct/transport/client';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { fakeContext } from '../../helpers/fakeContext';
import { intacctCredentialData } from '../../helpers/intacct';

const trigger = new SageIntacctTrigger();
let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, clock: { now: '2026-03-01T12:00:00Z', frozen: true } });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
	await sandbox.reset('intacct');
	clearSessionCache();
});

const admin = (path: string, body: unknown) =>
	fetch(`${sandbox.url}/__admin${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
const clock = (now: string) => admin('/clock', { now, frozen: true });

function context(params: IDataObject, state: IDataObject, credentials: IDataObject = intacctCredentialData(sandbox)) {
	const base = fakeContext(new SageIntacctApi(), credentials as never);
	const response: { status?: number; body?: unknown } = {};
	const ctx = Object.assign(base, {
		getNodeParameter: (name: string, fallback?: unknown) => (name in params ? params[name] : fallback),
		getWorkflowStaticData: () => state,
		getWorkflow: () => ({ id: 'wf-entities', name: 'test', active: true }),
		getMode: () => 'trigger',
		getHeaderData: () => ({ authorization: 'Bearer tok-entities-123' }),
		getBodyData: () => ({ data: { recordNo: String(params.recordNo ?? '') } }),
		getResponseObject: () => ({
			status(code: number) {
				response.status = code;
				return { json: (b: unknown) => (response.body = b) };
			},
		}),
		helpers: { ...base.helpers, returnJsonArray: (items: IDataObject[]) => items.map((json) => ({ json })) },
	});
	return { ctx, response };
}

async function pollAt(state: IDataObject, options: IDataObject, nowIso: string, credentials?: IDataObject) {
	const real = Date.now;
	Date.now = () => Date.parse(nowIso);
	try {
		const out = await trigger.poll.call(
			context({ mode: 'poll', object: 'CUSTOMER', event: 'newOrUpdated', options }, state, credentials).ctx as never,
		);
		return out ? out[0].map((i) => String(i.json.CUSTOMERID)).sort() : [];
	} finally {
		Date.now = real;
	}
}

/** Changes one shared customer, one private to UK, one private to US, and adds one in UK. */
async function changeRecords() {
	await clock('2026-03-01T12:00:20Z');
	await admin('/records/intacct/CUSTOMER', { id: '1', fields: { NAME: 'Shared, changed' } }); // C-0001, shared
	await admin('/records/intacct/CUSTOMER', { id: '2', fields: { NAME: 'UK, changed' } }); // C-0002, private to UK
	await admin('/records/intacct/CUSTOMER', { id: '3', fields: { NAME: 'US, changed' } }); // C-0003, private to US
	await admin('/records/intacct/CUSTOMER', { fields: { CUSTOMERID: 'C-0200', NAME: 'New in UK', MEGAENTITYID: 'UK' } });
}

describe('poll() at the top level of a multi-entity company', () => {
	it('sees changes to shared and entity-private records, each once, with a cursor per entity', async () => {
		const state: IDataObject = {};
		expect(await pollAt(state, {}, '2026-03-01T12:00:00Z')).toEqual([]);
		await changeRecords();
		expect(await pollAt(state, {}, '2026-03-01T12:01:00Z')).toEqual(['C-0001', 'C-0002', 'C-0003', 'C-0200']);
		// The shared record came back from three sessions (top, UK, US) and was emitted once; nothing repeats.
		expect(await pollAt(state, {}, '2026-03-01T12:02:00Z')).toEqual([]);
		expect(Object.keys((state.multiEntity as IDataObject).cursors as IDataObject).sort()).toEqual([
			'UK',
			'US',
			'__top__',
		]);
	});

	it('"Top Level Only" watches shared records only, as the option says', async () => {
		const state: IDataObject = {};
		await pollAt(state, { entityScope: 'topOnly' }, '2026-03-01T12:00:00Z');
		await changeRecords();
		expect(await pollAt(state, { entityScope: 'topOnly' }, '2026-03-01T12:01:00Z')).toEqual(['C-0001']);
	});

	it('a trigger that polled the top level alone before keeps its cursor and now also sees private changes since then', async () => {
		const state: IDataObject = {};
		await pollAt(state, { entityScope: 'topOnly' }, '2026-03-01T12:00:00Z');
		expect(state.cursor).toBe('2026-03-01T12:00:00.000Z');
		await changeRecords();
		expect(await pollAt(state, {}, '2026-03-01T12:01:00Z')).toEqual(['C-0001', 'C-0002', 'C-0003', 'C-0200']);
	});

	it('with an entity credential (or Entity option) it polls that entity only: shared + its own', async () => {
		const state: IDataObject = {};
		const uk = intacctCredentialData(sandbox, { entityId: 'UK' });
		await pollAt(state, {}, '2026-03-01T12:00:00Z', uk);
		await changeRecords();
		expect(await pollAt(state, {}, '2026-03-01T12:01:00Z', uk)).toEqual(['C-0001', 'C-0002', 'C-0200']);
	});
});

describe('pollStreams', () => {
	it('keeps nothing when one session fails: the next poll repeats the whole window', async () => {
		const rec = (id: string, ms: number) => ({ id, ms });
		const state: IDataObject = {
			multiEntity: { cursors: { __top__: new Date(1000).toISOString(), UK: new Date(1000).toISOString() }, seen: [] },
		};
		const before = JSON.stringify(state);
		const streams = (ukFails: boolean) => [
			{ key: '__top__', fetchSince: async () => [rec('1', 2000)] },
			{
				key: 'UK',
				fetchSince: async () =>
					ukFails ? Promise.reject(new Error('UK session failed')) : [rec('2', 3000), rec('1', 2000)],
			},
		];
		const poll = (ukFails: boolean) =>
			pollStreams({
				state,
				streams: streams(ukFails),
				idOf: (r) => r.id,
				modifiedOf: (r) => r.ms,
				overlapMs: 0,
				lookbackMs: 0,
				manual: false,
				now: 5000,
			});
		await expect(poll(true)).rejects.toThrow('UK session failed');
		expect(JSON.stringify(state)).toBe(before);
		expect((await poll(false)).map((r) => r.id)).toEqual(['1', '2']);
		expect(await poll(false)).toEqual([]);
	});
});

describe('webhook() at the top level', () => {
	it('finds a record private to an entity by looking in each entity', async () => {
		// RECORDNO 5 = C-0005, private to UK: the top-level read does not return it.
		const { ctx, response } = context(
			{
				mode: 'webhook',
				object: 'CUSTOMER',
				recordPath: 'data.recordNo',
				recordKeyType: 'recordNo',
				options: {},
				recordNo: '5',
			},
			{},
			{
				...intacctCredentialData(sandbox),
				token: 'tok-entities-123',
			},
		);
		const result = await trigger.webhook.call(ctx as never);
		expect(response.status).toBe(200);
		expect(result.workflowData![0][0].json).toMatchObject({ CUSTOMERID: 'C-0005', MEGAENTITYID: 'UK' });
	});
});
