/// <reference lib="dom" />
/**
 * The sandbox console in a real browser (Chromium from the OS packages, puppeteer-core): a page per
 * system, a change appearing highlighted by the auto refresh, reset, a fault switched on and off,
 * and each kind of webhook event the triggers listen for, sent from the page. Screenshots go to
 * .run/browser/.
 */
import type { Browser, Page } from 'puppeteer-core';
import { sign } from '../../sandbox/officernd';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { launchBrowser, openPage, shot, startReceiver, until, type Received } from './browser';

jest.setTimeout(180_000);

let sbx: Sandbox;
let browser: Browser;
let page: Page;
let errors: string[];
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
	sbx = await startSandbox({ port: 0 });
	receiver = await startReceiver();
	browser = await launchBrowser();
	({ page, errors } = await openPage(browser));
});
afterAll(async () => {
	await browser?.close();
	await receiver?.close();
	await sbx?.close();
});
beforeEach(() => {
	sbx.reset();
	receiver.received.length = 0;
});
afterEach(() => {
	// The console's own script never throws.
	expect(errors).toEqual([]);
});

async function admin(method: string, path: string, body?: unknown): Promise<any> {
	const res = await fetch(`${sbx.url}/__admin${path}`, {
		method,
		headers: body ? { 'content-type': 'application/json' } : {},
		body: body ? JSON.stringify(body) : undefined,
	});
	return res.json();
}

const text = (selector: string): Promise<string> => page.$eval(selector, (el) => (el as HTMLElement).innerText);

it('a page per system, reached from the overview, shows the records themselves; OfficeRnD invoices are "invoices"', async () => {
	await page.goto(`${sbx.url}/`);
	expect(await page.$$eval('nav a', (as) => as.map((a) => a.textContent))).toEqual([
		'Overview',
		'Sage Intacct',
		'Scoro',
		'OfficeRnD Flex',
		'Re-Leased',
		'Admin API',
	]);
	await shot(page, 'console-overview');
	await Promise.all([page.waitForNavigation(), page.click('nav a[data-system="officernd"]')]);
	expect(new URL(page.url()).pathname).toBe('/console/officernd');
	const company = sbx.state.system('officernd')!.store.list('companies')[0]!;
	expect(await text(`tr[data-id="${company.id}"]`)).toContain(String(company.fields.name));
	expect(await text('#c-payments h3')).toMatch(/^invoices/);
	// A record opens to show all its fields.
	await page.click(`tr[data-id="${company.id}"] details summary`);
	expect(await text(`tr[data-id="${company.id}"] details pre`)).toContain(String(company.fields.email));
	await shot(page, 'console-officernd');

	// The "Admin API" link leads to the list of routes, not to a JSON error.
	await Promise.all([page.waitForNavigation(), page.click('nav a[href="/__admin"]')]);
	expect(await text('body')).toContain('POST\t/__admin/faults');
});

it('a record written while the page is open appears highlighted without reloading; Reset takes it away', async () => {
	await page.goto(`${sbx.url}/console/officernd`);
	const before = await page.evaluate(() => document.body.dataset.refreshes ?? '0');
	const made = await admin('POST', '/records/officernd/companies', {
		fields: { name: 'Browser Test Co', email: 'ap@browser-test.example', status: 'active' },
	});
	const id = made.record.id as string;
	const row = await page.waitForSelector(`tr.chg.new[data-id="${id}"]`, { timeout: 15_000 });
	expect(await row!.evaluate((el) => (el as HTMLElement).innerText)).toContain('Browser Test Co');
	expect(await row!.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
	expect(Number(await page.evaluate(() => document.body.dataset.refreshes))).toBeGreaterThan(Number(before));
	await shot(page, 'console-change-highlighted');

	// "Only changed records" hides the unchanged rows.
	await page.click('#only-changed');
	const seeded = sbx.state.system('officernd')!.store.list('companies')[0]!.id;
	expect(await page.$eval(`tr[data-id="${seeded}"]`, (el) => getComputedStyle(el).display)).toBe('none');
	await page.click('#only-changed');

	await page.click('button[data-action="reset"]');
	await page.waitForFunction((sel) => !document.querySelector(sel), { timeout: 15_000 }, `tr[data-id="${id}"]`);
	expect(await text('#flash')).toMatch(/^Reset officernd/);
	expect(sbx.state.system('officernd')!.store.get('companies', id)).toBeUndefined();
});

it('a fault switch turns a fault on for that system (writes answered 503) and off again', async () => {
	await page.goto(`${sbx.url}/console/scoro`);
	const scoroWrite = (): Promise<number> =>
		fetch(`${sbx.url}/scoro/api/v2/companies/modify`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{}',
		}).then((r) => r.status);
	expect(await scoroWrite()).not.toBe(503);
	await page.click('button[data-preset="write-5xx"]');
	await page.waitForSelector('button[data-preset="write-5xx"][aria-pressed="true"]');
	const faults = (await admin('GET', '/faults')) as Array<{ system: string; type: string; kind: string }>;
	expect(faults).toEqual([expect.objectContaining({ system: 'scoro', type: 'http5xx', kind: 'write' })]);
	expect(await scoroWrite()).toBe(503);
	await shot(page, 'console-fault-on');
	await page.click('button[data-preset="write-5xx"]');
	await page.waitForSelector('button[data-preset="write-5xx"][aria-pressed="false"]');
	expect(await admin('GET', '/faults')).toEqual([]);
	expect(await scoroWrite()).not.toBe(503);
});

describe('sending the webhook events the triggers listen for', () => {
	const lastDelivery = (path: string): Received | undefined => receiver.received.find((r) => r.path === path);
	/** Waits for the delivery; on a timeout says what the page said. */
	const delivered = async (what: string, path: string): Promise<Received> => {
		try {
			return await until(what, () => lastDelivery(path));
		} catch (e) {
			throw new Error(`${(e as Error).message}; the console said: ${await text('#flash')}`);
		}
	};

	it('OfficeRnD: a signed event to a registered webhook', async () => {
		const secret = 'console-test-secret';
		await admin('POST', '/records/officernd/webhooks', {
			fields: {
				url: `${receiver.url}/webhook/ornd-1/webhook`,
				eventTypes: ['company.created', 'company.updated'],
				secret,
				isEnabled: true,
			},
		});
		await page.goto(`${sbx.url}/console/officernd`);
		await page.waitForSelector('#wh-officernd select[name="webhookId"] option');
		await page.select('#wh-officernd select[name="eventType"]', 'company.updated');
		const company = sbx.state.system('officernd')!.store.list('companies')[2]!;
		await page.select('#wh-officernd select[name="record"]', company.id);
		await page.click('#wh-officernd button[type="submit"]');
		const got = await delivered('the OfficeRnD delivery', '/webhook/ornd-1/webhook');
		const body = JSON.parse(got.body) as { eventType: string; data: { object: { _id: string } } };
		expect(body.eventType).toBe('company.updated');
		expect(body.data.object._id).toBe(company.id);
		// Signed as OfficeRnD signs: the receiver can check it with the webhook's secret.
		const header = String(got.headers['officernd-signature']);
		const t = Number(/t=(\d+)/.exec(header)![1]);
		expect(header).toBe(sign(secret, got.body, t));
		await page.waitForFunction(() => /HTTP 200/.test(document.getElementById('flash')!.textContent ?? ''));
		await shot(page, 'console-officernd-webhook-sent');
	});

	it("Scoro: an event for a record to its module's subscription", async () => {
		await admin('POST', '/records/scoro/webhooks', {
			fields: {
				module: 'invoices',
				action: 'modify',
				url: `${receiver.url}/webhook/scoro-1/webhook`,
				fields: [],
				status: 'active',
			},
		});
		await page.goto(`${sbx.url}/console/scoro`);
		await page.waitForSelector('#wh-scoro select[name="subscription"] option');
		const invoice = sbx.state.system('scoro')!.store.list('invoices')[0]!;
		await page.select('#wh-scoro select[name="record"]', invoice.id);
		await page.click('#wh-scoro button[type="submit"]');
		const got = await delivered('the Scoro delivery', '/webhook/scoro-1/webhook');
		expect(JSON.parse(got.body)).toMatchObject({ module: 'invoices', action: 'modify', object_id: Number(invoice.id) });
		await page.waitForFunction(() =>
			/sent to 1 subscription/.test(document.getElementById('flash')!.textContent ?? ''),
		);
	});

	it("Sage Intacct: a Platform Trigger post to a template's webhook trigger, with the bearer token", async () => {
		await page.goto(`${sbx.url}/console/intacct`);
		await page.waitForSelector('#wh-intacct select[name="target"] option');
		// Where n8n listens (here the stand-in), then the template's trigger.
		await page.$eval(
			'#wh-intacct input[name="n8n"]',
			(el, url) => {
				(el as HTMLInputElement).value = url;
				el.dispatchEvent(new Event('change', { bubbles: true }));
			},
			`${receiver.url}/`,
		);
		const hookId = '7a1e0c11-5a6b-4c0e-9f0d-1a2b3c4d5e03'; // intacct-released/contacts.json, Intacct Customer Changed
		await page.select('#wh-intacct select[name="target"]', hookId);
		expect(await page.$eval('#wh-intacct input[name="object"]', (el) => (el as HTMLInputElement).value)).toBe(
			'CUSTOMER',
		);
		const customer = sbx.state.system('intacct')!.store.list('CUSTOMER')[3]!;
		await page.select('#wh-intacct select[name="recordNo"]', customer.id);
		await page.click('#wh-intacct button[type="submit"]');
		const got = await delivered('the Intacct post', `/webhook/${hookId}/webhook`);
		expect(got.headers.authorization).toBe('Bearer sandbox-intacct-webhook-token');
		expect(JSON.parse(got.body)).toEqual({ object: 'CUSTOMER', recordNo: customer.id, event: 'Set' });
		await page.waitForFunction(() => /HTTP 200/.test(document.getElementById('flash')!.textContent ?? ''));
		await shot(page, 'console-intacct-webhook-sent');
	});
});
