/**
 * Sage Intacct Trigger, poll() and webhook() with a minimal n8n context: the gateway is nock (exact
 * requests) or the sandbox with a frozen clock (behaviour over several polls).
 */
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { SageIntacctApi } from '../../../credentials/SageIntacctApi.credentials';
import { SageIntacctTrigger } from '../../../nodes/SageIntacct/SageIntacctTrigger.node';
import { fromIntacctTime, toIntacctTime, valueAt } from '../../../nodes/SageIntacct/methods/trigger';
import { sageIntacctWebhookTokenTest } from '../../../nodes/SageIntacct/methods/webhookTokenTest';
import { clearSessionCache } from '../../../nodes/SageIntacct/transport/client';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { fakeContext } from '../../helpers/fakeContext';
import { intacctCredentialData } from '../../helpers/intacct';

const trigger = new SageIntacctTrigger();

function pollContext(credentials: IDataObject, params: IDataObject, state: IDataObject, mode = 'trigger') {
	const base = fakeContext(new SageIntacctApi(), credentials as never);
	return Object.assign(base, {
		getNodeParameter: (name: string, fallback?: unknown) => (name in params ? params[name] : fallback),
		getWorkflowStaticData: () => state,
		getMode: () => mode,
		helpers: { ...base.helpers, returnJsonArray: (items: IDataObject[]) => items.map((json) => ({ json })) },
	});
}

// One workflow per static-data object, so the trigger's in-process delivery memory is scoped like
// one published workflow's (the same state = the same workflow).
const workflowIds = new WeakMap<IDataObject, string>();
const workflowIdOf = (state: IDataObject) => {
	if (!workflowIds.has(state)) workflowIds.set(state, `wf-${Math.random().toString(36).slice(2)}`);
	return workflowIds.get(state)!;
};

function webhookContext(
	credentials: IDataObject,
	params: IDataObject,
	state: IDataObject,
	req: { headers: IDataObject; body: IDataObject },
) {
	const base = fakeContext(new SageIntacctApi(), credentials as never);
	const response: { status?: number; body?: unknown } = {};
	const ctx = Object.assign(base, {
		getNodeParameter: (name: string, fallback?: unknown) => (name in params ? params[name] : fallback),
		getWorkflowStaticData: () => state,
		getWorkflow: () => ({ id: workflowIdOf(state), name: 'test', active: true }),
		getHeaderData: () => req.headers,
		getBodyData: () => req.body,
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

describe('time conversion and body paths', () => {
	it('writes and reads Intacct timestamps in the chosen zone', () => {
		expect(toIntacctTime('2026-03-01T12:00:00.000Z', 'UTC')).toBe('03/01/2026 12:00:00');
		expect(toIntacctTime('2026-03-01T12:00:00.000Z', 'America/Los_Angeles')).toBe('03/01/2026 04:00:00');
		expect(fromIntacctTime('03/01/2026 04:00:00', 'America/Los_Angeles')).toBe(Date.parse('2026-03-01T12:00:00Z'));
		expect(fromIntacctTime('', 'UTC')).toBeUndefined();
		expect(valueAt({ data: { record: { no: 7 } } }, 'data.record.no')).toBe(7);
		expect(valueAt({ a: 1 }, 'b.c')).toBeUndefined();
	});
});

describe('poll() against nock: the exact readByQuery and readMore paging', () => {
	const GW = 'https://gw.intacct.test';
	const creds = {
		senderId: 's',
		senderPassword: 'sp-secret',
		userId: 'u',
		companyId: 'co',
		userPassword: 'up-secret',
		entityId: '',
		endpointUrl: `${GW}/ia/xml/xmlgw.phtml`,
	};
	const ok = (inner: string) =>
		`<?xml version="1.0"?><response><control><status>success</status></control><operation><authentication><status>success</status><sessiontimeout>2099-01-01T00:00:00+00:00</sessiontimeout></authentication>${inner}</operation></response>`;
	const session = ok(
		`<result><status>success</status><function>getAPISession</function><controlid>getAPISession</controlid><data><api><sessionid>S1</sessionid><endpoint>${GW}/ia/xml/xmlgw.phtml</endpoint><locationid></locationid></api></data></result>`,
	);
	const page = (fn: string, records: Array<[string, string]>, remaining: number, resultId: string, total = 3) =>
		ok(
			`<result><status>success</status><function>${fn}</function><controlid>${fn}-CUSTOMER</controlid><data listtype="CUSTOMER" count="${records.length}" totalcount="${total}" numremaining="${remaining}" resultId="${resultId}">${records
				.map(
					([no, mod]) =>
						`<CUSTOMER><RECORDNO>${no}</RECORDNO><WHENMODIFIED>${mod}</WHENMODIFIED><WHENCREATED>01/01/2026 00:00:00</WHENCREATED></CUSTOMER>`,
				)
				.join('')}</data></result>`,
		);
	beforeEach(() => {
		clearSessionCache();
		nock.disableNetConnect();
	});
	afterEach(() => {
		nock.cleanAll();
		nock.enableNetConnect();
	});

	it('queries WHENMODIFIED from cursor minus overlap in pages of 1000, follows readMore, and moves the cursor', async () => {
		const bodies: string[] = [];
		nock(GW)
			.post('/ia/xml/xmlgw.phtml', (b) => (bodies.push(b), true))
			.reply(200, session)
			.post('/ia/xml/xmlgw.phtml', (b) => (bodies.push(b), true))
			.reply(
				200,
				page(
					'readByQuery',
					[
						['1', '03/01/2026 10:00:30'],
						['2', '03/01/2026 10:01:00'],
					],
					1,
					'RS1',
				),
			)
			.post('/ia/xml/xmlgw.phtml', (b) => (bodies.push(b), true))
			.reply(200, page('readMore', [['3', '03/01/2026 10:02:00']], 0, ''));
		const state: IDataObject = { cursor: '2026-03-01T10:00:00.000Z', seen: [] };
		const out = await trigger.poll.call(
			pollContext(
				creds,
				{
					mode: 'poll',
					object: 'CUSTOMER',
					event: 'newOrUpdated',
					options: { fields: 'NAME', overlapSeconds: 30, entityScope: 'topOnly' },
				},
				state,
			) as never,
		);
		expect(out![0].map((i) => i.json.RECORDNO)).toEqual(['1', '2', '3']);
		expect(bodies[1]).toContain('<query>WHENMODIFIED &gt;= &apos;03/01/2026 09:59:30&apos;</query>');
		expect(bodies[1]).toContain('<pagesize>1000</pagesize>');
		expect(bodies[1]).toContain('<fields>NAME,RECORDNO,WHENMODIFIED,WHENCREATED</fields>');
		expect(bodies[2]).toContain('<readMore><resultId>RS1</resultId></readMore>');
		expect(state.cursor).toBe('2026-03-01T10:02:00.000Z');
	});

	it('emits nothing twice inside the overlap window, and a later change of the same record again', async () => {
		const state: IDataObject = {
			cursor: '2026-03-01T10:00:00.000Z',
			seen: ['1@' + Date.parse('2026-03-01T09:59:50Z')],
		};
		nock(GW)
			.post('/ia/xml/xmlgw.phtml')
			.reply(200, session)
			.post('/ia/xml/xmlgw.phtml')
			.reply(
				200,
				page(
					'readByQuery',
					[
						['1', '03/01/2026 09:59:50'],
						['1', '03/01/2026 10:00:10'],
					],
					0,
					'',
					2,
				),
			);
		const out = await trigger.poll.call(
			pollContext(creds, { mode: 'poll', object: 'CUSTOMER', options: { entityScope: 'topOnly' } }, state) as never,
		);
		expect(out![0]).toHaveLength(1);
		expect(out![0][0].json.WHENMODIFIED).toBe('03/01/2026 10:00:10');
	});

	it('webhook mode makes no request when polled', async () => {
		const out = await trigger.poll.call(pollContext(creds, { mode: 'webhook', object: 'CUSTOMER' }, {}) as never);
		expect(out).toBeNull();
		expect(nock.pendingMocks()).toEqual([]);
	});
});

describe('poll() against the sandbox with a frozen clock', () => {
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
	const pollAt = async (state: IDataObject, params: IDataObject, nowIso: string) => {
		const real = Date.now;
		Date.now = () => Date.parse(nowIso);
		try {
			return await trigger.poll.call(
				pollContext(intacctCredentialData(sandbox), { mode: 'poll', object: 'CUSTOMER', ...params }, state) as never,
			);
		} finally {
			Date.now = real;
		}
	};

	it('first run sets a baseline (nothing emitted), then new and changed records are emitted once', async () => {
		const state: IDataObject = {};
		expect(await pollAt(state, { options: {} }, '2026-03-01T12:00:00Z')).toBeNull();
		await clock('2026-03-01T12:00:20Z');
		await admin('/records/intacct/CUSTOMER', { id: '3', fields: { NAME: 'Changed' } });
		await admin('/records/intacct/CUSTOMER', { fields: { CUSTOMERID: 'C-0100', NAME: 'Brand new' } });
		const first = await pollAt(state, { options: {} }, '2026-03-01T12:01:00Z');
		expect(first![0].map((i) => i.json.CUSTOMERID)).toEqual(['C-0003', 'C-0100']);
		expect(await pollAt(state, { options: {} }, '2026-03-01T12:02:00Z')).toBeNull();
	});

	it('"New records" skips updates of old records; the first-run look-back emits recent history', async () => {
		const state: IDataObject = {};
		await pollAt(state, { event: 'new', options: {} }, '2026-03-01T12:00:00Z');
		await clock('2026-03-01T12:00:20Z');
		await admin('/records/intacct/CUSTOMER', { id: '3', fields: { NAME: 'Changed' } });
		await admin('/records/intacct/CUSTOMER', { fields: { CUSTOMERID: 'C-0101', NAME: 'New one' } });
		const out = await pollAt(state, { event: 'new', options: {} }, '2026-03-01T12:01:00Z');
		expect(out![0].map((i) => i.json.CUSTOMERID)).toEqual(['C-0101']);

		// Seed customers were modified in January 2026: a 60-day look-back on a first run finds them.
		const fresh: IDataObject = {};
		const back = await pollAt(
			fresh,
			{ options: { lookbackMinutes: 60 * 24 * 60, fields: 'CUSTOMERID' } },
			'2026-03-01T12:00:00Z',
		);
		expect(back![0].length).toBeGreaterThanOrEqual(9);
	});
});

describe('webhook()', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox({ port: 0 });
	});
	afterAll(() => sandbox.close());
	beforeEach(() => clearSessionCache());
	const params = {
		mode: 'webhook',
		object: 'CUSTOMER',
		recordPath: 'data.recordNo',
		recordKeyType: 'recordNo',
		options: {},
	};
	const call = async (headers: IDataObject, body: IDataObject, state: IDataObject = {}, p: IDataObject = params) => {
		// fakeContext answers every credential type with this object: the Intacct login plus the webhook token.
		const { ctx, response } = webhookContext({ ...intacctCredentialData(sandbox), token: 'tok-123' }, p, state, {
			headers,
			body,
		});
		const result = await trigger.webhook.call(ctx as never);
		return { result, response, state };
	};

	it('a wrong or missing bearer token is answered 401 and starts nothing', async () => {
		for (const headers of [{ authorization: 'Bearer nope' }, {}, { authorization: 'tok-123' }]) {
			const { result, response } = await call(headers, { data: { recordNo: '5' } });
			expect(response.status).toBe(401);
			expect(result.workflowData).toBeUndefined();
			expect(JSON.stringify(response.body)).not.toContain('tok-123');
		}
	});

	it('an authorised post starts the workflow with the full record; a retry with the same key does not', async () => {
		const state: IDataObject = {};
		const first = await call(
			{ authorization: 'Bearer tok-123', 'idempotency-key': 'd-1' },
			{ data: { recordNo: '5' }, object: 'CUSTOMER' },
			state,
		);
		expect(first.response.status).toBe(200);
		expect(first.result.workflowData![0][0].json).toMatchObject({
			CUSTOMERID: 'C-0005',
			_intacct: { key: '5', idempotencyKey: 'd-1' },
		});
		const retry = await call(
			{ authorization: 'Bearer tok-123', 'idempotency-key': 'd-1' },
			{ data: { recordNo: '5' } },
			state,
		);
		expect(retry.response).toMatchObject({ status: 200, body: { duplicate: true } });
		expect(retry.result.workflowData).toBeUndefined();
	});

	it('a retry is still caught when the static data it sees is stale (n8n serves webhooks from a cached workflow)', async () => {
		const state: IDataObject = {};
		const first = await call(
			{ authorization: 'Bearer tok-123', 'idempotency-key': 'd-stale' },
			{ data: { recordNo: '5' } },
			state,
		);
		expect(first.result.workflowData).toBeDefined();
		delete state.seenDeliveries; // what a cached copy of the workflow would show the next delivery
		const retry = await call(
			{ authorization: 'Bearer tok-123', 'idempotency-key': 'd-stale' },
			{ data: { recordNo: '5' } },
			state,
		);
		expect(retry.response).toMatchObject({ status: 200, body: { duplicate: true } });
		expect(retry.result.workflowData).toBeUndefined();
	});

	it('names problems without starting: other object, no key, unknown record (not remembered, so a retry can succeed)', async () => {
		expect(
			(await call({ authorization: 'Bearer tok-123' }, { object: 'VENDOR', data: { recordNo: '1' } })).response.status,
		).toBe(422);
		expect((await call({ authorization: 'Bearer tok-123' }, { data: {} })).response.status).toBe(422);
		const state: IDataObject = {};
		const missing = await call(
			{ authorization: 'Bearer tok-123', 'idempotency-key': 'd-9' },
			{ data: { recordNo: '999' } },
			state,
		);
		expect(missing.response.status).toBe(404);
		expect(state.seenDeliveries).toBeUndefined();
	});

	it('the token credential test refuses short or spaced tokens', async () => {
		const test = (token: string) =>
			sageIntacctWebhookTokenTest.call({} as never, {
				id: 'x',
				name: 'x',
				type: 'sageIntacctWebhookApi',
				data: { token },
			});
		expect((await test('short')).status).toBe('Error');
		expect((await test('a token with spaces in it')).status).toBe('Error');
		expect((await test('a-long-enough-token-123')).status).toBe('OK');
	});

	it('without fetching, the body itself is emitted; in polling mode the webhook is off', async () => {
		const body = await call(
			{ authorization: 'Bearer tok-123' },
			{ data: { recordNo: '5' }, note: 'x' },
			{},
			{ ...params, options: { fetchRecord: false } },
		);
		expect(body.result.workflowData![0][0].json).toMatchObject({ note: 'x', _intacct: { key: '5' } });
		const off = await call({ authorization: 'Bearer tok-123' }, {}, {}, { ...params, mode: 'poll' });
		expect(off.response.status).toBe(404);
	});
});
