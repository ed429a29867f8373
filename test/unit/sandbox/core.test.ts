import { json } from '../../../sandbox/core/http';
import { RecordStore } from '../../../sandbox/core/store';
import { SandboxClock } from '../../../sandbox/core/clock';
import type { SystemModule } from '../../../sandbox/core/types';
import { createIntacctSystem } from '../../../sandbox/intacct';
import { INTACCT_SEED_CUSTOMERS } from '../../../sandbox/intacct/seed';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { adminJson, envelope, post } from './helpers';

/** A minimal test system: POST /echo/items writes a record; GET /echo/items lists them. */
function createEchoSystem(): SystemModule {
	return {
		name: 'echo',
		prefix: '/echo',
		title: 'Echo <test>',
		seed(store) {
			store.defineCollection('items', { idPrefix: 'itm_', idPad: 3, displayFields: ['name'] });
			store.insert('items', { name: 'seeded <b>one</b>' }, { createdAt: '2026-01-01T00:00:00Z' });
		},
		describe: (req) => ({ operations: [`${req.method} ${req.path}`] }),
		handle(req, ctx) {
			if (req.method === 'POST' && req.path === '/items') {
				const body = JSON.parse(req.body) as { name: string };
				return json(201, ctx.store.insert('items', { name: body.name }));
			}
			if (req.method === 'GET' && req.path === '/items') return json(200, ctx.store.list('items'));
			return json(404, { error: 'nope' });
		},
	};
}

let sbx: Sandbox;

beforeAll(async () => {
	sbx = await startSandbox({ port: 0, systems: [createIntacctSystem, createEchoSystem] });
});
afterAll(async () => {
	await sbx.close();
});
beforeEach(async () => {
	const r = await adminJson(sbx.url, 'POST', '/reset');
	expect(r.status).toBe(200);
});

describe('startSandbox', () => {
	it('listens on 127.0.0.1 with a random port and exposes state', () => {
		expect(sbx.url).toBe(`http://127.0.0.1:${sbx.port}`);
		expect(sbx.port).toBeGreaterThan(0);
		expect(sbx.systemUrl('intacct')).toBe(`${sbx.url}/intacct`);
		expect(sbx.state.system('intacct')!.store.count('CUSTOMER')).toBe(12);
	});

	it('starts unseeded with seed: false', async () => {
		const other = await startSandbox({ seed: false });
		try {
			expect(other.state.system('intacct')!.store.count('CUSTOMER')).toBe(0);
			expect(other.port).not.toBe(sbx.port);
		} finally {
			await other.close();
		}
	});

	it('answers 404 JSON for unknown paths', async () => {
		const res = await fetch(`${sbx.url}/nowhere`);
		expect(res.status).toBe(404);
		expect(await res.json()).toEqual({ error: 'no route GET /nowhere' });
	});
});

describe('record store', () => {
	it('gives deterministic ids and clock timestamps', () => {
		const clock = new SandboxClock();
		clock.set(new Date('2026-03-01T10:00:00Z'), true);
		const store = new RecordStore('t', clock);
		store.defineCollection('x', { idStart: 100 });
		expect(store.insert('x', { a: 1 }).id).toBe('100');
		expect(store.insert('x', { a: 2 }, { id: '150' }).id).toBe('150');
		const third = store.insert('x', { a: 3 });
		expect(third).toEqual({
			id: '151',
			createdAt: '2026-03-01T10:00:00.000Z',
			modifiedAt: '2026-03-01T10:00:00.000Z',
			version: 1,
			fields: { a: 3 },
		});
		clock.advance(60);
		const updated = store.update('x', '151', { b: 'x' });
		expect(updated).toMatchObject({ version: 2, modifiedAt: '2026-03-01T10:01:00.000Z', fields: { a: 3, b: 'x' } });
		const cp = store.checkpoint();
		store.delete('x', '100');
		store.rollback(cp);
		expect(store.count('x')).toBe(3);
	});
});

describe('admin API', () => {
	it('GET /__admin/state returns all systems; /state/:system one system', async () => {
		const all = await adminJson(sbx.url, 'GET', '/state');
		expect(Object.keys(all.json.systems).sort()).toEqual(['echo', 'intacct']);
		expect(all.json.systems.intacct.CUSTOMER).toHaveLength(12);
		const one = await adminJson(sbx.url, 'GET', '/state/intacct');
		expect(one.json.CUSTOMER.map((r: { fields: { CUSTOMERID: string } }) => r.fields.CUSTOMERID)).toEqual(
			INTACCT_SEED_CUSTOMERS.map((c) => c.fields.CUSTOMERID),
		);
		expect((await adminJson(sbx.url, 'GET', '/state/nope')).status).toBe(404);
	});

	it('reset re-seeds and clears the request log and faults (all or one system)', async () => {
		await fetch(`${sbx.url}/echo/items`, { method: 'POST', body: JSON.stringify({ name: 'new' }) });
		await adminJson(sbx.url, 'POST', '/faults', { system: 'echo', type: 'latency', latencyMs: 1 });
		expect((await adminJson(sbx.url, 'GET', '/state/echo')).json.items).toHaveLength(2);
		expect((await adminJson(sbx.url, 'GET', '/requests')).json).toHaveLength(1);

		const r = await adminJson(sbx.url, 'POST', '/reset?system=echo');
		expect(r.json.reset).toBe('echo');
		const items = (await adminJson(sbx.url, 'GET', '/state/echo')).json.items;
		expect(items).toEqual([
			{
				id: 'itm_001',
				createdAt: '2026-01-01T00:00:00Z',
				modifiedAt: '2026-01-01T00:00:00Z',
				version: 1,
				fields: { name: 'seeded <b>one</b>' },
			},
		]);
		expect((await adminJson(sbx.url, 'GET', '/requests')).json).toHaveLength(0);
		expect((await adminJson(sbx.url, 'GET', '/faults')).json).toHaveLength(0);
		expect((await adminJson(sbx.url, 'POST', '/reset?system=nope')).status).toBe(404);
	});

	it('logs requests with operation labels and counts them per system, endpoint and operation', async () => {
		await fetch(`${sbx.url}/echo/items`);
		await fetch(`${sbx.url}/echo/items`);
		await fetch(`${sbx.url}/echo/items`, { method: 'POST', body: JSON.stringify({ name: 'n' }) });
		await post(
			sbx.url,
			envelope({
				functions: [
					'<getAPISession/>',
					'<readByQuery><object>CUSTOMER</object><fields>*</fields><query></query></readByQuery>',
				],
			}),
		);

		const log = (await adminJson(sbx.url, 'GET', '/requests')).json;
		expect(log).toHaveLength(4);
		expect(log[0]).toMatchObject({
			system: 'echo',
			method: 'GET',
			path: '/echo/items',
			operation: 'GET /items',
			status: 200,
		});
		expect(log[2]).toMatchObject({ method: 'POST', status: 201 });
		expect(log[3]).toMatchObject({
			system: 'intacct',
			path: '/intacct/ia/xml/xmlgw.phtml',
			operation: 'getAPISession,readByQuery',
			status: 200,
		});
		expect(typeof log[3].time).toBe('string');

		const counts = (await adminJson(sbx.url, 'GET', '/requests/counts')).json;
		expect(counts.total).toBe(4);
		expect(counts.systems.echo.endpoints['GET /echo/items'].total).toBe(2);
		expect(counts.systems.echo.endpoints['POST /echo/items'].total).toBe(1);
		expect(counts.systems.intacct.endpoints['POST /intacct/ia/xml/xmlgw.phtml'].operations).toEqual({
			getAPISession: 1,
			readByQuery: 1,
		});

		expect((await adminJson(sbx.url, 'DELETE', '/requests')).status).toBe(200);
		expect((await adminJson(sbx.url, 'GET', '/requests/counts')).json.total).toBe(0);
	});

	it('inserts and modifies records directly', async () => {
		await adminJson(sbx.url, 'POST', '/clock', { now: '2026-05-05T12:00:00Z', frozen: true });
		const created = await adminJson(sbx.url, 'POST', '/records/intacct/CUSTOMER', {
			fields: { CUSTOMERID: 'C-0100', NAME: 'Admin Inserted', STATUS: 'active' },
		});
		expect(created.status).toBe(201);
		expect(created.json.record).toMatchObject({ id: '13', createdAt: '2026-05-05T12:00:00.000Z', version: 1 });

		await adminJson(sbx.url, 'POST', '/clock', { advanceSeconds: 90 });
		const modified = await adminJson(sbx.url, 'POST', '/records/intacct/CUSTOMER', {
			id: '3',
			fields: { STATUS: 'inactive' },
		});
		expect(modified.status).toBe(200);
		expect(modified.json.record).toMatchObject({
			id: '3',
			version: 2,
			modifiedAt: '2026-05-05T12:01:30.000Z',
			fields: { STATUS: 'inactive', CUSTOMERID: 'C-0003' },
		});

		expect((await adminJson(sbx.url, 'POST', '/records/nope/x', { fields: {} })).status).toBe(404);
		expect((await adminJson(sbx.url, 'POST', '/records/intacct/CUSTOMER', { nofields: 1 })).status).toBe(400);
	});

	it('sets and advances the clock; full reset restores real time', async () => {
		const set = await adminJson(sbx.url, 'POST', '/clock', { now: '2030-01-01T00:00:00Z' });
		expect(Date.parse(set.json.now)).toBeGreaterThanOrEqual(Date.parse('2030-01-01T00:00:00Z'));
		expect(Date.parse(set.json.now)).toBeLessThan(Date.parse('2030-01-01T00:00:05Z'));
		const adv = await adminJson(sbx.url, 'POST', '/clock', { advanceSeconds: 3600 });
		expect(Date.parse(adv.json.now)).toBeGreaterThanOrEqual(Date.parse('2030-01-01T01:00:00Z'));
		expect((await adminJson(sbx.url, 'POST', '/clock', {})).status).toBe(400);
		expect((await adminJson(sbx.url, 'POST', '/clock', { now: 'yesterday' })).status).toBe(400);
		await adminJson(sbx.url, 'POST', '/reset');
		expect(Math.abs(Date.parse((await adminJson(sbx.url, 'GET', '/clock')).json.now) - Date.now())).toBeLessThan(5000);
	});

	it('validates fault bodies and lists/clears faults', async () => {
		expect((await adminJson(sbx.url, 'POST', '/faults', { type: 'explode' })).status).toBe(400);
		expect((await adminJson(sbx.url, 'POST', '/faults', { type: 'latency', latencyMs: 999_999 })).status).toBe(400);
		expect((await adminJson(sbx.url, 'POST', '/faults', { type: 'http5xx', system: 'nope' })).status).toBe(404);
		const f = await adminJson(sbx.url, 'POST', '/faults', { type: 'http5xx', system: 'echo', count: 2 });
		expect(f.status).toBe(201);
		expect(f.json).toMatchObject({ id: expect.any(Number), type: 'http5xx', remaining: 2, hits: 0 });
		expect((await adminJson(sbx.url, 'GET', '/faults')).json).toHaveLength(1);
		await adminJson(sbx.url, 'DELETE', '/faults');
		expect((await adminJson(sbx.url, 'GET', '/faults')).json).toHaveLength(0);
	});
});

describe('fault injection', () => {
	it('latency delays the answer (bounded, measured loosely)', async () => {
		await adminJson(sbx.url, 'POST', '/faults', { system: 'echo', type: 'latency', latencyMs: 300, count: 1 });
		let t = Date.now();
		expect((await fetch(`${sbx.url}/echo/items`)).status).toBe(200);
		expect(Date.now() - t).toBeGreaterThanOrEqual(250);
		t = Date.now();
		await fetch(`${sbx.url}/echo/items`);
		expect(Date.now() - t).toBeLessThan(250);
		const log = (await adminJson(sbx.url, 'GET', '/requests')).json;
		expect(log[0].faults).toEqual(['latency:300']);
	});

	it('http5xx answers the given status without running the handler, for `count` requests', async () => {
		await adminJson(sbx.url, 'POST', '/faults', {
			system: 'echo',
			match: '/items',
			type: 'http5xx',
			status: 503,
			count: 2,
		});
		for (let i = 0; i < 2; i++) {
			const res = await fetch(`${sbx.url}/echo/items`, { method: 'POST', body: JSON.stringify({ name: `x${i}` }) });
			expect(res.status).toBe(503);
		}
		expect(
			(await fetch(`${sbx.url}/echo/items`, { method: 'POST', body: JSON.stringify({ name: 'ok' }) })).status,
		).toBe(201);
		const items = (await adminJson(sbx.url, 'GET', '/state/echo')).json.items;
		expect(items.map((i: { fields: { name: string } }) => i.fields.name)).toEqual(['seeded <b>one</b>', 'ok']);
		expect((await adminJson(sbx.url, 'GET', '/faults')).json).toHaveLength(0);
	});

	it('matches faults by operation label and system only', async () => {
		await adminJson(sbx.url, 'POST', '/faults', { match: 'readByQuery', type: 'http5xx' });
		expect((await fetch(`${sbx.url}/echo/items`)).status).toBe(200);
		const s = await post(sbx.url, envelope({ functions: ['<getAPISession/>'] }));
		expect(s.status).toBe(200);
		const q = await post(
			sbx.url,
			envelope({
				functions: ['<readByQuery><object>CUSTOMER</object><fields>*</fields><query></query></readByQuery>'],
			}),
		);
		expect(q.status).toBe(500);
		// Intacct infrastructure failures carry no XML (notes §2.1).
		expect(q.text).not.toContain('<response>');
	});

	it('http429 answers 429 with Retry-After (Intacct: GW-0010 control failure)', async () => {
		await adminJson(sbx.url, 'POST', '/faults', { system: 'echo', type: 'http429', retryAfterSeconds: 7, count: 1 });
		const res = await fetch(`${sbx.url}/echo/items`);
		expect(res.status).toBe(429);
		expect(res.headers.get('retry-after')).toBe('7');

		await adminJson(sbx.url, 'POST', '/faults', { system: 'intacct', type: 'http429', retryAfterSeconds: 3, count: 1 });
		const r = await post(sbx.url, envelope({ functions: ['<getAPISession/>'] }));
		expect(r.status).toBe(429);
		expect(r.headers.get('retry-after')).toBe('3');
		expect(r.xml.response.control.status).toBe('failure');
		expect(r.xml.response.errormessage.error.errorno).toBe('GW-0010');
		expect((await post(sbx.url, envelope({ functions: ['<getAPISession/>'] }))).status).toBe(200);
	});

	it('dropAfterCommit commits the write, then destroys the socket', async () => {
		await adminJson(sbx.url, 'POST', '/faults', { system: 'echo', type: 'dropAfterCommit', count: 1 });
		await expect(
			fetch(`${sbx.url}/echo/items`, { method: 'POST', body: JSON.stringify({ name: 'lost answer' }) }),
		).rejects.toThrow();
		const items = (await adminJson(sbx.url, 'GET', '/state/echo')).json.items;
		expect(items.map((i: { fields: { name: string } }) => i.fields.name)).toContain('lost answer');
		const log = (await adminJson(sbx.url, 'GET', '/requests')).json;
		expect(log[0]).toMatchObject({ status: 'dropped', faults: ['dropAfterCommit'] });
		// Next request is answered normally.
		expect((await fetch(`${sbx.url}/echo/items`)).status).toBe(200);
	});

	it('dropAfterCommit on getAPISession: the session exists although the client saw a socket error', async () => {
		await adminJson(sbx.url, 'POST', '/faults', {
			system: 'intacct',
			match: 'getAPISession',
			type: 'dropAfterCommit',
			count: 1,
		});
		await expect(post(sbx.url, envelope({ functions: ['<getAPISession/>'] }))).rejects.toThrow();
		const sessions = (await adminJson(sbx.url, 'GET', '/intacct/sessions')).json;
		expect(sessions).toHaveLength(1);
	});
});

describe('status page', () => {
	it('lists systems, collections, seeded records and request counts, escaped', async () => {
		await post(sbx.url, envelope({ functions: ['<getAPISession/>'] }));
		const res = await fetch(`${sbx.url}/`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toContain('text/html');
		const html = await res.text();
		expect(html).toContain('Sage Intacct');
		expect(html).toContain('>CUSTOMER</a>: <b>12</b>');
		expect(html).toContain('Echo &lt;test&gt;');
		// Records and request counts are on the page of each system (sandbox/console/page.ts).
		const page = await (await fetch(`${sbx.url}/console/intacct`)).text();
		for (const c of INTACCT_SEED_CUSTOMERS) expect(page).toContain(`<td>${c.fields.CUSTOMERID as string}</td>`);
		expect(page).toContain('Harbor &amp; Hale&#39;s Café');
		expect(page).toMatch(/<td>POST \/intacct\/ia\/xml\/xmlgw\.phtml<\/td><td>getAPISession ×1<\/td><td>1<\/td>/);
		const echo = await (await fetch(`${sbx.url}/console/echo`)).text();
		expect(echo).toContain('seeded &lt;b&gt;one&lt;/b&gt;');
		expect(echo).not.toContain('seeded <b>one</b>');
	});
});
