import type { IDataObject } from 'n8n-workflow';
import { createOfficeRndSystem, SEED_IDS } from '../../../sandbox/officernd';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { runOfficeRnd } from './helpers';

/**
 * Issue 12 "What must hold": a create whose answer is lost is confirmed by its key before anything is
 * sent again, or reported as "outcome unknown"; with Continue On Fail off writing stops at the first
 * failure and the error names what was written (with IDs) and what was not sent.
 */
let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ systems: [createOfficeRndSystem] });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const store = () => sandbox.state.system('officernd')!.store;
const chargesOf = (invoice: string) =>
	store()
		.list('charges')
		.filter((c: { fields: IDataObject }) => c.fields.payment === invoice);
const admin = async (path: string, body?: unknown) =>
	await (
		await fetch(
			`${sandbox.url}/__admin${path}`,
			body
				? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
				: undefined,
		)
	).json();
const createRequests = async () =>
	((await admin('/requests?system=officernd')) as Array<{ operation?: string }>).filter(
		(r) => r.operation === 'charges.create',
	).length;

const chargeParams = (extra: IDataObject = {}) => ({
	resource: 'charge',
	operation: 'create',
	inputMode: 'fields',
	payment: '={{ $json.invoice }}',
	amount: '={{ $json.amount }}',
	additionalFields: extra,
});

describe('OfficeRnD creates whose answer is lost', () => {
	it('a charge with a reference is confirmed by looking it up: one charge, returned as the item, not sent twice', async () => {
		const inv = SEED_IDS.invoice(13);
		const before = chargesOf(inv).length;
		await admin('/faults', { system: 'officernd', match: 'charges.create', type: 'dropAfterCommit', count: 1 });
		const run = await runOfficeRnd(sandbox, chargeParams({ reference: 'Intacct ARPYMT 77' }), {
			items: [{ json: { invoice: inv, amount: 7 } }],
		});
		expect(run.status).toBe('success');
		const after = chargesOf(inv);
		expect(after).toHaveLength(before + 1);
		const [out] = run.nodeOutput('OfficeRnD');
		expect(out).toMatchObject({ payment: inv, amount: 7, reference: 'Intacct ARPYMT 77' });
		expect(after.map((c: { id: string }) => c.id)).toContain(out._id);
		expect(await createRequests()).toBe(1);
	});

	it('a charge without any reference is reported "outcome unknown" and never re-sent', async () => {
		const inv = SEED_IDS.invoice(13);
		const before = chargesOf(inv).length;
		await admin('/faults', { system: 'officernd', match: 'charges.create', type: 'dropAfterCommit', count: 1 });
		const run = await runOfficeRnd(sandbox, chargeParams(), {
			items: [{ json: { invoice: inv, amount: 7 } }],
			continueOnFail: true,
		});
		const [item] = run.nodeOutput('OfficeRnD');
		const shaped = run.nodeItems('OfficeRnD')[0].error as { context?: { errorCode?: string } } | undefined;
		expect(item.errorCode ?? shaped?.context?.errorCode).toBe('OUTCOME_UNKNOWN');
		expect(String(item.error)).toMatch(
			/outcome unknown: check .*charges of billing document|outcome unknown: check OfficeRnD charges/,
		);
		expect(chargesOf(inv)).toHaveLength(before + 1);
		expect(await createRequests()).toBe(1);
	});

	it('a 5xx whose create did not land is re-sent once the look-up proves it absent', async () => {
		const inv = SEED_IDS.invoice(13);
		const before = chargesOf(inv).length;
		await admin('/faults', { system: 'officernd', match: 'charges.create', type: 'http5xx', status: 503, count: 1 });
		const run = await runOfficeRnd(sandbox, chargeParams({ reference: 'R-503' }), {
			items: [{ json: { invoice: inv, amount: 3 } }],
		});
		expect(run.status).toBe('success');
		expect(chargesOf(inv)).toHaveLength(before + 1);
		expect(await createRequests()).toBe(2);
	});
});

describe('OfficeRnD company create whose answer is lost', () => {
	it('is confirmed by its exact name: one company, returned as the item', async () => {
		const before = store().count('companies');
		await admin('/faults', { system: 'officernd', match: 'companies.create', type: 'dropAfterCommit', count: 1 });
		const run = await runOfficeRnd(sandbox, {
			resource: 'company',
			operation: 'create',
			inputMode: 'fields',
			name: 'Lost Answer Labs',
			additionalFields: { email: 'ap@lost.example' },
		});
		expect(run.status).toBe('success');
		expect(store().count('companies')).toBe(before + 1);
		const [company] = run.nodeOutput('OfficeRnD');
		expect(company).toMatchObject({ name: 'Lost Answer Labs' });
		expect(store().get('companies', String(company._id))).toBeDefined();
	});
});

describe('OfficeRnD billing document create whose answer is lost', () => {
	// Issue 20 case 7: an overpayment written for an Intacct advance has no number of its own, but its
	// accounting status names the advance: a lost answer is confirmed by it, not logged as a failure.
	it('an overpayment without a number is confirmed by the record its accounting status names: one document, returned as the item', async () => {
		const payments = () =>
			store()
				.list('payments')
				.filter((d: { fields: IDataObject }) => d.fields.documentType === 'overpayment');
		const before = payments().length;
		await admin('/faults', { system: 'officernd', match: 'payments.create', type: 'dropAfterCommit', count: 1 });
		const body = {
			documentType: 'overpayment',
			company: SEED_IDS.company.acme,
			location: SEED_IDS.location.london,
			currency: 'GBP',
			date: '2025-03-26',
			lines: [{ description: 'Advance 991', unitPrice: 20, quantity: 1 }],
			accounting: { provider: 'sage-intacct', providerId: '991', externalOrgId: 'SANDBOX-CO', error: null },
		};
		const run = await runOfficeRnd(sandbox, {
			resource: 'billingDocument',
			operation: 'create',
			inputMode: 'json',
			jsonBody: JSON.stringify(body),
		});
		expect(run.status).toBe('success');
		expect(payments()).toHaveLength(before + 1);
		const [doc] = run.nodeOutput('OfficeRnD');
		expect(doc).toMatchObject({ documentType: 'overpayment', accounting: { providerId: '991' } });
		expect(store().get('payments', String(doc._id))).toBeDefined();
	});
});

describe('OfficeRnD: when the node stops, writing stops', () => {
	it('Continue On Fail off: items after the failure are not sent; the error names the written items with their IDs and the ones not sent', async () => {
		const inv = SEED_IDS.invoice(13);
		const before = chargesOf(inv).length;
		const run = await runOfficeRnd(sandbox, chargeParams({ reference: '={{ "R-" + $json.n }}' }), {
			items: [
				{ json: { invoice: inv, amount: 1, n: 0 } },
				{ json: { invoice: '66a0c0ffeea0000000009999', amount: 1, n: 1 } },
				{ json: { invoice: inv, amount: 1, n: 2 } },
				{ json: { invoice: inv, amount: 1, n: 3 } },
			],
		});
		expect(run.status).toBe('error');
		const created = chargesOf(inv);
		expect(created).toHaveLength(before + 1);
		const error = run.error as unknown as { message: string; description?: string; context?: IDataObject };
		expect(error.message).toMatch(/^Item 1: /);
		expect(error.context?.errorCode).toBe('WRITES_STOPPED');
		const newId = created.find((c: { fields: IDataObject }) => c.fields.reference === 'R-0')!.id;
		expect(error.context?.written).toEqual([{ itemIndex: 0, id: newId }]);
		expect(error.context?.notSent).toEqual([2, 3]);
		expect(error.description).toContain(`0→${newId}`);
		expect(error.description).toContain('Not sent: items 2-3');
	});

	it('Continue On Fail off and a lost answer without a key: the item is listed as outcome unknown, the rest not sent', async () => {
		const inv = SEED_IDS.invoice(13);
		await admin('/faults', { system: 'officernd', match: 'charges.create', type: 'dropAfterCommit', count: 1 });
		const run = await runOfficeRnd(sandbox, chargeParams(), {
			items: [{ json: { invoice: inv, amount: 1 } }, { json: { invoice: inv, amount: 2 } }],
		});
		expect(run.status).toBe('error');
		const error = run.error as unknown as { message: string; description?: string; context?: IDataObject };
		expect(error.message).toMatch(/^Item 0: OfficeRnD: outcome unknown: check /);
		expect(error.context).toMatchObject({ errorCode: 'WRITES_STOPPED', written: [], unknown: [0], notSent: [1] });
		expect(error.description).toContain('Outcome unknown (check before running again): items 0');
		expect(await createRequests()).toBe(1);
	});

	it('Continue On Fail on: every item gets its own result', async () => {
		const inv = SEED_IDS.invoice(13);
		const run = await runOfficeRnd(sandbox, chargeParams({ reference: '={{ "S-" + $json.n }}' }), {
			continueOnFail: true,
			items: [
				{ json: { invoice: inv, amount: 1, n: 0 } },
				{ json: { invoice: '66a0c0ffeea0000000009999', amount: 1, n: 1 } },
				{ json: { invoice: inv, amount: 1, n: 2 } },
			],
		});
		const items = run.nodeOutput('OfficeRnD');
		expect(items).toHaveLength(3);
		expect(items[0].reference).toBe('S-0');
		expect(items[1].error).toBeDefined();
		expect(items[2].reference).toBe('S-2');
	});
});
