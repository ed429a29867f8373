/// <reference lib="dom" />
/*
 * NOT YET PASSING, so not named *.test.ts (jest does not run it): owner setup, opening the template and
 * the known-open check of issue 13 item 2 pass; after choosing the manual trigger in the button menu
 * the editor ended on the sign-in page (last run, .run/browser/newcomer-3-no-run.png). Rename to
 * newcomer.test.ts once fixed. Run: npm run build, then
 * N8N_E2E_BUILD=skip npx jest --selectProjects browser --runInBand --testRegex "newcomer[.]wip[.]ts$"
 */
/**
 * What a newcomer does (issue 13, "A browser e2e"), in Chromium against real n8n: set up the owner
 * account, open the first template (officernd-intacct/customers.json), click "Execute workflow",
 * see the run end green, then open the sandbox console and see the new records highlighted.
 * n8n and the sandbox are set up as `npm start` sets them up (sandbox credentials, templates
 * imported, the sandbox's lenient multi-entity reads). Screenshots: .run/browser/newcomer-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { cleanup, prepareN8n, REPO_ROOT, type RunningN8n, type WorkflowJson } from '../helpers/n8n';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { launchBrowser, openPage, shot } from './browser';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sandboxCredentials } = require('../../scripts/sandbox-credentials.js') as {
	sandboxCredentials: (url: string) => Array<{ id: string; name: string; type: string; data: Record<string, unknown> }>;
};

jest.setTimeout(600_000);

const TEMPLATE = 'officernd-intacct/customers.json';
const load = (rel: string): WorkflowJson =>
	JSON.parse(readFileSync(join(REPO_ROOT, 'workflows', rel), 'utf8')) as WorkflowJson;
const workflow = load(TEMPLATE) as WorkflowJson & { id: string; name: string };

let sbx: Sandbox;
let server: RunningN8n;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
	// As `npm start` runs it (the documented multi-entity rule).
	sbx = await startSandbox({ port: 0 });
	const n8n = await prepareN8n();
	await n8n.importCredentials(sandboxCredentials(sbx.url));
	await n8n.importWorkflow([load('common/error-handler.json'), workflow]);
	server = await n8n.startN8n();
	browser = await launchBrowser();
	({ page, errors } = await openPage(browser));
	page.setDefaultTimeout(90_000);
}, 600_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	await cleanup();
	await sbx?.close();
});

/** The manual trigger of the template: what "Execute workflow" should run (issue 13 item 2). */
const MANUAL = (workflow.nodes as Array<{ name: string; type: string }>).find(
	(n) => n.type === 'n8n-nodes-base.manualTrigger',
)!.name;
let label = '';

it('owner setup in the browser, then the first template opens in the editor', async () => {
	// 1. Owner setup, as the start banner says (n8n asks for it on a fresh user folder).
	await page.goto(server.url, { waitUntil: 'domcontentloaded' });
	await page.waitForSelector('[data-test-id="setup-form"] input[name="email"]');
	await shot(page, 'newcomer-1-setup');
	await page.type('input[name="email"]', 'owner@example.test');
	await page.type('input[name="firstName"]', 'New');
	await page.type('input[name="lastName"]', 'Comer');
	await page.type('input[name="password"]', 'Sandbox-Passw0rd');
	await page.click('[data-test-id="form-submit-button"]');
	// The editor moves on by itself (client-side routing) once the owner exists.
	await page
		.waitForFunction(() => location.pathname !== '/setup', { timeout: 120_000 })
		.catch(async (e: Error) => {
			await shot(page, 'newcomer-1-setup-stuck');
			throw e;
		});

	// 2. Open the first template.
	await page.goto(`${server.url}workflow/${workflow.id}`, { waitUntil: 'domcontentloaded' });
	const button = await page.waitForSelector('[data-test-id="execute-workflow-button"]');
	await page.keyboard.press('Escape'); // any welcome pop-up
	await shot(page, 'newcomer-2-template');
	label = await button!.evaluate((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
	expect(label).toMatch(/^Execute workflow/);
});

// KNOWN OPEN (issue 13 item 2): n8n's button defaults to the template's webhook trigger ("Execute
// workflow from Company or Member Changed"), which waits for an OfficeRnD event. `it.failing`
// passes while that holds and fails once it is fixed: then turn it into a plain `it`.
it.failing(
	'one click on "Execute workflow" runs the manual trigger, not a webhook trigger that waits (issue 13 item 2, open)',
	() => {
		expect(label === 'Execute workflow' || label.endsWith(`from ${MANUAL}`)).toBe(true);
	},
);

it('Execute workflow (from the manual trigger) ends green, and the console shows the new Intacct customers highlighted', async () => {
	if (!label.endsWith(`from ${MANUAL}`) && label !== 'Execute workflow') {
		// Choose the manual trigger in the button's own menu (see the known-open case above).
		await page.click('[aria-label="Select trigger node"]');
		// The menu's entry reads "from <trigger name>"; the canvas also shows the name, so look outside it.
		const entry = await page.waitForFunction(
			(text: string) => {
				const hits = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter(
					(el) =>
						el.textContent?.replace(/\s+/g, ' ').trim() === text &&
						!el.closest('.vue-flow') &&
						!el.closest('[data-test-id="execute-workflow-button"]') &&
						el.offsetParent !== null,
				);
				return (
					hits.find((el) => el.getAttribute('role') === 'menuitem' || el.closest('[role="menuitem"],li')) ?? hits[0]
				);
			},
			{ timeout: 30_000 },
			`from ${MANUAL}`,
		);
		await (entry as unknown as import('puppeteer-core').ElementHandle<Element>).click();
		await page.waitForFunction(
			(name: string) => document.querySelector('[data-test-id="execute-workflow-button"]')?.textContent?.includes(name),
			{},
			MANUAL,
		);
	}
	const started = Date.now();
	await page.click('[data-test-id="execute-workflow-button"]');
	const status = await page
		.waitForFunction(
			async (id: string) => {
				const res = await fetch(`/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId: id }))}`, {
					credentials: 'include',
				});
				if (!res.ok) return undefined;
				const body = (await res.json()) as { data?: { results?: Array<{ status: string }> } };
				const run = body.data?.results?.[0];
				return run && !['new', 'running', 'waiting'].includes(run.status) ? run.status : undefined;
			},
			{ timeout: 240_000, polling: 1000 },
			workflow.id,
		)
		.catch(async (e: Error) => {
			await shot(page, 'newcomer-3-no-run');
			throw new Error(
				`no finished run ${Math.round((Date.now() - started) / 1000)} s after clicking Execute: ${e.message}`,
			);
		});
	await new Promise((r) => setTimeout(r, 2000)); // let the canvas paint the result
	await shot(page, 'newcomer-3-executed');
	expect(await status.jsonValue()).toBe('success');

	// 3. The sandbox console shows the customers the run created in Intacct, highlighted.
	const intacct = sbx.state.system('intacct')!.store;
	const changes = sbx.state.changes.collection('intacct', 'CUSTOMER', intacct.list('CUSTOMER'));
	const made = [...changes.lastRun].filter(([, v]) => v === 'new').map(([id]) => id);
	expect(made.length).toBeGreaterThan(0);
	errors.length = 0; // n8n's own page errors are not the console's
	await page.goto(`${sbx.url}/console/intacct`, { waitUntil: 'load' });
	const rows = await page.$$eval('#c-CUSTOMER tr.chg.new.run', (trs) => trs.map((tr) => tr.getAttribute('data-id')));
	expect(rows.sort()).toEqual(made.sort());
	await shot(page, 'newcomer-4-console');
	expect(errors).toEqual([]);
});
