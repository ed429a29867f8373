/**
 * Issue 20 case 1 for Re-Leased: two runs at once (a schedule firing during a slow run, two queue-mode
 * workers) create the same record. With default options the node must not leave two live copies, and
 * must not rely on Re-Leased refusing a repeated number (an ASSUMED rule, switched off here): the look-up
 * before the write, the re-check after it, and the later writer voids its own copy. Where the contract
 * has no way to take a record back (payments), the later copy is reported on its item, never silent.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { ReLeasedApi } from '../../../credentials/ReLeasedApi.credentials';
import { ReLeased } from '../../../nodes/ReLeased/ReLeased.node';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createReLeasedSystem, SANDBOX_API_TOKEN } from '../../../sandbox/released';
import { connectChain, MANUAL_TRIGGER, runWorkflow } from '../../helpers/engine';

const TYPE = 'n8n-nodes-intacct-sync.reLeased';
let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createReLeasedSystem] });
});
afterAll(async () => sandbox.close());
beforeEach(async () => {
	sandbox.reset();
	const res = await fetch(`${sandbox.url}/__admin/released/unique-numbers`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ on: false }),
	});
	expect(res.status).toBe(200);
});

const store = () => sandbox.state.system('released')!.store;

async function run(parameters: IDataObject) {
	return await runWorkflow({
		workflow: {
			nodes: [
				{ name: 'Start', type: MANUAL_TRIGGER },
				{ name: 'Re-Leased', type: TYPE, parameters: parameters as INodeParameters, onError: 'continueRegularOutput' },
			],
			connections: connectChain('Start', 'Re-Leased'),
		},
		nodeTypes: { [TYPE]: new ReLeased() },
		credentialTypes: { reLeasedApi: new ReLeasedApi() },
		credentials: { reLeasedApi: { baseUrl: sandbox.systemUrl('released'), apiToken: SANDBOX_API_TOKEN } },
	});
}

const invoice = {
	resource: 'invoice',
	operation: 'create',
	inputMode: 'json',
	recordJson: JSON.stringify({
		type: 'Income',
		status: 'Approved',
		contactId: 'con_1',
		issueDate: '2024-06-01',
		dueDate: '2024-06-20',
		invoiceNumber: 'IA-OVERLAP-1',
		lines: [{ description: 'Rent', amountExclTax: 100, accountCode: '200', taxType: 'GST on Income' }],
	}),
};

describe('Re-Leased create, two runs at once, default options', () => {
	it('the sandbox no longer hides the duplicate: with the option off, two invoices with one number are both written', async () => {
		await Promise.all([
			run({ ...invoice, options: { returnExisting: false } }),
			run({ ...invoice, options: { returnExisting: false } }),
		]);
		expect(
			store()
				.list('invoice')
				.filter((r) => r.fields.invoiceNumber === 'IA-OVERLAP-1'),
		).toHaveLength(2);
	});

	it('an invoice: one live copy; the run that wrote later voids its own copy and returns the first', async () => {
		const runs = await Promise.all([run(invoice), run(invoice)]);
		const copies = store()
			.list('invoice')
			.filter((r) => r.fields.invoiceNumber === 'IA-OVERLAP-1');
		const live = copies.filter((r) => r.fields.status !== 'Voided');
		expect(live).toHaveLength(1);
		// Both items answer with the one live invoice (no error: the record is in Re-Leased once).
		for (const r of runs) {
			expect(r.status).toBe('success');
			expect(r.nodeItems('Re-Leased').map((i) => i.json.id)).toEqual([live[0]!.id]);
		}
		// A third run finds it and writes nothing.
		const before = sandbox.state.log
			.list({ system: 'released' })
			.filter((e) => e.operation === 'invoice.create').length;
		await run(invoice);
		expect(sandbox.state.log.list({ system: 'released' }).filter((e) => e.operation === 'invoice.create').length).toBe(
			before,
		);
	});

	it('a payment (no void or delete in the contract): the later copy is an item error naming both records, never silent', async () => {
		// inv_3 is an approved invoice of the seed.
		const payment = {
			resource: 'payment',
			operation: 'create',
			inputMode: 'json',
			recordJson: JSON.stringify({ invoiceId: 'inv_3', date: '2024-06-01', amount: 1, reference: 'IA-PAY-OVERLAP' }),
		};
		const runs = await Promise.all([run(payment), run(payment)]);
		const written = store()
			.list('payment')
			.filter((r) => r.fields.reference === 'IA-PAY-OVERLAP');
		const errors = runs
			.flatMap((r) => r.nodeItems('Re-Leased'))
			.map((i) => String(i.json.error ?? ''))
			.filter(Boolean);
		// Both look-ups ran before either write (one process, both runs started together): two payments.
		expect(written).toHaveLength(2);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(
			/outcome unknown: check .*IA-PAY-OVERLAP.*another run wrote this record at the same time/,
		);
		expect(errors[0]).toContain(written[1]!.id);
	});
});
