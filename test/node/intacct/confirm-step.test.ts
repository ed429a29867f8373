/**
 * The one confirm step of Intacct writes (helpers/write.ts confirmWrite): a lost answer and an
 * "already processed" replay are both confirmed by the same look-up, in the write's entity, and the
 * look-up returns the record it really matched. Two candidates (two AR payments with the same
 * reference for one customer, issue 20 case 6) are reported per item as "outcome unknown" naming
 * both record numbers, never guessed. Run by n8n's engine against the sandbox.
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

const run = async (parameters: IDataObject, items?: IDataObject[]) =>
	(await runIntacctNode(sandbox, parameters, items)).nodeOutput('Intacct');

async function invoice(): Promise<string> {
	const [inv] = await run({
		resource: 'arInvoice',
		operation: 'create',
		recordSource: 'fields',
		customerId: 'C-0001',
		dateCreated: '2026-11-01T00:00:00',
		lines: { line: [{ glaccountno: '4000', amount: 500, locationid: 'US', memo: 'rent' }] },
		additionalFields: { datedue: '2026-12-01T00:00:00' },
	});
	expect(inv.error).toBeUndefined();
	return String(inv.RECORDNO);
}

const payment = (inv: string, amount: number, docNumber = 'REF-7') => ({
	CUSTOMERID: 'C-0001',
	PAYMENTMETHOD: 'Cash',
	RECEIPTDATE: '2026-11-26',
	CURRENCY: 'USD',
	UNDEPOSITEDACCOUNTNO: '1200',
	DOCNUMBER: docNumber,
	ARPYMTDETAILS: { ARPYMTDETAIL: [{ RECORDKEY: inv, TRX_PAYMENTAMOUNT: amount }] },
});
const createPayment = { resource: 'arPayment', operation: 'create', recordSource: 'json', record: '={{ $json }}' };
const payments = (docNumber: string) =>
	store()
		.list('ARPYMT')
		.filter((p) => p.fields.DOCNUMBER === docNumber);

describe('lost answer', () => {
	it('one record with the key: confirmed, and the output is that record', async () => {
		const inv = await invoice();
		await fault({ system: 'intacct', match: 'create', type: 'dropAfterCommit', count: 1 });
		const [out] = await run(createPayment, [payment(inv, 10)]);
		const [stored] = payments('REF-7');
		expect(out.error).toBeUndefined();
		expect(out).toMatchObject({ RECORDNO: stored.id, _intacct: { confirmedByLookup: true } });
		expect(payments('REF-7')).toHaveLength(1);
	});

	it('two payments with the same reference for one customer: outcome unknown naming both, nothing re-sent', async () => {
		const inv = await invoice();
		const [first] = await run(createPayment, [payment(inv, 10)]);
		expect(first.error).toBeUndefined();
		await fault({ system: 'intacct', match: 'create', type: 'dropAfterCommit', count: 1 });
		const [out] = await run(createPayment, [payment(inv, 20)]);
		const both = payments('REF-7').map((p) => p.id);
		expect(both).toHaveLength(2);
		expect(String(out.error)).toMatch(/outcome unknown: check create ARPYMT/);
		for (const recordNo of both) expect(String(out.error)).toContain(recordNo);
		expect(out.RECORDNO).toBeUndefined();
	});
});

describe('"already processed" replay (same control ID run again)', () => {
	it('one record with the key: the replay returns the record the look-up matched', async () => {
		const inv = await invoice();
		const [first] = await run(createPayment, [payment(inv, 10, 'REF-8')]);
		const [again] = await run(createPayment, [payment(inv, 10, 'REF-8')]);
		expect(again.error).toBeUndefined();
		expect(again).toMatchObject({ RECORDNO: first.RECORDNO, _intacct: { replay: true, found: true } });
		expect(payments('REF-8')).toHaveLength(1);
	});

	it('two candidates: reported as ambiguous (both record numbers), not the first one guessed', async () => {
		const inv = await invoice();
		const [first] = await run(createPayment, [payment(inv, 10, 'REF-9')]);
		// Another payment with the same reference for the same customer, entered in Intacct meanwhile.
		const other = store().insert('ARPYMT', {
			...store().get('ARPYMT', String(first.RECORDNO))!.fields,
			TRX_TOTALENTERED: '30.00',
		}).id;
		const [again] = await run(createPayment, [payment(inv, 10, 'REF-9')]);
		expect(String(again.error)).toMatch(/outcome unknown/);
		expect(String(again.error)).toContain(String(first.RECORDNO));
		expect(String(again.error)).toContain(other);
		expect(again.RECORDNO).toBeUndefined();
		expect(payments('REF-9')).toHaveLength(2);
	});
});
