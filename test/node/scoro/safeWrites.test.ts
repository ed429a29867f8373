import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createScoroSystem } from '../../../sandbox/scoro';
import { adminPost, runScoro } from './scoroEngine';

/**
 * Issue 12 in n8n's engine: a Scoro bill created with a number whose answer is lost is confirmed by
 * that number (one bill, returned as the item); with Continue On Fail off the first failure stops
 * writing and the error names the written items with their IDs and those not sent.
 */
let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createScoroSystem] });
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

const bills = () => sandbox.state.system('scoro')!.store.list('bills');
const sends = () => sandbox.state.log.list({ system: 'scoro' }).filter((e) => e.operation === 'bills/modify').length;
const billParams = {
	resource: 'bill',
	operation: 'create',
	inputMode: 'fields',
	fields: { company_id: '={{ $json.company }}', no: '={{ $json.no }}', date: '2026-11-05T00:00:00' },
	lines: { line: [{ comment: 'Chairs', price: 200, amount: 4, vat_code_id: '1', finance_account_id: '3' }] },
};

describe('Scoro create whose answer is lost', () => {
	it('a bill with a number is confirmed by its number: one bill, one send, the bill is the output', async () => {
		await adminPost(sandbox, '/faults', { system: 'scoro', match: 'bills/modify', type: 'dropAfterCommit', count: 1 });
		const before = bills().length;
		const { run, output } = await runScoro(sandbox, billParams, { items: [{ company: '4', no: 'UMB-LOST-1' }] });
		expect(run.status).toBe('success');
		expect(bills()).toHaveLength(before + 1);
		expect(sends()).toBe(1);
		expect(output()[0]).toMatchObject({ no: 'UMB-LOST-1' });
	});
});

describe('Scoro: when the node stops, writing stops', () => {
	it('Continue On Fail off: the error names written items (with IDs) and the ones not sent', async () => {
		const before = bills().length;
		const { run } = await runScoro(sandbox, billParams, {
			items: [
				{ company: '4', no: 'UMB-S-0' },
				{ company: '999', no: 'UMB-S-1' },
				{ company: '4', no: 'UMB-S-2' },
			],
		});
		expect(run.status).toBe('error');
		expect(bills()).toHaveLength(before + 1);
		const written = bills().find((b) => b.fields.no === 'UMB-S-0')!;
		const error = run.error as unknown as { message: string; context?: Record<string, unknown> };
		expect(error.message).toMatch(/^Item 1: /);
		expect(error.context?.errorCode).toBe('WRITES_STOPPED');
		expect(error.context?.written).toEqual([{ itemIndex: 0, id: written.id }]);
		expect(error.context?.notSent).toEqual([2]);
	});
});
