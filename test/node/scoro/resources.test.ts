import { ScoroApi } from '../../../credentials/ScoroApi.credentials';
import {
	getCompanies,
	getFinanceAccounts,
	getFinanceObjects,
	getProjects,
	getVatCodes,
} from '../../../nodes/Scoro/methods/loadOptions';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createScoroSystem, SCORO_SEED } from '../../../sandbox/scoro';
import { fakeContext } from '../../helpers/fakeContext';
import { runScoro, scoroCredentials, stored } from './scoroEngine';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createScoroSystem] });
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

const ids = (rows: Array<{ id: number }>) => rows.map((r) => r.id);

/**
 * Every operation of every resource besides Invoice (test/node/scoro/invoice.test.ts), each run in
 * n8n's engine against the sandbox, asserting the sandbox's state or its seed, never the node's echo alone.
 */
describe('Scoro resources (n8n engine, sandbox)', () => {
	it("On Error 'Continue (using error output)': the failing item goes to the error output, paired; the good ones stay on the success output", async () => {
		const [first, second] = SCORO_SEED.invoices.map((i) => i.id);
		const { run } = await runScoro(
			sandbox,
			{ resource: 'invoice', operation: 'get', id: '={{ $json.id }}' },
			{ items: [{ id: String(first) }, { id: '999' }, { id: String(second) }], onError: 'continueErrorOutput' },
		);
		expect(run.status).toBe('success');
		const good = run.nodeItems('Scoro', 0);
		expect(good.map((i) => [(i.pairedItem as { item: number }).item, i.json.id])).toEqual([
			[0, first],
			[2, second],
		]);
		expect(good.some((i) => i.json.error !== undefined)).toBe(false);
		const failed = run.nodeItems('Scoro', 1);
		expect(failed).toHaveLength(1);
		expect(failed[0].pairedItem).toEqual({ item: 1 });
		expect(String(failed[0].json.error)).toMatch(/not found/i);
	});

	describe('Credit Invoice', () => {
		it('Get Many keeps only invoices that credit another invoice', async () => {
			const { output } = await runScoro(sandbox, { resource: 'creditInvoice', operation: 'getAll', returnAll: true });
			const expected = SCORO_SEED.invoices
				.filter((i) => (i.fields.credited_invoices as number[]).length > 0)
				.map((i) => i.id);
			expect(output().map((r) => r.id)).toEqual(expected);
			expect(expected.length).toBeGreaterThan(0);
		});
		it('Get reads one credit invoice with its link', async () => {
			const { output } = await runScoro(sandbox, { resource: 'creditInvoice', operation: 'get', id: '4' });
			expect(output()[0]).toMatchObject({ id: 4, credited_invoices: [3] });
		});
		it('Create links the credited invoice; without one the item fails', async () => {
			const { items } = await runScoro(
				sandbox,
				{
					resource: 'creditInvoice',
					operation: 'create',
					inputMode: 'fields',
					fields: { company_id: '={{ $json.company }}', credited_invoices: '={{ $json.credits }}' },
					lines: { line: [{ comment: 'Credit', price: 900, amount: -1, vat_code_id: '3', finance_account_id: '2' }] },
				},
				{
					items: [
						{ company: '2', credits: '5' },
						{ company: '2', credits: '' },
					],
					onError: 'continueRegularOutput',
				},
			);
			const created = stored(sandbox, 'invoices', items()[0].json.id as number)!;
			expect(created.fields).toMatchObject({ credited_invoices: [5], sum: -900 });
			expect(items()[1].json.error).toMatch(/Credit Invoice cannot be created without credited_invoices/);
		});
		it('Update changes the header and keeps lines', async () => {
			await runScoro(sandbox, {
				resource: 'creditInvoice',
				operation: 'update',
				id: '6',
				inputMode: 'fields',
				fields: { description: 'Credit reason updated' },
				linesMode: 'keep',
			});
			expect(stored(sandbox, 'invoices', 6)!.fields).toMatchObject({
				description: 'Credit reason updated',
				credited_invoices: [2],
			});
			expect((stored(sandbox, 'invoices', 6)!.fields.lines as unknown[]).length).toBe(1);
		});
		it('Delete removes a credit invoice', async () => {
			await runScoro(sandbox, { resource: 'creditInvoice', operation: 'delete', id: '6' });
			expect(stored(sandbox, 'invoices', 6)!.fields.is_deleted).toBe(true);
		});
	});

	describe('Bill', () => {
		it('Get Many and filter by status', async () => {
			const all = await runScoro(sandbox, { resource: 'bill', operation: 'getAll', returnAll: true });
			expect(ids(all.output() as never)).toEqual(SCORO_SEED.bills.map((b) => b.id));
			const paid = await runScoro(sandbox, {
				resource: 'bill',
				operation: 'getAll',
				returnAll: true,
				filters: { status: 'paid' },
			});
			expect(paid.output().map((b) => b.status)).toEqual(['paid']);
		});
		it('Get, Create, Update (add line) and Delete', async () => {
			expect((await runScoro(sandbox, { resource: 'bill', operation: 'get', id: '1' })).output()[0]).toMatchObject({
				id: 1,
				no: 'INI-5001',
				status: 'paid',
			});
			const created = await runScoro(sandbox, {
				resource: 'bill',
				operation: 'create',
				inputMode: 'fields',
				fields: { company_id: '4', no: 'UMB-0800', date: '2026-11-05T00:00:00' },
				lines: { line: [{ comment: 'Chairs', price: 200, amount: 4, vat_code_id: '1', finance_account_id: '3' }] },
			});
			const id = created.output()[0].id as number;
			expect(stored(sandbox, 'bills', id)!.fields).toMatchObject({ no: 'UMB-0800', sum: 800, vat_sum: 160 });
			await runScoro(sandbox, {
				resource: 'bill',
				operation: 'update',
				id: String(id),
				inputMode: 'fields',
				fields: {},
				linesMode: 'append',
				lines: { line: [{ comment: 'Desk', price: 300, amount: 1, vat_code_id: '1', finance_account_id: '3' }] },
			});
			expect((stored(sandbox, 'bills', id)!.fields.lines as any[]).map((l) => l.comment)).toEqual(['Chairs', 'Desk']);
			await runScoro(sandbox, { resource: 'bill', operation: 'delete', id: String(id) });
			expect(stored(sandbox, 'bills', id)!.fields.is_deleted).toBe(true);
		});
	});

	describe('Receipt', () => {
		it('Get Many and Get (read through list)', async () => {
			const all = await runScoro(sandbox, { resource: 'receipt', operation: 'getAll', returnAll: true });
			expect(ids(all.output() as never)).toEqual(SCORO_SEED.receipts.map((r) => r.id));
			const one = await runScoro(sandbox, { resource: 'receipt', operation: 'get', id: '2' });
			expect(one.output()).toEqual([expect.objectContaining({ id: 2, sales_doc_type: 'bills' })]);
		});
		it('Create pays an invoice; Update replaces payments only with confirmation; Delete reopens it', async () => {
			const created = await runScoro(sandbox, {
				resource: 'receipt',
				operation: 'create',
				inputMode: 'fields',
				fields: { date: '2026-11-06T00:00:00', contact_id: '1', sales_doc_type: 'invoices' },
				lines: { line: [{ invoice_id: 7, sum: 945, date: '2026-11-06T00:00:00' }] },
			});
			const id = created.output()[0].id as number;
			expect(stored(sandbox, 'invoices', 7)!.fields).toMatchObject({ status: 'paid', paid_sum: 945 });
			const refused = await runScoro(
				sandbox,
				{
					resource: 'receipt',
					operation: 'update',
					id: String(id),
					inputMode: 'fields',
					fields: {},
					linesMode: 'replace',
					lines: { line: [{ invoice_id: 7, sum: 500 }] },
				},
				{ onError: 'continueRegularOutput' },
			);
			expect(refused.output()[0].error).toMatch(/Replace All Lines/);
			await runScoro(sandbox, {
				resource: 'receipt',
				operation: 'update',
				id: String(id),
				inputMode: 'fields',
				fields: {},
				linesMode: 'replace',
				confirmReplace: true,
				lines: { line: [{ invoice_id: 7, sum: 500 }] },
			});
			expect(stored(sandbox, 'invoices', 7)!.fields).toMatchObject({ status: 'unpaid', paid_sum: 500 });
			await runScoro(sandbox, { resource: 'receipt', operation: 'delete', id: String(id) });
			expect(stored(sandbox, 'invoices', 7)!.fields).toMatchObject({ paid_sum: 0 });
		});
	});

	describe('Prepayment', () => {
		it('Get Many, Get, Create, Update and Delete', async () => {
			expect(
				ids(
					(await runScoro(sandbox, { resource: 'prepayment', operation: 'getAll', returnAll: true })).output() as never,
				),
			).toEqual([1]);
			expect(
				(await runScoro(sandbox, { resource: 'prepayment', operation: 'get', id: '1' })).output()[0],
			).toMatchObject({ prepayment_percent: 30 });
			const created = await runScoro(
				sandbox,
				{ resource: 'prepayment', operation: 'create', inputMode: 'record', record: '={{ $json }}' },
				{
					items: [
						{
							company_id: 1,
							prepayment_percent: 50,
							lines: [{ comment: 'Deposit', price: 1000, amount: 1, vat_code_id: 3, finance_account_id: 2 }],
						},
					],
				},
			);
			const id = created.output()[0].id as number;
			await runScoro(sandbox, {
				resource: 'prepayment',
				operation: 'update',
				id: String(id),
				inputMode: 'fields',
				fields: { prepayment_percent: 40 },
				linesMode: 'keep',
			});
			expect(stored(sandbox, 'prepayments', id)!.fields).toMatchObject({ prepayment_percent: 40, sum: 1000 });
			await runScoro(sandbox, { resource: 'prepayment', operation: 'delete', id: String(id) });
			expect(stored(sandbox, 'prepayments', id)!.fields.is_deleted).toBe(true);
		});
	});

	describe('Contact', () => {
		it('Get Many filters persons; Get, Create, Update and Delete', async () => {
			const persons = await runScoro(sandbox, {
				resource: 'contact',
				operation: 'getAll',
				returnAll: true,
				filters: { contact_type: 'person' },
			});
			expect(persons.output().map((c) => c.contact_id)).toEqual(
				SCORO_SEED.contacts.filter((c) => c.fields.contact_type === 'person').map((c) => c.id),
			);
			expect((await runScoro(sandbox, { resource: 'contact', operation: 'get', id: '1' })).output()[0]).toMatchObject({
				contact_id: 1,
				name: 'Acme Consulting Ltd',
			});
			const created = await runScoro(sandbox, {
				resource: 'contact',
				operation: 'create',
				inputMode: 'fields',
				fields: { name: 'Hooli', contact_type: 'company', is_client: true, vatno: 'US999' },
			});
			const id = created.output()[0].contact_id as number;
			expect(stored(sandbox, 'contacts', id)!.fields).toMatchObject({ name: 'Hooli', is_client: true, vatno: 'US999' });
			await runScoro(sandbox, {
				resource: 'contact',
				operation: 'update',
				id: String(id),
				inputMode: 'fields',
				fields: { vatno: 'US1000' },
			});
			expect(stored(sandbox, 'contacts', id)!.fields.vatno).toBe('US1000');
			await runScoro(sandbox, { resource: 'contact', operation: 'delete', id: String(id) });
			expect(stored(sandbox, 'contacts', id)!.fields.is_deleted).toBe(true);
		});
	});

	describe.each([
		[
			'financeAccount',
			'financeAccounts',
			'id',
			{ account_symbol: '7000', name: 'Travel' },
			{ name: 'Travel and subsistence' },
		],
		[
			'vatCode',
			'vatCodes',
			'vat_code_id',
			{ vat_code: 'RED10', percent: 10, vat_name: 'Reduced 10%' },
			{ percent: 12 },
		],
		[
			'project',
			'projects',
			'project_id',
			{ project_name: 'New rollout', company_id: '2', status: 'pending' },
			{ status: 'inprogress' },
		],
	])('%s', (resource, module, idField, createFields, updateFields) => {
		it('Get Many, Get, Create, Update and Delete', async () => {
			const seed = (SCORO_SEED as unknown as Record<string, Array<{ id: number }>>)[module];
			const all = await runScoro(sandbox, { resource, operation: 'getAll', returnAll: true });
			expect(all.output().map((r) => r[idField])).toEqual(seed.map((r) => r.id));
			expect(
				(await runScoro(sandbox, { resource, operation: 'get', id: String(seed[0].id) })).output()[0][idField],
			).toBe(seed[0].id);
			const created = await runScoro(sandbox, {
				resource,
				operation: 'create',
				inputMode: 'fields',
				fields: createFields,
			});
			const id = created.output()[0][idField] as number;
			expect(stored(sandbox, module, id)).toBeDefined();
			await runScoro(sandbox, {
				resource,
				operation: 'update',
				id: String(id),
				inputMode: 'fields',
				fields: updateFields,
			});
			expect(stored(sandbox, module, id)!.fields).toMatchObject(updateFields);
			await runScoro(sandbox, { resource, operation: 'delete', id: String(id) });
			expect(stored(sandbox, module, id)!.fields.is_deleted).toBe(true);
		});
	});

	describe('Accounting Object', () => {
		it('Get Many with a group filter, and Get', async () => {
			const dept = await runScoro(sandbox, {
				resource: 'accountingObject',
				operation: 'getAll',
				returnAll: true,
				filters: { parent_group_name: 'Department' },
			});
			expect(dept.output().map((o) => o.object_symbol)).toEqual(
				SCORO_SEED.financeObjects
					.filter((o) => o.fields.parent_group_name === 'Department')
					.map((o) => o.fields.object_symbol),
			);
			expect(
				(await runScoro(sandbox, { resource: 'accountingObject', operation: 'get', id: '3' })).output()[0],
			).toMatchObject({ object_id: 3, object_symbol: 'LOC-LON' });
		});
	});

	describe('dropdowns loaded live', () => {
		const ctx = () => fakeContext(new ScoroApi(), scoroCredentials(sandbox)) as never;
		it('list active finance accounts and tax rates, companies, projects and accounting objects', async () => {
			const accounts = await getFinanceAccounts.call(ctx());
			expect(accounts.map((o) => o.value).sort()).toEqual(
				SCORO_SEED.financeAccounts
					.filter((a) => a.fields.is_active)
					.map((a) => String(a.id))
					.sort(),
			);
			expect((await getVatCodes.call(ctx())).map((o) => o.name)).toContain('STD20 (20%)');
			const companies = await getCompanies.call(ctx());
			expect(companies.map((o) => o.value).sort()).toEqual(
				SCORO_SEED.contacts
					.filter((c) => c.fields.contact_type === 'company')
					.map((c) => String(c.id))
					.sort(),
			);
			expect(await getProjects.call(ctx())).toHaveLength(SCORO_SEED.projects.length);
			expect(await getFinanceObjects.call(ctx())).toHaveLength(SCORO_SEED.financeObjects.length);
		});
	});
});
