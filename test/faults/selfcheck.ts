/**
 * Self-checks of the sandbox machinery the scenarios rely on (no n8n, a few seconds): if fault
 * injection, bulk seeding or checkpoints did not do what the scenarios assume, every row of the
 * table would be meaningless. Each check is one row of the suite's table and counts in its total.
 */
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { INTACCT_SANDBOX_CREDENTIALS as IC } from '../../sandbox/intacct/seed';
import { classifyRequest } from '../../sandbox/core/faults';
import { compare } from './scenarios';

export interface Check {
	name: string;
	run(sbx: Sandbox): Promise<void>;
}

function assert(cond: unknown, message: string): asserts cond {
	if (!cond) throw new Error(message);
}

async function admin(sbx: Sandbox, method: string, p: string, body?: unknown): Promise<{ status: number; json: any }> {
	const res = await fetch(`${sbx.url}/__admin${p}`, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

async function token(sbx: Sandbox): Promise<string> {
	const res = await fetch(`${sbx.url}/officernd/oauth/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: 'sandbox-client',
			client_secret: 'sandbox-client-secret',
		}).toString(),
	});
	assert(res.status === 200, `token: ${res.status}`);
	return ((await res.json()) as { access_token: string }).access_token;
}

/** n GETs of OfficeRnD companies; their statuses ('dropped' when the socket was cut). */
async function companiesGets(sbx: Sandbox, n: number): Promise<Array<number | 'dropped'>> {
	const t = await token(sbx);
	const out: Array<number | 'dropped'> = [];
	for (let i = 0; i < n; i++) {
		try {
			const res = await fetch(`${sbx.url}/officernd/api/v2/organizations/sandbox-coworking/companies?$limit=1`, {
				headers: { authorization: `Bearer ${t}` },
			});
			await res.arrayBuffer();
			out.push(res.status);
		} catch {
			out.push('dropped');
		}
	}
	return out;
}

function intacctBody(fn: string): string {
	return `<?xml version="1.0" encoding="UTF-8"?><request><control><senderid>${IC.senderId}</senderid><password>${IC.senderPassword}</password><controlid>c1</controlid><uniqueid>false</uniqueid><dtdversion>3.0</dtdversion><includewhitespace>false</includewhitespace></control><operation><authentication><login><userid>${IC.userId}</userid><companyid>${IC.companyId}</companyid><password>${IC.userPassword}</password></login></authentication><content><function controlid="f1">${fn}</function></content></operation></request>`;
}

async function intacct(sbx: Sandbox, fn: string): Promise<{ status: number | 'dropped'; text: string }> {
	try {
		const res = await fetch(`${sbx.systemUrl('intacct')}/ia/xml/xmlgw.phtml`, {
			method: 'POST',
			headers: { 'content-type': 'application/xml' },
			body: intacctBody(fn),
		});
		return { status: res.status, text: await res.text() };
	} catch {
		return { status: 'dropped', text: '' };
	}
}

export const CHECKS: Check[] = [
	{
		name: 'comparison',
		async run() {
			const ref = [
				{ key: 'a', value: '1.00' },
				{ key: 'b', value: '2.00' },
				{ key: 'c', value: '3.00' },
			];
			assert(
				JSON.stringify(compare(ref, [...ref].reverse())) ===
					JSON.stringify({ duplicates: 0, lost: 0, changed: 0, examples: [] }),
				'equal lists differ',
			);
			const c = compare(ref, [
				{ key: 'a', value: '1.00' },
				{ key: 'a', value: '1.00' },
				{ key: 'b', value: '2.50' },
				{ key: 'd', value: '4.00' },
			]);
			assert(c.duplicates === 2 && c.lost === 1 && c.changed === 1, `compare ${JSON.stringify(c)}`);
		},
	},
	{
		name: 'read or write',
		async run() {
			const cases: Array<[string, string[], 'read' | 'write']> = [
				['POST', ['readByQuery'], 'read'],
				['POST', ['readMore'], 'read'],
				['POST', ['getAPISession'], 'read'],
				['POST', ['create'], 'write'],
				['POST', ['readByQuery', 'create'], 'write'],
				['GET', ['charges.list'], 'read'],
				['POST', ['oauth.token'], 'read'],
				['PUT', ['charges.update'], 'write'],
				['DELETE', ['charges.delete'], 'write'],
				['POST', ['invoices/list'], 'read'],
				['POST', ['receipts/modify'], 'write'],
			];
			for (const [method, ops, want] of cases)
				assert(classifyRequest(method, ops) === want, `${method} ${ops.join(',')} is not a ${want}`);
		},
	},
	{
		name: 'seeded probability',
		async run(sbx) {
			const pattern = async () => {
				sbx.reset();
				const f = await admin(sbx, 'POST', '/faults', {
					system: 'officernd',
					match: 'companies',
					type: 'http5xx',
					status: 503,
					probability: 0.3,
					seed: 42,
				});
				assert(f.status === 201, `fault refused: ${f.status} ${JSON.stringify(f.json)}`);
				return (await companiesGets(sbx, 40)).join(',');
			};
			const a = await pattern();
			const b = await pattern();
			const hits = a.split(',').filter((s) => s === '503').length;
			assert(a === b, 'the same seed gave different fault sequences');
			assert(hits > 3 && hits < 25, `30% of 40 requests hit ${hits} times`);
		},
	},
	{
		name: 'burst of 429s',
		async run(sbx) {
			sbx.reset();
			const f = await admin(sbx, 'POST', '/faults', {
				system: 'officernd',
				match: 'companies',
				type: 'http429',
				retryAfterSeconds: 2,
				burst: 5,
				count: 5,
				skip: 1,
			});
			assert(f.status === 201, `fault refused: ${f.status}`);
			const statuses = await companiesGets(sbx, 8);
			assert(statuses.join(',') === '200,429,429,429,429,429,200,200', `statuses ${statuses.join(',')}`);
		},
	},
	{
		name: 'only readMore',
		async run(sbx) {
			sbx.reset();
			const f = await admin(sbx, 'POST', '/faults', {
				system: 'intacct',
				operations: ['readMore'],
				type: 'dropAfterCommit',
				count: 1,
			});
			assert(f.status === 201, `fault refused: ${f.status}`);
			const first = await intacct(
				sbx,
				'<readByQuery><object>CUSTOMER</object><fields>*</fields><query></query><pagesize>5</pagesize></readByQuery>',
			);
			assert(
				first.status === 200 && first.text.includes('<status>success</status>'),
				'readByQuery was hit by a readMore fault',
			);
			const resultId = /resultId="([^"]+)"/.exec(first.text)?.[1] ?? /<resultId>([^<]+)</.exec(first.text)?.[1];
			assert(resultId, 'no resultId');
			const more = await intacct(sbx, `<readMore><resultId>${resultId}</resultId></readMore>`);
			assert(more.status === 'dropped', `readMore was not dropped (${more.status})`);
			const log = sbx.state.log.list({ system: 'intacct' });
			assert(log.filter((e) => e.faults.includes('dropAfterCommit')).length === 1, 'drop not logged once');
		},
	},
	{
		name: 'writes only',
		async run(sbx) {
			sbx.reset();
			const f = await admin(sbx, 'POST', '/faults', {
				system: 'officernd',
				kind: 'write',
				type: 'http5xx',
				status: 503,
			});
			assert(f.status === 201, `fault refused: ${f.status}`);
			const t = await token(sbx); // a POST, but a read (oauth.token)
			const get = await companiesGets(sbx, 1);
			assert(get[0] === 200, `a read was hit: ${get[0]}`);
			const res = await fetch(`${sbx.url}/officernd/api/v2/organizations/sandbox-coworking/companies`, {
				method: 'POST',
				headers: { authorization: `Bearer ${t}`, 'content-type': 'application/json' },
				body: JSON.stringify({ name: 'X' }),
			});
			await res.arrayBuffer();
			assert(res.status === 503, `a write was not hit: ${res.status}`);
			const totals = (await admin(sbx, 'GET', '/requests/totals')).json;
			assert(totals.officernd?.writes === 1 && totals.officernd?.reads === 3, `totals ${JSON.stringify(totals)}`);
		},
	},
	{
		name: 'bulk seed',
		async run(sbx) {
			sbx.reset();
			for (const system of ['officernd', 'scoro', 'released']) {
				const a = await admin(sbx, 'POST', `/seed/${system}`, { count: 30, seed: 3 });
				assert(a.status === 201, `${system}: ${a.status} ${JSON.stringify(a.json)}`);
			}
			const ornd = sbx.state.system('officernd')!.store;
			const bulk = ornd.list('payments').filter((d) => String(d.fields.number).startsWith('INV-B'));
			assert(bulk.length === 30, `officernd invoices ${bulk.length}`);
			assert(
				bulk.every((d) => Number(d.fields.total) > 0 && d.fields.status === 'partially_paid'),
				'invoice totals/status',
			);
			assert(
				ornd.list('charges').filter((c) => String(c.fields.reference).startsWith('BULK-CHG-')).length === 30,
				'charges',
			);
			const scoro = sbx.state
				.system('scoro')!
				.store.list('invoices')
				.filter((r) => Number(r.fields.no) > 20000);
			assert(scoro.length === 30 && scoro.every((r) => Number(r.fields.sum) > 0), 'scoro invoices with totals');
			const rl = sbx.state
				.system('released')!
				.store.list('invoice')
				.filter((r) => /^INV-5\d{4}$/.test(String(r.fields.invoiceNumber)));
			assert(rl.length === 30 && rl.every((r) => Number(r.fields.total) > 0), 're-leased invoices with totals');
			assert((await admin(sbx, 'POST', '/seed/intacct', { count: 3 })).status === 404, 'intacct has no bulk seeder');
			assert((await admin(sbx, 'POST', '/seed/officernd', { count: 0 })).status === 400, 'count 0 accepted');
		},
	},
	{
		name: 'checkpoint',
		async run(sbx) {
			sbx.reset();
			const cp = await admin(sbx, 'POST', '/checkpoint');
			assert(cp.status === 201, `checkpoint ${cp.status}`);
			const before = sbx.state.system('officernd')!.store.count('companies');
			await admin(sbx, 'POST', '/seed/officernd', { count: 5 });
			assert(sbx.state.system('officernd')!.store.count('companies') === before + 5, 'seed did not add');
			for (let i = 0; i < 2; i++) {
				assert((await admin(sbx, 'POST', `/restore/${cp.json.id}`)).status === 200, 'restore');
				assert(
					sbx.state.system('officernd')!.store.count('companies') === before,
					'restore did not put the records back',
				);
				await admin(sbx, 'POST', '/seed/officernd', { count: 2 });
			}
		},
	},
];

/** Runs every check against its own sandbox; one result per check. */
export async function runChecks(): Promise<Array<{ name: string; ok: boolean; error?: string; seconds: number }>> {
	const sbx = await startSandbox({ port: 0 });
	const out: Array<{ name: string; ok: boolean; error?: string; seconds: number }> = [];
	try {
		for (const c of CHECKS) {
			const t0 = Date.now();
			try {
				await c.run(sbx);
				out.push({ name: c.name, ok: true, seconds: (Date.now() - t0) / 1000 });
			} catch (err) {
				out.push({ name: c.name, ok: false, error: (err as Error).message, seconds: (Date.now() - t0) / 1000 });
			}
		}
	} finally {
		await sbx.close();
	}
	return out;
}
