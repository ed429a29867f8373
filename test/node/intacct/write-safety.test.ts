/**
 * Issue 12, node side, run by n8n's own engine against the sandbox (faults through its admin API):
 * default settings never duplicate after a lost answer, writing stops at the first failure, one
 * session per credential, one record per key, no markup through JSON keys, forbidden characters.
 */
import type { IDataObject } from 'n8n-workflow';
import { SageIntacctApi } from '../../../credentials/SageIntacctApi.credentials';
import { SageIntacct } from '../../../nodes/SageIntacct/SageIntacct.node';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { connectChain, MANUAL_TRIGGER, runWorkflow } from '../../helpers/engine';
import { INTACCT_NODE_TYPE, intacctCredentialData, intacctEngineOptions } from '../../helpers/intacct';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
	await sandbox.close();
});
beforeEach(() => sandbox.reset());

const store = () => sandbox.state.system('intacct')!.store;
const admin = async (method: string, path: string, body?: unknown) =>
	await fetch(`${sandbox.url}/__admin${path}`, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
const fault = async (body: IDataObject) => expect((await admin('POST', '/faults', body)).status).toBe(201);

type Options = { continueOnFail?: boolean; engine?: ReturnType<typeof intacctEngineOptions> };
async function run(parameters: IDataObject, items: IDataObject[] = [{}], opts: Options = {}) {
	return await runWorkflow({
		workflow: {
			nodes: [
				{ name: 'Start', type: MANUAL_TRIGGER },
				{
					name: 'Intacct',
					type: INTACCT_NODE_TYPE,
					parameters: { idempotencyKey: '', ...parameters },
					...(opts.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
				},
			],
			connections: connectChain('Start', 'Intacct'),
			pinData: { Start: items.map((json) => ({ json })) },
		},
		...(opts.engine ?? intacctEngineOptions(sandbox)),
	});
}
const errorOf = (r: Awaited<ReturnType<typeof run>>) =>
	r.taskData('Intacct').error as unknown as { message: string; description?: string; context: IDataObject };

const invoice = (extra: IDataObject = {}) => ({
	resource: 'arInvoice',
	operation: 'create',
	recordSource: 'fields',
	customerId: '={{ $json.customer ?? "C-0001" }}',
	dateCreated: '2026-11-01T00:00:00',
	lines: {
		line: [
			{
				glaccountno: '4000',
				amount: '={{ $json.amount ?? 100 }}',
				locationid: 'US',
				memo: '={{ "line " + ($json.n ?? 0) }}',
			},
		],
	},
	additionalFields: { datedue: '2026-12-01T00:00:00', ...extra },
});

describe('issue 12 case 1: a lost answer with default settings never duplicates', () => {
	it('invoices with a number: the lost batch is confirmed by look-up; running the same items again writes nothing new', async () => {
		const items = Array.from({ length: 120 }, (_v, n) => ({ n, no: `LOST-${n}` }));
		// The second create request's answer is lost after the sandbox committed it.
		await fault({ system: 'intacct', match: 'create_invoice', type: 'latency', latencyMs: 1, count: 1 });
		await fault({ system: 'intacct', match: 'create_invoice', type: 'dropAfterCommit', count: 1 });
		const first = await run(invoice({ invoiceno: '={{ $json.no }}' }), items);
		expect(first.status).toBe('success');
		const out = first.nodeOutput('Intacct');
		expect(out).toHaveLength(120);
		expect(out.every((o) => typeof o.RECORDNO === 'string' && o.RECORDNO !== '')).toBe(true);
		expect(out.filter((o) => (o._intacct as IDataObject).confirmedByLookup)).toHaveLength(50);
		expect(store().count('ARINVOICE')).toBe(120);

		const again = await run(invoice({ invoiceno: '={{ $json.no }}' }), items);
		expect(again.status).toBe('success');
		expect(store().count('ARINVOICE')).toBe(120);
		expect(
			new Set(
				store()
					.list('ARINVOICE')
					.map((r) => r.fields.RECORDID),
			).size,
		).toBe(120);
	});

	it('auto-numbered invoices (no look-up): lost items are "outcome unknown", and a re-run does not write them twice', async () => {
		const items = Array.from({ length: 60 }, (_v, n) => ({ n, amount: 100 + n }));
		await fault({ system: 'intacct', match: 'create_invoice', type: 'dropAfterCommit', count: 1 });
		const first = await run(invoice(), items, { continueOnFail: true });
		const out = first.nodeOutput('Intacct');
		expect(out).toHaveLength(60);
		const unknown = out.filter((o) =>
			/outcome unknown: check create_invoice with control ID "auto-/.test(String(o.error)),
		);
		// The first request (50 items) was the one whose answer was lost.
		expect(unknown).toHaveLength(50);
		expect(store().count('ARINVOICE')).toBe(60);

		const again = await run(invoice(), items, { continueOnFail: true });
		expect(again.nodeOutput('Intacct').filter((o) => o.error)).toEqual([]);
		expect(store().count('ARINVOICE')).toBe(60);
	});

	it('without a key, writes go with uniqueid=true and a control ID derived from the item, stable across runs', async () => {
		const preview = async () =>
			(await run({ ...invoice(), writeOptions: { preview: true } }, [{ n: 1 }, { n: 1 }, { n: 2 }])).nodeOutput(
				'Intacct',
			);
		const a = await preview();
		const b = await preview();
		expect(a.map((o) => o.controlId)).toEqual(b.map((o) => o.controlId));
		expect(new Set(a.map((o) => o.controlId)).size).toBe(3);
		expect(String(a[0].controlId)).toMatch(/^auto-[0-9a-f]{48}-1$/);
		expect(String(a[1].controlId)).toMatch(/-2$/);
		expect(String(a[0].request)).toContain('<uniqueid>true</uniqueid>');
	});
});

describe('issue 12 case 2: when the node stops, writing stops', () => {
	it('5,000 items, item 100 refused: no request after the failure; the count 3 s later equals what the error says was written', async () => {
		const items = Array.from({ length: 5000 }, (_v, n) => ({ n, customer: n === 100 ? 'C-9999' : 'C-0002' }));
		const r = await run(invoice(), items);
		expect(r.status).toBe('error');
		const error = errorOf(r);
		expect(error.message).toMatch(/^Item 100: .*C-9999/);
		expect(error.context.errorCode).toBe('WRITES_STOPPED');
		const written = error.context.written as Array<{ itemIndex: number; id?: string }>;
		const atReturn = store().count('ARINVOICE');
		await new Promise((resolve) => setTimeout(resolve, 3000));
		expect(store().count('ARINVOICE')).toBe(atReturn);
		expect(written).toHaveLength(atReturn);
		expect(atReturn).toBeGreaterThanOrEqual(100);
		expect(atReturn).toBeLessThan(400);
		// Every written item is named with its RECORDNO, and those are exactly the records that exist.
		expect(written.map((w) => w.id).sort()).toEqual(
			store()
				.list('ARINVOICE')
				.map((x) => x.id)
				.sort(),
		);
		expect(written.some((w) => w.itemIndex === 100)).toBe(false);
		const notSent = error.context.notSent as number[];
		expect(notSent).toContain(4999);
		expect(written.length + notSent.length + 1).toBe(5000);
		expect(String(error.description)).toMatch(/Writing stopped at the first failure\. Written \(item→record\): 0→/);
	}, 120_000);

	it('a planning error on item 0 means nothing is sent; All or Nothing stops the same way', async () => {
		const items = Array.from({ length: 200 }, (_v, n) => ({ n, customer: 'C-0002' }));
		const bad = await run({ ...invoice(), dateCreated: '={{ $json.n === 0 ? "not a date" : "2026-11-01" }}' }, items);
		expect(bad.status).toBe('error');
		expect(errorOf(bad).context.written).toEqual([]);
		expect(store().count('ARINVOICE')).toBe(0);
		const log = (await (await admin('GET', '/requests?system=intacct')).json()) as Array<{ operation?: string }>;
		expect(log.filter((l) => String(l.operation).includes('create_invoice'))).toEqual([]);

		// All or Nothing: item 60 refused (second request) rolls its request back; requests already
		// in flight finish, nothing is sent after the failure is known.
		const many = Array.from({ length: 1000 }, (_v, n) => ({ n, customer: n === 60 ? 'C-9999' : 'C-0002' }));
		const tx = await run({ ...invoice(), writeOptions: { transaction: true } }, many);
		expect(tx.status).toBe('error');
		const e = errorOf(tx);
		expect(e.message).toMatch(/^Item 60: /);
		const written = e.context.written as Array<{ itemIndex: number }>;
		expect(written.map((w) => w.itemIndex).every((i) => i < 50 || i >= 100)).toBe(true);
		expect(store().count('ARINVOICE')).toBe(written.length);
		expect(written.length).toBeLessThanOrEqual(250);
		expect(e.context.notSent as number[]).toContain(999);
		expect(String(e.description)).toMatch(/Also refused by Sage Intacct \(not written\): items 50, 51/);
	});

	it('with Continue On Fail on, every item gets its own result', async () => {
		const items = Array.from({ length: 300 }, (_v, n) => ({ n, customer: n === 100 ? 'C-9999' : 'C-0002' }));
		const r = await run(invoice(), items, { continueOnFail: true });
		const out = r.nodeItems('Intacct');
		expect(out.map((i) => (i.pairedItem as { item: number }).item)).toEqual(items.map((_v, n) => n));
		expect(out.filter((i) => i.json.error).map((i) => (i.pairedItem as { item: number }).item)).toEqual([100]);
		expect(store().count('ARINVOICE')).toBe(299);
	});
});

describe('issue 12 case 3: a session belongs to one credential', () => {
	it('a wrong user password fails even after the right credential opened a session in the same process', async () => {
		const read = { resource: 'customer', operation: 'getAll', returnAll: false, limit: 2 };
		const right = await run(read);
		expect(right.status).toBe('success');
		// No clearSessionCache() in between: the same process, the same cache.
		const wrongEngine = {
			nodeTypes: { [INTACCT_NODE_TYPE]: new SageIntacct() },
			credentialTypes: { sageIntacctApi: new SageIntacctApi() },
			credentials: { sageIntacctApi: intacctCredentialData(sandbox, { userPassword: 'wrong-user-password' }) },
		};
		const wrong = await run(read, [{}], { engine: wrongEngine });
		expect(wrong.status).toBe('error');
		expect(errorOf(wrong).message).toMatch(/Sign-in information is incorrect/);
		expect(JSON.stringify(errorOf(wrong))).not.toContain('wrong-user-password');
		// The right one still works on its own session.
		expect(
			(
				await run(read, [{}], {
					engine: { ...wrongEngine, credentials: { sageIntacctApi: intacctCredentialData(sandbox) } },
				})
			).status,
		).toBe('success');
	});
});

describe('issue 12 case 4: one record means one record', () => {
	it.each([
		['3,4', 'Record Number'],
		[' 3 4 ', 'Record Number'],
		['={{ [5,6,7] }}', 'list'],
		['={{ "[5,6,7]" }}', 'list'],
	])(
		'Customer > Delete by RECORDNO %j is an item error naming the field; nothing is deleted',
		async (recordNo, message) => {
			const before = store().count('CUSTOMER');
			const r = await run({ resource: 'customer', operation: 'delete', lookupBy: 'recordNo', recordNo }, [{}], {
				continueOnFail: true,
			});
			const [item] = r.nodeOutput('Intacct');
			expect(String(item.error)).toMatch(new RegExp(message));
			expect(String(item.error)).toMatch(/one customer/);
			expect(store().count('CUSTOMER')).toBe(before);
		},
	);

	it('Get, Update and the AR Invoice Delete by key refuse lists too', async () => {
		const get = await run(
			{
				resource: 'customer',
				operation: 'get',
				lookupBy: 'id',
				recordId: { __rl: true, mode: 'id', value: 'C-0001,C-0002' },
			},
			[{}],
			{ continueOnFail: true },
		);
		expect(String(get.nodeOutput('Intacct')[0].error)).toMatch(/CUSTOMERID \(ID\) "C-0001,C-0002" is a list/);
		const upd = await run(
			{ resource: 'customer', operation: 'update', recordSource: 'json', record: '={{ $json.record }}' },
			[{ record: { RECORDNO: '3,4', NAME: 'Both' } }],
			{ continueOnFail: true },
		);
		expect(String(upd.nodeOutput('Intacct')[0].error)).toMatch(/RECORDNO "3,4" is a list/);
		expect(
			store()
				.list('CUSTOMER')
				.filter((c) => c.fields.NAME === 'Both'),
		).toEqual([]);
		const del = await run(
			{ resource: 'arInvoice', operation: 'delete', recordSource: 'fields', recordNo: '={{ [1,2] }}' },
			[{}],
			{ continueOnFail: true },
		);
		expect(String(del.nodeOutput('Intacct')[0].error)).toMatch(/RECORDNO: got a list/);
	});
});

describe('issue 12 cases 5 and 7: keys and characters', () => {
	const create = { resource: 'customer', operation: 'create', recordSource: 'json', record: '={{ $json.record }}' };

	it('object keys cannot inject markup or copy the login block; the error names the key and nothing is written', async () => {
		const r = await run(
			create,
			[
				{ record: { CUSTOMERID: 'C-INJ1', NAME: 'K', 'STATUS>inactive</STATUS><!--': 'x' } },
				{ record: { CUSTOMERID: 'C-INJ2', NAME: 'M', '#comment': 'intacct:login' } },
				{ record: { CUSTOMERID: 'C-INJ3', NAME: 'N', DISPLAYCONTACT: { password: 'x' } } },
				{ record: { CUSTOMERID: 'C-OK', NAME: 'Fine' } },
			],
			{ continueOnFail: true },
		);
		const out = r.nodeOutput('Intacct');
		expect(String(out[0].error)).toMatch(/"STATUS>inactive<\/STATUS><!--" .*not a valid Sage Intacct element name/);
		expect(String(out[1].error)).toMatch(/"#comment"/);
		expect(String(out[2].error)).toMatch(/"password" \(at DISPLAYCONTACT\.password\)/);
		expect(out[3]).toMatchObject({ CUSTOMERID: 'C-OK' });
		const ids = store()
			.list('CUSTOMER')
			.map((c) => c.fields.CUSTOMERID);
		expect(ids).toContain('C-OK');
		expect(ids.filter((id) => String(id).startsWith('C-INJ'))).toEqual([]);
		const log = JSON.stringify(await (await admin('GET', '/requests?system=intacct')).json());
		expect(log).not.toContain('sandbox-user-pass');
	});

	it('a control character fails only its own item (not its batch of 100), naming the field; the option removes it', async () => {
		const items = Array.from({ length: 100 }, (_v, n) => ({
			record: { CUSTOMERID: `C-CC${n}`, NAME: n === 37 ? 'Bad\u0001Name' : `Name ${n}` },
		}));
		const r = await run(create, items, { continueOnFail: true });
		const out = r.nodeOutput('Intacct');
		expect(
			r
				.nodeItems('Intacct')
				.filter((o) => o.json.error)
				.map((o) => (o.pairedItem as { item: number }).item),
		).toEqual([37]);
		expect(String(out[37].error)).toMatch(/NAME contains the character U\+0001.*Remove Invalid XML Characters/);
		expect(
			store()
				.list('CUSTOMER')
				.filter((c) => String(c.fields.CUSTOMERID).startsWith('C-CC')),
		).toHaveLength(99);

		const fixed = await run({ ...create, writeOptions: { removeInvalidXmlChars: true } }, [items[37]]);
		expect(fixed.status).toBe('success');
		expect(
			store()
				.list('CUSTOMER')
				.find((c) => c.fields.CUSTOMERID === 'C-CC37')!.fields.NAME,
		).toBe('BadName');
	});
});
