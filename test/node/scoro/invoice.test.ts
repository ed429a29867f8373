import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createScoroSystem, SCORO_SANDBOX_CREDENTIALS, SCORO_SEED } from '../../../sandbox/scoro';
import { adminGet, adminPost, runScoro, stored } from './scoroEngine';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createScoroSystem] });
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

const line = (comment: string, price: number, amount: number) => ({
	comment,
	price,
	amount,
	finance_account_id: '2',
	vat_code_id: '1',
});

describe('Scoro > Invoice (n8n engine, sandbox)', () => {
	it('Get Many returns every invoice (credit invoices included) with Return All', async () => {
		const { run, output } = await runScoro(sandbox, { resource: 'invoice', operation: 'getAll', returnAll: true });
		expect(run.status).toBe('success');
		expect(output().map((r) => r.id)).toEqual(SCORO_SEED.invoices.map((r) => r.id));
		expect(output()[0].lines).toBeNull();
	});

	it('Get Many honours Limit, filters and Detailed Response, pairing outputs with inputs', async () => {
		const { items } = await runScoro(
			sandbox,
			{
				resource: 'invoice',
				operation: 'getAll',
				returnAll: false,
				limit: 1,
				filters: { company_id: '1', status: 'unpaid' },
				options: { detailed: true },
			},
			{ items: [{}, {}] },
		);
		expect(items()).toHaveLength(2);
		expect(items().map((i) => (i.pairedItem as { item: number }).item)).toEqual([0, 1]);
		const first = items()[0].json;
		expect(first).toMatchObject({ company_id: 1, status: 'unpaid' });
		expect(Array.isArray(first.lines)).toBe(true);
	});

	it('Get Many filters on modified date', async () => {
		const { output } = await runScoro(sandbox, {
			resource: 'invoice',
			operation: 'getAll',
			returnAll: true,
			filters: { modifiedFrom: '2026-10-01T00:00:00', modifiedTo: '2026-10-05T23:59:59' },
		});
		expect(output().map((r) => r.id)).toEqual([5, 6]);
	});

	it('Get returns the whole invoice with lines', async () => {
		const { output } = await runScoro(sandbox, { resource: 'invoice', operation: 'get', id: '3' });
		expect(output()).toHaveLength(1);
		expect(output()[0]).toMatchObject({ id: 3, no: 1003 });
		expect((output()[0].lines as unknown[]).length).toBe(3);
	});

	it('Create from UI fields and lines stores the invoice with its lines', async () => {
		const { output } = await runScoro(sandbox, {
			resource: 'invoice',
			operation: 'create',
			inputMode: 'fields',
			fields: {
				company_id: '2',
				date: '2026-11-01T00:00:00',
				deadline: '2026-11-15T00:00:00',
				currency: 'USD',
				description: 'Created by n8n',
			},
			lines: { line: [line('Discovery', 100, 3), line('Workshop', 250, 2)] },
		});
		const id = output()[0].id as number;
		const rec = stored(sandbox, 'invoices', id)!;
		expect(rec.fields).toMatchObject({
			company_id: 2,
			date: '2026-11-01',
			deadline: '2026-11-15',
			description: 'Created by n8n',
			sum: 800,
			vat_sum: 160,
		});
		expect((rec.fields.lines as any[]).map((l) => l.comment)).toEqual(['Discovery', 'Workshop']);
	});

	it('Create from a whole JSON record (Accounting Mapper shape)', async () => {
		const record = {
			company_id: 1,
			date: '2026-11-02',
			lines: [{ comment: 'Mapped', price: 10, amount: 1, vat_code_id: 3, finance_account_id: 1 }],
		};
		const { output } = await runScoro(
			sandbox,
			{ resource: 'invoice', operation: 'create', inputMode: 'record', record: '={{ $json }}' },
			{ items: [record] },
		);
		const rec = stored(sandbox, 'invoices', output()[0].id as number)!;
		expect((rec.fields.lines as any[])[0]).toMatchObject({ comment: 'Mapped', sum: 10 });
	});

	it('Create with "Match Existing On" creates nothing the second time (idempotent re-run)', async () => {
		const params = {
			resource: 'invoice',
			operation: 'create',
			inputMode: 'record',
			record: '={{ $json }}',
			createOptions: { matchField: 'reference_no' },
		};
		const record = {
			company_id: 2,
			reference_no: 'INTACCT-INV-77',
			lines: [{ comment: 'Synced', price: 50, amount: 2, vat_code_id: 3, finance_account_id: 1 }],
		};
		const before = sandbox.state.system('scoro')!.store.count('invoices');
		const first = await runScoro(sandbox, params, { items: [record] });
		const second = await runScoro(sandbox, params, { items: [record] });
		expect(sandbox.state.system('scoro')!.store.count('invoices')).toBe(before + 1);
		expect(second.output()[0].id).toBe(first.output()[0].id);
		const failing = await runScoro(
			sandbox,
			{ ...params, createOptions: { matchField: 'reference_no', ifFound: 'error' } },
			{ items: [record], onError: 'continueRegularOutput' },
		);
		expect(failing.output()[0].error).toMatch(/reference_no = INTACCT-INV-77 already exists/);
		const ambiguous = await runScoro(
			sandbox,
			{ ...params, createOptions: { matchField: 'company_id' } },
			{ items: [{ company_id: 1 }], onError: 'continueRegularOutput' },
		);
		expect(ambiguous.output()[0].error).toMatch(/records already have company_id = 1/);
	});

	it('Create without a payer fails the item naming the field; the good item still goes through', async () => {
		const { items } = await runScoro(
			sandbox,
			{ resource: 'invoice', operation: 'create', inputMode: 'record', record: '={{ $json }}' },
			{ items: [{ date: '2026-11-03' }, { company_id: 1, date: '2026-11-03' }], onError: 'continueRegularOutput' },
		);
		expect(items()).toHaveLength(2);
		expect(items()[0].json.error).toMatch(/Invoice cannot be created without company_id/);
		expect(items()[1].json.id).toEqual(expect.any(Number));
	});

	it("surfaces Scoro's own validation message as an item error", async () => {
		const { items } = await runScoro(
			sandbox,
			{ resource: 'invoice', operation: 'create', inputMode: 'record', record: '={{ $json }}' },
			{ items: [{ company_id: 424242 }], onError: 'continueRegularOutput' },
		);
		expect(items()[0].json.error).toContain('company_id: contacts with ID 424242 does not exist');
		expect(items()[0].json.errorCode ?? items()[0].json.error).toBeTruthy();
	});

	describe('Update and its lines', () => {
		it('Keep Current Lines changes header fields and leaves every line in place', async () => {
			const before = stored(sandbox, 'invoices', 3)!.fields.lines;
			const { output } = await runScoro(sandbox, {
				resource: 'invoice',
				operation: 'update',
				id: '3',
				inputMode: 'fields',
				fields: { description: 'Phase 1 (revised)' },
				linesMode: 'keep',
			});
			expect(output()[0].description).toBe('Phase 1 (revised)');
			expect(stored(sandbox, 'invoices', 3)!.fields.lines).toEqual(before);
		});

		it('Keep Current Lines refuses a record that carries lines instead of dropping them', async () => {
			const before = stored(sandbox, 'invoices', 3)!;
			const { items } = await runScoro(
				sandbox,
				{
					resource: 'invoice',
					operation: 'update',
					id: '3',
					inputMode: 'record',
					record: '={{ $json }}',
					linesMode: 'keep',
				},
				{
					items: [{ description: 'x', lines: [{ comment: 'new', price: 1, amount: 1 }] }],
					onError: 'continueRegularOutput',
				},
			);
			expect(items()[0].json.error).toMatch(/carries 1 lines.*Keep Current Lines/);
			expect(stored(sandbox, 'invoices', 3)!.version).toBe(before.version);
		});

		it('Replace All Lines without the confirmation fails and changes nothing', async () => {
			const before = stored(sandbox, 'invoices', 3)!;
			const { items } = await runScoro(
				sandbox,
				{
					resource: 'invoice',
					operation: 'update',
					id: '3',
					inputMode: 'fields',
					fields: {},
					linesMode: 'replace',
					lines: { line: [line('Only', 1, 1)] },
				},
				{ onError: 'continueRegularOutput' },
			);
			expect(items()[0].json.error).toMatch(/Replace All Lines.*deletes every current line/);
			expect(stored(sandbox, 'invoices', 3)!.version).toBe(before.version);
		});

		it('Replace All Lines with the confirmation replaces the collection', async () => {
			const { output } = await runScoro(sandbox, {
				resource: 'invoice',
				operation: 'update',
				id: '3',
				inputMode: 'fields',
				fields: {},
				linesMode: 'replace',
				confirmReplace: true,
				lines: { line: [line('Only', 100, 2)] },
			});
			expect((output()[0].lines as any[]).map((l) => l.comment)).toEqual(['Only']);
			expect(stored(sandbox, 'invoices', 3)!.fields).toMatchObject({ sum: 200, vat_sum: 40 });
		});

		it('Add to Current Lines reads the current lines and sends them back with the new one', async () => {
			const before = (stored(sandbox, 'invoices', 3)!.fields.lines as any[]).map((l) => l.id);
			const { output } = await runScoro(sandbox, {
				resource: 'invoice',
				operation: 'update',
				id: '3',
				inputMode: 'fields',
				fields: {},
				linesMode: 'append',
				lines: { line: [line('Extra day', 150, 8)] },
			});
			const after = stored(sandbox, 'invoices', 3)!.fields.lines as any[];
			expect(after.map((l) => l.id).slice(0, before.length)).toEqual(before);
			expect(after.map((l) => l.comment)).toEqual(['Implementation', 'Licences', 'Expenses', 'Extra day']);
			expect((output()[0].lines as any[]).length).toBe(4);
			const log = (await adminGet(sandbox, '/requests?system=scoro')).map((e: any) => e.operation);
			expect(log).toEqual(['invoices/view', 'invoices/modify']);
		});

		it('a line Scoro rejects fails the item with its message and changes nothing', async () => {
			const { items } = await runScoro(
				sandbox,
				{
					resource: 'invoice',
					operation: 'update',
					id: '3',
					inputMode: 'record',
					record: '={{ $json }}',
					linesMode: 'replace',
					confirmReplace: true,
				},
				{ items: [{ lines: [{ comment: 'bad', price: 'abc', amount: 1 }] }], onError: 'continueRegularOutput' },
			);
			expect(items()[0].json.error).toContain('lines[0].price: "abc" is not a number');
			expect((stored(sandbox, 'invoices', 3)!.fields.lines as any[]).length).toBe(3);
		});
	});

	it('Delete removes the invoice (soft, listable with Include Deleted)', async () => {
		const { output } = await runScoro(sandbox, { resource: 'invoice', operation: 'delete', id: '7' });
		expect(output()).toEqual([{ id: 7, deleted: true }]);
		expect(stored(sandbox, 'invoices', 7)!.fields.is_deleted).toBe(true);
		const { output: listed } = await runScoro(sandbox, {
			resource: 'invoice',
			operation: 'getAll',
			returnAll: true,
			filters: { includeDeleted: true },
		});
		expect(listed().find((r) => r.id === 7)).toMatchObject({ is_deleted: true });
	});

	it('a spent daily quota stops the node with an error naming the quota', async () => {
		await adminPost(sandbox, '/scoro/quota', { limit: 0 });
		const { run } = await runScoro(sandbox, { resource: 'invoice', operation: 'getAll', returnAll: true });
		expect(run.status).toBe('error');
		expect(run.taskData('Scoro').error?.message).toMatch(/daily API request quota is spent/);
		const counts = await adminGet(sandbox, '/requests?system=scoro');
		expect(counts).toHaveLength(1);
	});

	it('429 bursts are retried and the run succeeds', async () => {
		await adminPost(sandbox, '/faults', { system: 'scoro', type: 'http429', retryAfterSeconds: 0, count: 2 });
		const { run, output } = await runScoro(sandbox, { resource: 'invoice', operation: 'get', id: '1' });
		expect(run.status).toBe('success');
		expect(output()[0].id).toBe(1);
	});

	it('never puts the API key in errors or output', async () => {
		const { run } = await runScoro(
			sandbox,
			{ resource: 'invoice', operation: 'get', id: '999' },
			{ onError: 'continueRegularOutput' },
		);
		const { run: denied } = await runScoro(
			sandbox,
			{ resource: 'invoice', operation: 'get', id: '1' },
			{ credentials: { companyAccountId: 'nope' } },
		);
		const text = JSON.stringify([run.runData, denied.runData]);
		expect(text).toMatch(/not found/);
		expect(text).toMatch(/Unknown company account/);
		expect(text).not.toContain(SCORO_SANDBOX_CREDENTIALS.apiKey);
	});
});
