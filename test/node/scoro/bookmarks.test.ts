import { ScoroApi } from '../../../credentials/ScoroApi.credentials';
import { getBookmarks } from '../../../nodes/Scoro/methods/loadOptions';
import { scoroList } from '../../../nodes/Scoro/transport';
import { BOOKMARK_LIST_PARAM, bookmarkListBody } from '../../../nodes/Scoro/transport/contract';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createScoroSystem, SCORO_SEED } from '../../../sandbox/scoro';
import { fakeContext } from '../../helpers/fakeContext';
import { runScoro, scoroCredentials } from './scoroEngine';

jest.setTimeout(60_000);
let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createScoroSystem] });
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

/**
 * Get Many with a Bookmark (Scoro's saved filters; how a list names one is ASSUMED in
 * nodes/Scoro/transport/contract.ts), run in n8n's engine against the sandbox, which applies the
 * bookmark's stored filter.
 */
describe('Scoro Get Many: Bookmark option (n8n engine, sandbox)', () => {
	const acme = SCORO_SEED.bookmarks.find((b) => b.fields.module === 'invoices')!;
	const acmeCompany = (acme.fields.filter as { company_id: number }).company_id;

	it('returns only the invoices in the bookmark, and the other filters narrow it further', async () => {
		const all = await runScoro(sandbox, { resource: 'invoice', operation: 'getAll', returnAll: true });
		const companies = new Set(all.output().map((r) => r.company_id));
		expect(companies.size).toBeGreaterThan(1);

		const { output } = await runScoro(sandbox, {
			resource: 'invoice',
			operation: 'getAll',
			returnAll: true,
			filters: { bookmark: String(acme.id) },
		});
		const expected = SCORO_SEED.invoices.filter((i) => i.fields.company_id === acmeCompany).map((i) => i.id);
		expect(expected.length).toBeGreaterThan(1);
		expect(output().map((r) => r.id)).toEqual(expected);

		const narrowed = await runScoro(sandbox, {
			resource: 'invoice',
			operation: 'getAll',
			returnAll: true,
			filters: { bookmark: String(acme.id), status: 'unpaid' },
		});
		const unpaid = SCORO_SEED.invoices
			.filter((i) => i.fields.company_id === acmeCompany && i.fields.status === 'unpaid')
			.map((i) => i.id);
		expect(unpaid.length).toBeLessThan(expected.length);
		expect(narrowed.output().map((r) => r.id)).toEqual(unpaid);
	});

	it('sends the bookmark as the contract says (top-level field, number), and an empty choice lists as without one', async () => {
		const ctx = fakeContext(new ScoroApi(), scoroCredentials(sandbox));
		const rows = await scoroList(ctx as never, 'invoices', { extra: bookmarkListBody(' 1 ') });
		const body = JSON.parse(ctx.sent[0]!.body) as Record<string, unknown>;
		expect(body[BOOKMARK_LIST_PARAM]).toBe(1);
		expect(body.filter).toBeUndefined();
		expect(rows.map((r) => r.id)).toEqual(
			SCORO_SEED.invoices.filter((i) => i.fields.company_id === acmeCompany).map((i) => i.id),
		);

		const none = await runScoro(sandbox, {
			resource: 'invoice',
			operation: 'getAll',
			returnAll: true,
			filters: { bookmark: '' },
		});
		expect(none.output().map((r) => r.id)).toEqual(SCORO_SEED.invoices.map((i) => i.id));
	});

	it("a bookmark of another module, or one that does not exist, fails the item with Scoro's message instead of listing everything", async () => {
		const bills = SCORO_SEED.bookmarks.find((b) => b.fields.module === 'bills')!;
		const { items } = await runScoro(
			sandbox,
			{ resource: 'invoice', operation: 'getAll', returnAll: true, filters: { bookmark: '={{ $json.bookmark }}' } },
			{ items: [{ bookmark: String(bills.id) }, { bookmark: '999' }], onError: 'continueRegularOutput' },
		);
		const out = items();
		expect(out).toHaveLength(2);
		expect(String(out[0]!.json.error)).toMatch(/bookmark of bills, not of invoices/);
		expect(String(out[1]!.json.error)).toMatch(/bookmark 999 not found/);
	});

	it('works on other list resources too (bills: "Unpaid bills")', async () => {
		const bills = SCORO_SEED.bookmarks.find((b) => b.fields.module === 'bills')!;
		const { output } = await runScoro(sandbox, {
			resource: 'bill',
			operation: 'getAll',
			returnAll: true,
			filters: { bookmark: String(bills.id) },
		});
		// The seeded bills' status after receipts are settled: bill 1 is paid by receipt group 2.
		const unpaid = sandbox.state
			.system('scoro')!
			.store.list('bills')
			.filter((b) => b.fields.status === 'unpaid')
			.map((b) => Number(b.id));
		expect(unpaid.length).toBeGreaterThan(0);
		expect(unpaid.length).toBeLessThan(SCORO_SEED.bills.length);
		expect(output().map((r) => r.id)).toEqual(unpaid);
	});

	it('the Bookmark dropdown lists the bookmarks of the chosen resource only', async () => {
		const ctx = (resource: string) =>
			({
				...fakeContext(new ScoroApi(), scoroCredentials(sandbox)),
				getCurrentNodeParameter: (name: string) => (name === 'resource' ? resource : undefined),
			}) as never;
		const invoices = await getBookmarks.call(ctx('invoice'));
		expect(invoices).toEqual([{ name: `${String(acme.fields.name)} (${acme.id})`, value: String(acme.id) }]);
		const credit = await getBookmarks.call(ctx('creditInvoice'));
		expect(credit.map((o) => o.value)).toEqual([String(acme.id)]);
		const contacts = await getBookmarks.call(ctx('contact'));
		expect(contacts.map((o) => o.value)).toEqual(
			SCORO_SEED.bookmarks.filter((b) => b.fields.module === 'contacts').map((b) => String(b.id)),
		);
	});
});
