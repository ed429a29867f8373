/**
 * The sandbox console (issue 13 item 9) over HTTP: a page per system with record contents, what
 * changed since the reset and in the last run marked, faults switched one by one, GET /__admin
 * useful. The same page in a real browser: test/browser/console.test.ts.
 */
import { ChangeTracker, RUN_GAP_MS } from '../../../sandbox/console/changes';
import { RecordStore } from '../../../sandbox/core/store';
import { SandboxClock } from '../../../sandbox/core/clock';
import { startSandbox, type Sandbox } from '../../../sandbox/server';

let sbx: Sandbox;

beforeAll(async () => {
	sbx = await startSandbox({ port: 0 });
});
afterAll(async () => {
	await sbx.close();
});
beforeEach(() => sbx.reset());

async function page(path: string): Promise<string> {
	const res = await fetch(`${sbx.url}${path}`);
	expect(res.status).toBe(200);
	expect(res.headers.get('content-type')).toContain('text/html');
	return res.text();
}

/** The <tr> of one record on a page, or undefined. */
function row(html: string, id: string): string | undefined {
	return html.match(new RegExp(`<tr[^>]*data-id="${id}"[^>]*>[\\s\\S]*?</tr>`))?.[0];
}

async function admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
	const res = await fetch(`${sbx.url}/__admin${path}`, {
		method,
		headers: body ? { 'content-type': 'application/json' } : {},
		body: body ? JSON.stringify(body) : undefined,
	});
	return { status: res.status, json: await res.json() };
}

describe('a page per system', () => {
	it("each system has its own page, linked from the overview, with the records' contents", async () => {
		const overview = await page('/');
		for (const name of ['intacct', 'officernd', 'scoro', 'released'])
			expect(overview).toContain(`href="/console/${name}"`);
		const officernd = await page('/console/officernd');
		// Contents, not just counts: the seeded company's name and e-mail are in its row.
		const acme = sbx.state.system('officernd')!.store.list('companies')[0]!;
		expect(row(officernd, acme.id)).toContain(String(acme.fields.name));
		expect(row(officernd, acme.id)).toContain(String(acme.fields.email));
		const intacct = await page('/console/intacct');
		const customer = sbx.state.system('intacct')!.store.list('CUSTOMER')[0]!;
		expect(row(intacct, customer.id)).toContain(String(customer.fields.CUSTOMERID));
		// The other systems' records are not on this page.
		expect(intacct).not.toContain(acme.id);
	});

	it('OfficeRnD invoices are listed under "invoices", not "payments"', async () => {
		const html = await page('/console/officernd');
		expect(html).toMatch(/<h3>invoices <small>\(API collection payments/);
		expect(html).not.toMatch(/<h3>payments/);
		expect(await page('/')).toMatch(/>invoices<\/a>: <b>\d+<\/b>/);
	});

	it('an unknown system page is a 404 that leads back', async () => {
		const res = await fetch(`${sbx.url}/console/nope`);
		expect(res.status).toBe(404);
		expect(await res.text()).toContain('href="/"');
	});

	it("never shows a secret: an OfficeRnD webhook's signing secret is hidden", async () => {
		await admin('POST', '/records/officernd/webhooks', {
			fields: {
				url: 'http://127.0.0.1:9/hook',
				eventTypes: ['company.created'],
				secret: 'whsec-very-secret-1',
				isEnabled: true,
			},
		});
		const html = await page('/console/officernd');
		expect(html).not.toContain('whsec-very-secret-1');
		expect(html).toContain('(hidden)');
	});
});

describe('what changed is highlighted', () => {
	it('a record written through the API is marked new in the last run; one changed by an admin write shows the changed field', async () => {
		const store = sbx.state.system('officernd')!.store;
		const company = store.list('companies')[1]!;
		// A change that is not part of a run (admin write): changed since the reset.
		await admin('POST', `/records/officernd/companies`, { id: company.id, fields: { email: 'new-ap@example.test' } });
		let html = await page('/console/officernd');
		const changedRow = row(html, company.id)!;
		expect(changedRow).toMatch(/class="chg changed"/);
		expect(changedRow).toContain('<td class="diff">new-ap@example.test</td>');
		expect(changedRow).toContain(`<b>email</b> ${String(company.fields.email)} → new-ap@example.test`);
		expect(html).toContain('0 new, 1 changed, 0 deleted since the reset');

		// A write through the Intacct API is a run with a write: its new record is marked "in last run".
		const before = sbx.state.system('intacct')!.store.count('CUSTOMER');
		const { envelope, post } = await import('./helpers');
		const answer = await post(
			sbx.url,
			envelope({
				functions: [
					'<create><CUSTOMER><CUSTOMERID>C-9001</CUSTOMERID><NAME>Console Test Ltd</NAME><DISPLAYCONTACT><PRINTAS>Console Test Ltd</PRINTAS></DISPLAYCONTACT></CUSTOMER></create>',
				],
			}),
		);
		expect(answer.status).toBe(200);
		const created = sbx.state
			.system('intacct')!
			.store.list('CUSTOMER')
			.find((c) => c.fields.CUSTOMERID === 'C-9001');
		expect(sbx.state.system('intacct')!.store.count('CUSTOMER')).toBe(before + 1);
		html = await page('/console/intacct');
		expect(row(html, created!.id)).toMatch(/class="chg new run"/);
		expect(row(html, created!.id)).toContain('new in last run');
		// Changed rows come first in their table.
		const table = html.slice(html.indexOf('id="c-CUSTOMER"'));
		expect(table.indexOf(`data-id="${created!.id}"`)).toBeLessThan(table.indexOf('data-id="1"'));
		expect((await admin('GET', '/changes?system=intacct')).json.systems.intacct.CUSTOMER).toMatchObject({
			new: [created!.id],
			lastRun: { new: [created!.id] },
		});
	});

	it('a reset clears the highlighting (the seed is the new starting point)', async () => {
		const company = sbx.state.system('officernd')!.store.list('companies')[0]!;
		await admin('POST', `/records/officernd/companies`, { id: company.id, fields: { name: 'Renamed' } });
		expect(row(await page('/console/officernd'), company.id)).toContain('chg changed');
		expect((await admin('POST', '/reset')).status).toBe(200);
		const html = await page('/console/officernd');
		expect(row(html, company.id)).not.toContain('chg');
		expect(html).toContain('0 new, 0 changed, 0 deleted since the reset');
	});

	it('the refresh fragment (?live=1) is the part of the page that changes, without the forms', async () => {
		const res = await fetch(`${sbx.url}/console/officernd?live=1`);
		const html = await res.text();
		expect(html).toContain('id="c-companies"');
		expect(html).toContain('id="console-data"');
		expect(html).not.toContain('<html');
		expect(html).not.toContain('id="wh-officernd"');
	});
});

describe('runs: a burst of API requests after a quiet spell; only a burst with a write replaces the last run', () => {
	it('marks the records changed since the burst began, and keeps them when a later burst only reads', () => {
		const clock = new SandboxClock();
		const store = new RecordStore('x', clock);
		store.insert('items', { name: 'seed' });
		const systems = new Map([['x', { store }]]);
		const tracker = new ChangeTracker();
		tracker.markReset(systems, 'reset');
		let now = 1_000_000;
		const spy = jest.spyOn(Date, 'now').mockImplementation(() => now);
		try {
			tracker.noteRequest(systems, 'write', 't1');
			const first = store.insert('items', { name: 'run 1' });
			now += RUN_GAP_MS + 1;
			tracker.noteRequest(systems, 'write', 't2');
			const second = store.insert('items', { name: 'run 2' });
			let ch = tracker.collection('x', 'items', store.list('items'));
			expect([...ch.lastRun.keys()]).toEqual([second.id]);
			expect([...ch.sinceReset.keys()].sort()).toEqual([first.id, second.id].sort());
			// A poll that only reads, later: the last run stays the one that wrote.
			now += RUN_GAP_MS + 1;
			tracker.noteRequest(systems, 'read', 't3');
			ch = tracker.collection('x', 'items', store.list('items'));
			expect([...ch.lastRun.keys()]).toEqual([second.id]);
			expect(tracker.lastRun).toMatchObject({ startedAt: 't2', requests: 1, writes: 1 });
		} finally {
			spy.mockRestore();
		}
	});
});

describe('faults, one at a time', () => {
	it('DELETE /__admin/faults/:id switches one fault off and leaves the others', async () => {
		const a = (await admin('POST', '/faults', { system: 'scoro', type: 'http5xx', kind: 'write' })).json;
		const b = (await admin('POST', '/faults', { system: 'scoro', type: 'latency', latencyMs: 10 })).json;
		expect((await admin('DELETE', `/faults/${a.id}`)).status).toBe(200);
		expect((await admin('GET', '/faults')).json.map((f: { id: number }) => f.id)).toEqual([b.id]);
		expect((await admin('DELETE', `/faults/${a.id}`)).status).toBe(404);
	});

	it('the system page shows each preset switch with its state and the active faults', async () => {
		let html = await page('/console/scoro');
		expect(html).toContain('data-action="fault-on" data-preset="write-5xx"');
		const f = (await admin('POST', '/faults', { system: 'scoro', type: 'http5xx', status: 503, kind: 'write' })).json;
		html = await page('/console/scoro');
		expect(html).toContain(`data-action="fault-off" data-preset="write-5xx" data-fault="${f.id}" aria-pressed="true"`);
		expect(html).toContain(`data-action="fault-remove" data-fault="${f.id}"`);
		// Another system's fault is not switched on here.
		expect(await page('/console/officernd')).toContain('data-action="fault-on" data-preset="write-5xx"');
	});
});

describe('GET /__admin leads somewhere useful', () => {
	it('a browser gets a page listing the admin routes; a script gets JSON', async () => {
		const res = await fetch(`${sbx.url}/__admin`, { headers: { accept: 'text/html' } });
		expect(res.status).toBe(200);
		const html = await res.text();
		expect(html).toContain('POST');
		expect(html).toContain('/__admin/faults');
		expect(html).toContain('/__admin/officernd/deliver');
		expect(html).toContain('href="/"');
		const json = (await admin('GET', '')).json;
		expect(json.routes.some((r: { path: string }) => r.path === '/__admin/reset[?system=]')).toBe(true);
	});
});

describe('webhook forms', () => {
	it('each system page says which webhook events it can send: OfficeRnD, Scoro and Intacct have forms, Re-Leased says it has none', async () => {
		expect(await page('/console/officernd')).toContain('id="wh-officernd"');
		expect(await page('/console/scoro')).toContain('id="wh-scoro"');
		const intacct = await page('/console/intacct');
		expect(intacct).toContain('id="wh-intacct"');
		// The shipped templates' Intacct webhook triggers are offered (their webhook IDs).
		expect(intacct).toContain('7a1e0c11-5a6b-4c0e-9f0d-1a2b3c4d5e01');
		expect(await page('/console/released')).toMatch(/do not listen for released webhooks/);
	});
});
