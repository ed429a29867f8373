/**
 * Dropdowns (loadOptions) and resource-locator searches (listSearch), loaded live from the sandbox
 * through the real transport.
 */
import { SageIntacctApi } from '../../../credentials/SageIntacctApi.credentials';
import * as listSearch from '../../../nodes/SageIntacct/methods/listSearch';
import * as loadOptions from '../../../nodes/SageIntacct/methods/loadOptions';
import { clearSessionCache } from '../../../nodes/SageIntacct/transport/client';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { fakeContext } from '../../helpers/fakeContext';
import { intacctCredentialData } from '../../helpers/intacct';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());
beforeEach(() => clearSessionCache());

const ctx = () => fakeContext(new SageIntacctApi(), intacctCredentialData(sandbox) as never) as never;
const values = (options: Array<{ value: unknown }>) => options.map((o) => o.value);

describe('loadOptions', () => {
	it.each([
		['getLocations', ['UK', 'UK-LON', 'UK-MAN', 'US', 'US-NYC', 'US-SF']],
		['getDepartments', ['FAC', 'FIN', 'OPS', 'SALES']],
		['getClasses', ['COWORK', 'PROPERTY', 'SERVICES']],
		['getTerms', ['Due on Receipt', 'Net 15', 'Net 30', 'Net 45', 'Net 60']],
		['getOeTransactionDefinitions', ['Sales Credit Memo', 'Sales Invoice', 'Sales Order', 'Sales Quote']],
		['getUserDefinedDimensions', ['LINE_OF_BUSINESS']],
	])('%s lists active records by name', async (method, expected) => {
		const options = await (
			loadOptions as unknown as Record<string, (this: unknown) => Promise<Array<{ name: string; value: unknown }>>>
		)[method].call(ctx());
		expect([...values(options)].sort()).toEqual([...expected].sort());
	});

	it('GL accounts, tax details, customers and vendors show "Name (ID)" and leave inactive ones out', async () => {
		const accounts = await loadOptions.getGlAccounts.call(ctx());
		expect(accounts).toContainEqual({ name: 'Accounts Payable (2000)', value: '2000' });
		const taxes = await loadOptions.getTaxDetails.call(ctx());
		expect(values(taxes)).toContain('UK Purchase Goods Standard Rate');
		const vendors = await loadOptions.getVendors.call(ctx());
		expect(values(vendors)).not.toContain('V-0005');
		const customers = await loadOptions.getCustomers.call(ctx());
		expect(customers).toContainEqual({ name: 'Acme Coworking Ltd (C-0001)', value: 'C-0001' });
		expect(values(customers)).not.toContain('C-0004');
	});

	it('entities offer the credential default, the top level and each entity', async () => {
		expect(values(await loadOptions.getEntities.call(ctx()))).toEqual(['__credential__', '__top__', 'US', 'UK']);
	});
});

describe('listSearch', () => {
	it('searches customers and vendors by name or ID', async () => {
		// At the top level only the 8 shared customers are seen (reference §1.7); Cobalt (C-0003) is private to US.
		const all = await listSearch.searchCustomers.call(ctx());
		expect(all.results).toHaveLength(8);
		const ironbark = await listSearch.searchCustomers.call(ctx(), 'Ironbark');
		expect(ironbark.results).toEqual([{ name: 'Ironbark Consulting (C-0009)', value: 'C-0009' }]);
		expect((await listSearch.searchCustomers.call(ctx(), 'Cobalt')).results).toEqual([]);
		const byId = await listSearch.searchVendors.call(ctx(), 'V-0003');
		expect(byId.results.map((r) => r.value)).toEqual(['V-0003']);
		const quote = await listSearch.searchCustomers.call(ctx(), "Hale's");
		expect(quote.results.map((r) => r.value)).toEqual(['C-0008']);
	});
});
