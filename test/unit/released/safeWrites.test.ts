/**
 * Issue 12: a Re-Leased create whose answer is lost is confirmed by its natural key before being sent
 * again, or reported "outcome unknown" when no key identifies it; never a silent duplicate.
 */
import { ReLeasedApi } from '../../../credentials/ReLeasedApi.credentials';
import { ReLeasedClient } from '../../../nodes/ReLeased/transport/client';
import { isOutcomeUnknown } from '../../../nodes/shared/writeOutcome';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createReLeasedSystem, SANDBOX_API_TOKEN } from '../../../sandbox/released';
import { fakeContext } from '../../helpers/fakeContext';

const FAST = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5, maxTotalMs: 2_000 };
let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createReLeasedSystem] });
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

const client = () =>
	new ReLeasedClient(
		fakeContext(new ReLeasedApi(), { baseUrl: sandbox.systemUrl('released'), apiToken: SANDBOX_API_TOKEN }) as never,
		{ retry: FAST },
	);
async function fault(body: object) {
	const res = await fetch(`${sandbox.url}/__admin/faults`, {
		method: 'POST',
		body: JSON.stringify({ system: 'released', ...body }),
	});
	expect(res.status).toBe(201);
}
const store = () => sandbox.state.system('released')!.store;
const sends = (operation: string) =>
	sandbox.state.log.list({ system: 'released' }).filter((e) => e.operation === operation).length;
const invoice = (invoiceNumber?: string) => ({
	type: 'Income',
	status: 'AwaitingApproval',
	contactId: 'con_2',
	issueDate: '2024-06-01',
	dueDate: '2024-06-20',
	...(invoiceNumber ? { invoiceNumber } : {}),
	lines: [{ description: 'Rent', amountExclTax: 100, accountCode: '200', taxType: 'GST on Income' }],
});

describe('Re-Leased creates whose answer is lost', () => {
	it('an invoice with a number, answer dropped after commit: confirmed by its number, one invoice, one send', async () => {
		const before = store().count('invoice');
		await fault({ match: 'invoice.create', type: 'dropAfterCommit', count: 1 });
		const created = await client().create('invoice', invoice('INV-LOST-1'));
		expect(created).toMatchObject({ invoiceNumber: 'INV-LOST-1', total: 115 });
		expect(store().count('invoice')).toBe(before + 1);
		expect(sends('invoice.create')).toBe(1);
	});

	it('a contact refused with a 5xx before commit: the look-up proves it absent, so it is sent again once', async () => {
		await fault({ match: 'contact.create', type: 'http5xx', status: 502, count: 1 });
		const created = await client().create('contact', { name: 'Once Only Ltd' });
		expect(created.name).toBe('Once Only Ltd');
		expect(
			store()
				.list('contact')
				.filter((c) => c.fields.name === 'Once Only Ltd'),
		).toHaveLength(1);
		expect(sends('contact.create')).toBe(2);
	});

	it('a payment without a reference: "outcome unknown", never re-sent', async () => {
		const before = store().count('payment');
		await fault({ match: 'payment.create', type: 'dropAfterCommit', count: 1 });
		const error = await client()
			.create('payment', { invoiceId: 'inv_3', date: '2024-06-01', amount: 1 })
			.catch((e: unknown) => e);
		expect(isOutcomeUnknown(error)).toBe(true);
		expect((error as Error).message).toMatch(/^Re-Leased: outcome unknown: check .*payments.* before running again$/);
		expect(store().count('payment')).toBe(before + 1);
		expect(sends('payment.create')).toBe(1);
	});

	it('a payment with a reference is confirmed by invoice + reference + amount', async () => {
		await fault({ match: 'payment.create', type: 'dropAfterCommit', count: 1 });
		const paid = await client().create('payment', {
			invoiceId: 'inv_3',
			date: '2024-06-01',
			amount: 1,
			reference: 'ARPYMT-9',
		});
		expect(paid).toMatchObject({ invoiceId: 'inv_3', reference: 'ARPYMT-9' });
		expect(
			store()
				.list('payment')
				.filter((p) => p.fields.reference === 'ARPYMT-9'),
		).toHaveLength(1);
		expect(sends('payment.create')).toBe(1);
	});

	it('a void whose answer is lost is confirmed by reading the status', async () => {
		const created = await client().create('invoice', invoice('INV-VOID-1'));
		await fault({ match: 'invoice.void', type: 'dropAfterCommit', count: 1 });
		const voided = await client().void('invoice', String(created.id));
		expect(voided.status).toBe('Voided');
		expect(
			sandbox.state.log
				.list({ system: 'released' })
				.some((e) => e.operation === 'invoice.void' && e.status === 'dropped'),
		).toBe(true);
	});
});
