/**
 * Multi-entity reads (reference §1.7): a top-level session sees only shared records, never those
 * private to an entity. At the top level, Get and Get Many also read in each entity (listed through
 * LOCATIONENTITY) unless told to read shared records only; Upsert does not create a second record
 * whose ID already exists privately in another entity. Runs in n8n's engine against the sandbox,
 * which applies the documented visibility rule.
 */
import type { IDataObject } from 'n8n-workflow';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { runIntacctNode } from '../../helpers/intacct';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
	await sandbox.close();
});
beforeEach(() => sandbox.reset());

const store = () => sandbox.state.system('intacct')!.store;

const run = (parameters: IDataObject, items?: IDataObject[], credentials?: Record<string, string>) =>
	runIntacctNode(sandbox, parameters, items, credentials);
const out = async (parameters: IDataObject, items?: IDataObject[], credentials?: Record<string, string>) =>
	(await run(parameters, items, credentials)).nodeOutput('Intacct');

describe('Get Many at the top level', () => {
	it('returns entity-private customers too (read in each entity), each record once', async () => {
		const ids = (await out({ resource: 'customer', operation: 'getAll', returnAll: true })).map((c) =>
			String(c.CUSTOMERID),
		);
		// C-0002 is private to UK (seed): the top-level session alone does not return it.
		expect(ids).toContain('C-0002');
		expect(ids).toContain('C-0001');
		expect(new Set(ids).size).toBe(ids.length);
		const seeded = store().list('CUSTOMER').length;
		expect(ids).toHaveLength(seeded);
	});

	it('keeps the fields asked for (RECORDNO is asked only to tell records apart) and honours Limit', async () => {
		const rows = await out({
			resource: 'vendor',
			operation: 'getAll',
			returnAll: true,
			options: { fields: 'VENDORID' },
		});
		expect(rows.map((r) => r.VENDORID).sort()).toEqual(['V-0001', 'V-0002', 'V-0003', 'V-0004', 'V-0005']);
		expect(rows.every((r) => Object.keys(r).join() === 'VENDORID')).toBe(true);
		const limited = await out({ resource: 'vendor', operation: 'getAll', returnAll: false, limit: 4, filters: {} });
		expect(limited).toHaveLength(4);
	});

	it('"Top Level Only" returns the shared records alone, as Sage Intacct shows the top level', async () => {
		const ids = (
			await out({ resource: 'customer', operation: 'getAll', returnAll: true, options: { entityScope: 'topOnly' } })
		).map((c) => String(c.CUSTOMERID));
		expect(ids).toContain('C-0001');
		expect(ids).not.toContain('C-0002');
	});

	it('in an entity, reads that entity (and shared records) only', async () => {
		const ids = (
			await out({
				resource: 'vendor',
				operation: 'getAll',
				returnAll: true,
				options: { entity: 'UK', fields: 'VENDORID' },
			})
		).map((c) => String(c.VENDORID));
		expect(ids).toContain('V-0002');
		expect(ids).not.toContain('V-0004'); // private to US
	});
});

describe('Any Object > Query (raw condition) at the top level', () => {
	it('returns entity-private records too (read in each entity), each once; "Top Level Only" the shared ones alone', async () => {
		const query = {
			resource: 'anyObject',
			operation: 'query',
			object: 'CUSTOMER',
			queryMode: 'raw',
			fields: 'CUSTOMERID',
			rawQuery: "CUSTOMERID LIKE 'C-%'",
			returnAll: true,
		};
		const ids = (await out(query)).map((c) => String(c.CUSTOMERID));
		expect(ids).toContain('C-0002'); // private to UK (seed)
		expect(ids).toContain('C-0001');
		expect(new Set(ids).size).toBe(ids.length);
		expect((await out(query)).every((r) => Object.keys(r).join() === 'CUSTOMERID')).toBe(true);
		const shared = (await out({ ...query, options: { entityScope: 'topOnly' } })).map((c) => String(c.CUSTOMERID));
		expect(shared).toContain('C-0001');
		expect(shared).not.toContain('C-0002');
	});
});

describe('Get at the top level', () => {
	it('finds a vendor private to an entity by its ID', async () => {
		const [v] = await out({
			resource: 'vendor',
			operation: 'get',
			lookupBy: 'id',
			recordId: { __rl: true, mode: 'id', value: 'V-0002' },
		});
		expect(v).toMatchObject({ VENDORID: 'V-0002', MEGAENTITYID: 'UK' });
	});

	it('finds an AR invoice private to an entity by RECORDNO; "Top Level Only" says where it looked', async () => {
		const recordNo = store().insert('ARINVOICE', {
			RECORDID: 'UK-INV-1',
			CUSTOMERID: 'C-0002',
			STATE: 'Posted',
			CURRENCY: 'GBP',
			MEGAENTITYID: 'UK',
		}).id;
		const [inv] = await out({
			resource: 'arInvoice',
			operation: 'get',
			recordNo: String(recordNo),
			options: { fields: 'RECORDNO,MEGAENTITYID' },
		});
		expect(inv).toMatchObject({ RECORDNO: String(recordNo), MEGAENTITYID: 'UK' });
		const [missed] = await out({
			resource: 'arInvoice',
			operation: 'get',
			recordNo: String(recordNo),
			options: { entityScope: 'topOnly' },
		});
		expect(String(missed.error)).toMatch(/among the shared records/);
	});
});

describe('Upsert of a record private to another entity', () => {
	it('is an item error naming the record, the entity and the fix; nothing is written', async () => {
		const before = JSON.stringify(store().list('CUSTOMER'));
		const [item] = await out({
			resource: 'customer',
			operation: 'upsert',
			name: 'Brightside renamed',
			customerId: 'C-0002',
		});
		expect(String(item.error)).toMatch(/CUSTOMERID "C-0002" already exists \(RECORDNO \d+\) in entity UK/);
		expect(String(item.error)).toMatch(/Set Write Options > Entity to "UK"/);
		expect(JSON.stringify(store().list('CUSTOMER'))).toBe(before);
	});

	it('with the record’s entity chosen, updates it there', async () => {
		const [item] = await out({
			resource: 'customer',
			operation: 'upsert',
			name: 'Brightside renamed',
			customerId: 'C-0002',
			writeOptions: { entity: 'UK' },
		});
		expect(item.error).toBeUndefined();
		expect(store().find('CUSTOMER', (r) => r.fields.CUSTOMERID === 'C-0002')!.fields.NAME).toBe('Brightside renamed');
	});
});
