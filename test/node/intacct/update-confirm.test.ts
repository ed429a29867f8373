/**
 * The one confirm step (helpers/write.ts confirmWrite) for updates: an update whose answer was lost
 * is confirmed by reading the record back and comparing the fields it writes (the read is
 * documented; Intacct's answer to a repeated control ID is not). Written = success, never "outcome
 * unknown" (issue 20 case 7: `ornd→int customers x faillog` logged ~19 customers that were written);
 * read back with the old values = not applied, so sent once more under the same control ID.
 * Run by n8n's engine against the sandbox.
 */
import type { IDataObject } from 'n8n-workflow';
import { compareWritten } from '../../../nodes/SageIntacct/helpers/write';
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
const fault = async (body: IDataObject) =>
	expect(
		(
			await fetch(`${sandbox.url}/__admin/faults`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(body),
			})
		).status,
	).toBe(201);
const customer = (id: string) =>
	store()
		.list('CUSTOMER')
		.find((c) => c.fields.CUSTOMERID === id)!;

const updateJson = { resource: 'customer', operation: 'update', recordSource: 'json', record: '={{ $json }}' };

describe('Customer > Update, answer lost', () => {
	it('lost after commit (JSON, by CUSTOMERID): confirmed by reading back, success, not "outcome unknown"', async () => {
		await fault({ system: 'intacct', operations: ['update'], type: 'dropAfterCommit', count: 1 });
		const [out] = await runIntacctNode(sandbox, updateJson, [
			{ CUSTOMERID: 'C-0001', NAME: 'Renamed One', DISPLAYCONTACT: { EMAIL1: 'one@example.com' } },
		]).then((r) => r.nodeOutput('Intacct'));
		expect(out.error).toBeUndefined();
		expect(out).toMatchObject({ CUSTOMERID: 'C-0001', _intacct: { confirmedByLookup: true } });
		expect(customer('C-0001').fields).toMatchObject({ NAME: 'Renamed One', EMAIL1: 'one@example.com' });
	});

	it('a batch of 5 updates lost after commit: every item confirmed, none logged as failed', async () => {
		await fault({ system: 'intacct', operations: ['update'], type: 'dropAfterCommit', count: 1 });
		const ids = ['C-0001', 'C-0002', 'C-0003', 'C-0004', 'C-0005'];
		const out = (
			await runIntacctNode(
				sandbox,
				updateJson,
				ids.map((id, n) => ({ CUSTOMERID: id, NAME: `Batch ${n}` })),
			)
		).nodeOutput('Intacct');
		expect(out.map((o) => o.error)).toEqual(ids.map(() => undefined));
		expect(ids.map((id) => customer(id).fields.NAME)).toEqual(ids.map((_id, n) => `Batch ${n}`));
	});

	it('5xx before anything ran: read back shows the old name, so the update is sent once more and applied', async () => {
		const before = String(customer('C-0002').fields.NAME);
		await fault({ system: 'intacct', operations: ['update'], type: 'http5xx', count: 1 });
		const [out] = (
			await runIntacctNode(sandbox, {
				resource: 'customer',
				operation: 'update',
				lookupBy: 'id',
				recordId: 'C-0002',
				updateFields: { name: `${before} (new)` },
			})
		).nodeOutput('Intacct');
		expect(out.error).toBeUndefined();
		expect(customer('C-0002').fields.NAME).toBe(`${before} (new)`);
	});
});

describe('compareWritten (the comparison the confirm step uses)', () => {
	const skip = new Set(['RECORDNO', 'CUSTOMERID']);
	it('same values in Intacct text forms: dates mm/dd/yyyy, numbers, booleans, flattened contact fields', () => {
		const written = {
			CUSTOMERID: 'C-1',
			NAME: 'A',
			CREDITLIMIT: 100.5,
			ONHOLD: false,
			WHENDUE: '2026-02-01',
			DISPLAYCONTACT: { EMAIL1: 'a@b.c' },
		};
		const read = {
			CUSTOMERID: 'C-1',
			NAME: 'A',
			CREDITLIMIT: '100.50',
			ONHOLD: 'false',
			WHENDUE: '02/01/2026',
			EMAIL1: 'a@b.c',
		};
		expect(compareWritten(written, read, skip)).toEqual({ compared: 5, differ: [] });
	});
	it('a different value is named; a field the read does not show is not compared; key fields are not evidence', () => {
		const written = {
			CUSTOMERID: 'C-1',
			NAME: 'New',
			DISPLAYCONTACT: { MAILADDRESS: { CITY: 'Paris' } },
			NOTSHOWN: 'x',
		};
		const read = { CUSTOMERID: 'C-1', NAME: 'Old', DISPLAYCONTACT: { MAILADDRESS: { CITY: 'Paris' } } };
		expect(compareWritten(written, read, skip)).toEqual({ compared: 2, differ: ['NAME'] });
		expect(compareWritten({ CUSTOMERID: 'C-1' }, read, skip)).toEqual({ compared: 0, differ: [] });
	});
});
