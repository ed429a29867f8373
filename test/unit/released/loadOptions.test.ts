/** Dropdowns and resource-locator lists load from Re-Leased (here the sandbox) through the credential. */
import { ReLeasedApi } from '../../../credentials/ReLeasedApi.credentials';
import { listSearch, loadOptions } from '../../../nodes/ReLeased/methods/loadOptions';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createReLeasedSystem, SANDBOX_API_TOKEN } from '../../../sandbox/released';
import { fakeContext } from '../../helpers/fakeContext';

let sandbox: Sandbox;
let ctx: ReturnType<typeof fakeContext>;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createReLeasedSystem] });
	ctx = fakeContext(new ReLeasedApi(), { baseUrl: sandbox.systemUrl('released'), apiToken: SANDBOX_API_TOKEN });
});
afterAll(async () => sandbox.close());

const store = () => sandbox.state.system('released')!.store;

describe('Re-Leased dropdowns', () => {
	it('accounts by code, active only; tax types and tracking options by name', async () => {
		const accounts = await loadOptions.getAccounts.call(ctx as never);
		const activeCodes = store()
			.list('account')
			.filter((a) => a.fields.status === 'Active')
			.map((a) => a.fields.code);
		expect(accounts.map((o) => o.value).sort()).toEqual([...activeCodes].sort());
		expect(accounts.map((o) => o.value)).not.toContain('299');
		const taxTypes = await loadOptions.getTaxTypes.call(ctx as never);
		expect(taxTypes.map((o) => o.value)).toContain('GST on Income');
		expect(taxTypes.map((o) => o.value)).not.toContain('GST 12.5% (old)');
		expect((await loadOptions.getTrackingOptions.call(ctx as never)).map((o) => o.value).sort()).toEqual([
			'12 Queen St',
			'5 Market Lane',
			'88 Harbour Rd',
		]);
	});

	it('records by id, labelled by name or number', async () => {
		const contacts = await loadOptions.getContacts.call(ctx as never);
		expect(contacts).toContainEqual({ name: 'Kauri Coffee Ltd (con_1)', value: 'con_1' });
		const invoices = await loadOptions.getInvoices.call(ctx as never);
		expect(invoices).toHaveLength(store().count('invoice'));
		expect((await loadOptions.getProperties.call(ctx as never)).map((o) => o.value).sort()).toEqual([
			'prop_1',
			'prop_2',
			'prop_3',
		]);
		expect((await loadOptions.getTenancies.call(ctx as never)).length).toBe(store().count('tenancy'));
	});

	it('resource locator search filters by the typed text', async () => {
		const found = await listSearch.searchContact.call(ctx as never, 'harbour');
		expect(found.results).toEqual([{ name: 'Harbour Legal Partners', value: 'con_2' }]);
		const bills = await listSearch.searchInvoice.call(ctx as never, 'BILL');
		expect(bills.results.map((r) => r.value).sort()).toEqual(['inv_7', 'inv_8']);
	});
});
