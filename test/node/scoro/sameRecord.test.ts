import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createScoroSystem } from '../../../sandbox/scoro';
import { adminPost, runScoro } from './scoroEngine';

/**
 * Issue 20 case 1 and 7 for Scoro receipts, which have no field for the source's key: with the create
 * option "Same Record When Equal", two runs at once write one receipt (the later copy is removed by
 * its writer), a lost answer is confirmed by the key instead of being reported as failed, and two
 * equal payments ("Records With This Key in the Source" = 2) stay two.
 */
let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createScoroSystem] });
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

const live = () =>
	sandbox.state
		.system('scoro')!
		.store.list('receipts')
		.filter((g) => !g.fields.is_deleted && g.fields.date === '2026-11-03');
const modifies = () =>
	sandbox.state.log.list({ system: 'scoro' }).filter((e) => e.operation === 'receipts/modify').length;
const receipt = {
	date: '2026-11-03',
	contact_id: 2,
	currency: 'USD',
	sales_doc_type: 'invoices',
	receipt_account_id: 2,
	receipts: [{ invoice_id: 2, sum: 12.5, date: '2026-11-03' }],
};
const params = (copiesExpected: number | string = 1) => ({
	resource: 'receipt',
	operation: 'create',
	inputMode: 'record',
	record: '={{ $json.record }}',
	createOptions: { sameRecordFields: 'contact_id,date,sales_doc_type,receipts', copiesExpected },
});

describe('Scoro receipt create with "Same Record When Equal"', () => {
	it('two runs at once write the receipt once; the later copy is removed by its writer; a third run writes nothing', async () => {
		const [a, b] = await Promise.all([
			runScoro(sandbox, params(), { items: [{ record: receipt }] }),
			runScoro(sandbox, params(), { items: [{ record: receipt }] }),
		]);
		expect(a.run.status).toBe('success');
		expect(b.run.status).toBe('success');
		expect(live()).toHaveLength(1);
		// Both runs output the receipt that stays.
		expect(String(a.output()[0]?.id)).toBe(live()[0]!.id);
		expect(String(b.output()[0]?.id)).toBe(live()[0]!.id);
		const sent = modifies();
		const third = await runScoro(sandbox, params(), { items: [{ record: receipt }] });
		expect(third.run.status).toBe('success');
		expect(third.output()[0]).toMatchObject({ _sync: 'existing' });
		expect(modifies()).toBe(sent);
		expect(live()).toHaveLength(1);
	});

	it('a lost answer is confirmed by the key: one receipt, no failure', async () => {
		await adminPost(sandbox, '/faults', {
			system: 'scoro',
			match: 'receipts/modify',
			type: 'dropAfterCommit',
			count: 1,
		});
		const { run, output } = await runScoro(sandbox, params(), { items: [{ record: receipt }] });
		expect(run.status).toBe('success');
		expect(live()).toHaveLength(1);
		expect(modifies()).toBe(1);
		expect(String(output()[0]?.id)).toBe(live()[0]!.id);
	});

	it('two equal payments (2 with this key in the source) stay two, also when two runs write them at once', async () => {
		const items = [{ record: receipt }, { record: receipt }];
		const [a, b] = await Promise.all([
			runScoro(sandbox, params(2), { items }),
			runScoro(sandbox, params(2), { items }),
		]);
		expect(a.run.status).toBe('success');
		expect(b.run.status).toBe('success');
		expect(live()).toHaveLength(2);
	});

	it('a key field the record lacks is an item error naming the field; nothing is written', async () => {
		const { run } = await runScoro(sandbox, params(), { items: [{ record: { ...receipt, date: undefined } }] });
		expect(run.status).toBe('error');
		expect(String(run.error?.message)).toMatch(/Item 0: .*Same Record When Equal.*date/);
		expect(modifies()).toBe(0);
	});

	it('a module whose ID field is not id (tax rates: vat_code_id): two runs at once create one tax rate', async () => {
		const rates = () =>
			sandbox.state
				.system('scoro')!
				.store.list('vatCodes')
				.filter((r) => !r.fields.is_deleted && r.fields.vat_code === 'H3-TEST');
		const p = {
			resource: 'vatCode',
			operation: 'create',
			inputMode: 'record',
			record: '={{ $json.record }}',
			createOptions: { sameRecordFields: 'vat_code' },
		};
		const record = { vat_code: 'H3-TEST', percent: 5, vat_name: 'Reduced (test)', is_sales: 1, is_purchases: 1 };
		const [a, b] = await Promise.all([
			runScoro(sandbox, p, { items: [{ record }] }),
			runScoro(sandbox, p, { items: [{ record }] }),
		]);
		expect([a.run.status, b.run.status]).toEqual(['success', 'success']);
		expect(rates()).toHaveLength(1);
		expect(String(a.output()[0]?.vat_code_id)).toBe(rates()[0]!.id);
		expect(String(b.output()[0]?.vat_code_id)).toBe(rates()[0]!.id);
	});
});
