/**
 * OfficeRnD ↔ Sage Intacct templates (workflows/officernd-intacct, workflows/intacct-officernd) in
 * real n8n against the sandbox, imported as shipped and run from their manual trigger. Each test
 * asserts the target's records one by one, runs the template again and asserts nothing new was
 * created. Failures are proven to reach the shared error handler's failure log.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { SEED_IDS } from '../../../sandbox/officernd';
import { cleanup, nodeOutput } from '../../helpers/n8n';
import { templateEnv, type TemplateEnv } from '../../helpers/templates';
import { errorHandlerFor, ERROR_HANDLER_ID, readFailureLog } from './common-error-log';

type Rec = Record<string, unknown>;

let env: TemplateEnv;
const logDir = mkdtempSync(path.join(tmpdir(), 'ornd-intacct-failures-'));

beforeAll(async () => {
	env = await templateEnv();
	await env.n8n.importWorkflow(errorHandlerFor(logDir));
	await env.n8n.publishWorkflow(ERROR_HANDLER_ID);
});

afterAll(async () => {
	await env?.sandbox.close();
	await cleanup();
});

const C = SEED_IDS.company;
const M = SEED_IDS.member;
const customers = () => env.records('intacct', 'CUSTOMER');
const byId = (list: Rec[], field: string, value: string) => list.find((r) => r[field] === value);

/** Changes an OfficeRnD record the way staff would (modifiedAt moves on), through the sandbox admin API. */
async function changeInOfficeRnd(collection: string, id: string, fields: Rec): Promise<void> {
	const res = await fetch(`${env.sandbox.url}/__admin/records/officernd/${collection}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ id, fields }),
	});
	expect(res.status).toBe(200);
}

/** The Intacct customer an OfficeRnD company or member was written to (its write-back property). */
const customerOf = (collection: string, id: string): Rec | undefined => {
	const source = env.sandbox.state.system('officernd')!.store.get(collection, id)?.fields as Rec | undefined;
	const customerId = ((source?.properties ?? {}) as Rec).intacctCustomerId;
	return customerId ? byId(customers(), 'CUSTOMERID', String(customerId)) : undefined;
};

describe('1. companies and members → customers (officernd-intacct/customers.json)', () => {
	it('creates one customer per company and per individually billed member, writes the ID back, and changes nothing on a re-run', async () => {
		const before = customers().length;
		const run = await env.run('officernd-intacct/customers.json');
		expect(run.errorMessage).toBeUndefined();

		// 4 companies + Dan Doyle (the only member without a company); members of companies are not customers.
		expect(customers().length).toBe(before + 5);
		const acme = customerOf('companies', C.acme)!;
		expect(acme).toMatchObject({ NAME: 'Acme Analytics Ltd', STATUS: 'active', TAXID: 'GB123456789' });
		expect(JSON.stringify(acme)).toContain('accounts@acme-analytics.example');
		expect(customerOf('companies', C.dormant)).toMatchObject({ NAME: 'Dormant Holdings', STATUS: 'inactive' });
		expect(customerOf('companies', C.celtic)).toMatchObject({ NAME: 'Celtic Ventures Teoranta', TAXID: 'IE6388047V' });
		expect(customerOf('companies', C.brightside)).toMatchObject({ NAME: 'Brightside Studio' });
		const dan = customerOf('members', M.dan)!;
		expect(dan).toMatchObject({ NAME: 'Dan Doyle', STATUS: 'active' });
		expect(JSON.stringify(dan)).toContain('dan.doyle@example.net');
		// Written back: four companies and one member carry a distinct Intacct customer ID.
		const written = [...env.records('officernd', 'companies'), ...env.records('officernd', 'members')]
			.map((r) => ((r.properties ?? {}) as Rec).intacctCustomerId)
			.filter(Boolean);
		expect(new Set(written).size).toBe(5);
		expect(customerOf('members', M.alice)).toBeUndefined();

		const again = await env.run('officernd-intacct/customers.json');
		expect(again.errorMessage).toBeUndefined();
		expect(customers().length).toBe(before + 5);
		expect(readFailureLog(logDir)).toEqual([]);
	});

	it('an update in OfficeRnD updates the same Intacct customer', async () => {
		const count = customers().length;
		const id = customerOf('companies', C.brightside)!.CUSTOMERID;
		await changeInOfficeRnd('companies', C.brightside, { name: 'Brightside Studio Group', email: 'ap@brightside.example' });
		const run = await env.run('officernd-intacct/customers.json');
		expect(run.errorMessage).toBeUndefined();
		expect(customers().length).toBe(count);
		const bright = byId(customers(), 'CUSTOMERID', String(id))!;
		expect(bright.NAME).toBe('Brightside Studio Group');
		expect(JSON.stringify(bright)).toContain('ap@brightside.example');
		expect(nodeOutput(run, 'Update Customer').length).toBeGreaterThan(0);
		expect(readFailureLog(logDir)).toEqual([]);
	});
});
