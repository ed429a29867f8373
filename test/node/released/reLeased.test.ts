/**
 * Every operation of the Re-Leased node, run by n8n's own engine against the sandbox's Re-Leased
 * (which implements the same contract). Writes are checked in the sandbox's store, not in the
 * node's echo.
 */
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
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
beforeEach(() => sandbox.reset());

const store = () => sandbox.state.system('released')!.store;
const rl = (value: string) => ({ __rl: true, mode: 'id', value });

async function run(
	parameters: IDataObject,
	opts: {
		items?: INodeExecutionData[];
		continueOnFail?: boolean;
		onError?: 'continueRegularOutput' | 'continueErrorOutput';
		token?: string;
	} = {},
) {
	const onError = opts.onError ?? (opts.continueOnFail ? 'continueRegularOutput' : undefined);
	const result = await runWorkflow({
		workflow: {
			nodes: [
				{ name: 'Start', type: MANUAL_TRIGGER },
				{ name: 'Re-Leased', type: TYPE, parameters: parameters as INodeParameters, ...(onError ? { onError } : {}) },
			],
			connections: connectChain('Start', 'Re-Leased'),
			// Input items come from pinned data on the manual trigger.
			...(opts.items ? { pinData: { Start: opts.items } } : {}),
		},
		nodeTypes: { [TYPE]: new ReLeased() },
		credentialTypes: { reLeasedApi: new ReLeasedApi() },
		credentials: { reLeasedApi: { baseUrl: sandbox.systemUrl('released'), apiToken: opts.token ?? SANDBOX_API_TOKEN } },
	});
	return result;
}

async function ok(parameters: IDataObject, opts: Parameters<typeof run>[1] = {}) {
	const result = await run(parameters, opts);
	if (result.status !== 'success')
		throw new Error(`run failed: ${result.error?.message} ${JSON.stringify(result.error?.description ?? '')}`);
	return result.nodeItems('Re-Leased');
}

const line = (amountExclTax: number, extra: IDataObject = {}) => ({
	description: 'Line',
	amountExclTax,
	accountCode: '200',
	taxType: 'GST on Income',
	taxAmount: '',
	trackingOption: '12 Queen St',
	...extra,
});

describe('Re-Leased node: Invoice', () => {
	it('Create with status Awaiting Approval (fields below)', async () => {
		const [item] = await ok({
			resource: 'invoice',
			operation: 'create',
			type: 'Income',
			status: 'AwaitingApproval',
			contactId: 'con_2',
			issueDate: '2024-06-01T00:00:00',
			dueDate: '2024-06-20T00:00:00',
			lines: { line: [line(1000.004), line(200, { taxAmount: '30' })] },
			additionalFields: { reference: 'June rent', propertyId: 'prop_2' },
		});
		const stored = store().get('invoice', String(item.json.id))!;
		expect(stored.fields).toMatchObject({
			type: 'Income',
			status: 'AwaitingApproval',
			contactId: 'con_2',
			propertyId: 'prop_2',
			issueDate: '2024-06-01',
			dueDate: '2024-06-20',
			reference: 'June rent',
			totalTax: 180,
			total: 1380,
		});
		expect((stored.fields.lines as IDataObject[])[0]).toMatchObject({
			amountExclTax: 1000,
			tracking: { category: 'Property', option: '12 Queen St' },
		});
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	it('Create from the whole input item, one bad item becoming an error item (continueOnFail)', async () => {
		const good = {
			type: 'Expense',
			status: 'Approved',
			contactId: 'con_4',
			issueDate: '2024-06-01',
			dueDate: '2024-06-30',
			paymentPriority: 'High',
			lines: [{ amountExclTax: 50, accountCode: '400' }],
		};
		const items = await ok(
			{ resource: 'invoice', operation: 'create', inputMode: 'inputItem' },
			{
				items: [{ json: good }, { json: { ...good, status: 'Paid' } }, { json: { ...good, contactId: 'con_404' } }],
				continueOnFail: true,
			},
		);
		expect(items).toHaveLength(3);
		expect(items[0].json).toMatchObject({ type: 'Expense', status: 'Approved', total: 50 });
		expect(items[1].json.error).toMatch(/"status".*Draft, AwaitingApproval, Approved/);
		expect(items[1].pairedItem).toEqual({ item: 1 });
		// The error names Re-Leased's own code and the field (n8n may keep only the message on the regular output).
		expect(items[2].pairedItem).toEqual({ item: 2 });
		expect(String(items[2].json.error)).toMatch(/validation_error.*contactId: no contact with id con_404/);
		// Only the good item reached Re-Leased.
		expect(
			store()
				.list('invoice')
				.filter((r) => r.fields.contactId === 'con_4' && r.fields.issueDate === '2024-06-01'),
		).toHaveLength(1);
	});

	it('a failing item stops the run naming the item, when continueOnFail is off', async () => {
		const result = await run({ resource: 'invoice', operation: 'get', recordId: rl('inv_404') });
		expect(result.status).toBe('error');
		expect(result.error?.message).toMatch(/Re-Leased error not_found/);
	});

	it('Update, Void, Get', async () => {
		const [updated] = await ok({
			resource: 'invoice',
			operation: 'update',
			recordId: rl('inv_1'),
			updateFields: { status: 'Approved', reference: 'Approved by n8n' },
		});
		expect(store().get('invoice', 'inv_1')!.fields).toMatchObject({ status: 'Approved', reference: 'Approved by n8n' });
		expect(updated.json.id).toBe('inv_1');
		await ok({ resource: 'invoice', operation: 'void', recordId: rl('inv_2') });
		expect(store().get('invoice', 'inv_2')!.fields.status).toBe('Voided');
		const [got] = await ok({ resource: 'invoice', operation: 'get', recordId: rl('inv_7') });
		expect(got.json).toMatchObject({ id: 'inv_7', type: 'Expense', invoiceNumber: 'BILL-2001' });
	});

	it("On Error 'Continue (using error output)': the bad item goes to the error output, paired; the good ones stay on the success output", async () => {
		const good = {
			type: 'Expense',
			status: 'Approved',
			contactId: 'con_4',
			issueDate: '2024-06-02',
			dueDate: '2024-06-30',
			paymentPriority: 'High',
			lines: [{ amountExclTax: 50, accountCode: '400' }],
		};
		const result = await run(
			{ resource: 'invoice', operation: 'create', inputMode: 'inputItem' },
			{
				items: [
					{ json: good },
					{ json: { ...good, contactId: 'con_404' } },
					{ json: { ...good, issueDate: '2024-06-03' } },
				],
				onError: 'continueErrorOutput',
			},
		);
		expect(result.status).toBe('success');
		const created = result.nodeItems('Re-Leased', 0);
		expect(created.map((i) => [(i.pairedItem as { item: number }).item, i.json.issueDate])).toEqual([
			[0, good.issueDate],
			[2, '2024-06-03'],
		]);
		expect(created.some((i) => i.json.error !== undefined)).toBe(false);
		const failed = result.nodeItems('Re-Leased', 1);
		expect(failed).toHaveLength(1);
		expect(failed[0].pairedItem).toEqual({ item: 1 });
		expect(String(failed[0].json.error)).toMatch(/contactId: no contact with id con_404/);
	});

	it('Update with nothing to change is an item error', async () => {
		const [item] = await ok(
			{ resource: 'invoice', operation: 'update', recordId: rl('inv_1'), updateFields: {} },
			{ continueOnFail: true },
		);
		expect(item.json.error).toMatch(/Nothing to update on Invoice inv_1/);
	});

	it('Get Many with filters (type, status, contact, property, modified since) and Limit', async () => {
		const byFilters = await ok({
			resource: 'invoice',
			operation: 'getAll',
			returnAll: true,
			filters: { type: 'Income', status: 'Approved', contact: 'con_1', property: 'prop_1' },
		});
		expect(byFilters.map((i) => i.json.id)).toEqual(['inv_3']);
		const since = await ok({
			resource: 'invoice',
			operation: 'getAll',
			returnAll: true,
			filters: { modifiedSince: '2024-05-08T00:00:00Z' },
		});
		const expected = store()
			.list('invoice')
			.filter((r) => r.modifiedAt >= '2024-05-08T00:00:00.000Z').length;
		expect(since).toHaveLength(expected);
		expect(expected).toBeLessThan(store().count('invoice'));
		expect(await ok({ resource: 'invoice', operation: 'getAll', returnAll: false, limit: 2 })).toHaveLength(2);
	});
});

describe('Re-Leased node: Contact, Property, Tenancy', () => {
	it('Contact Create, Update, Get, Get Many', async () => {
		const [created] = await ok({
			resource: 'contact',
			operation: 'create',
			name: 'Tui Books Ltd',
			additionalFields: {
				email: 'ap@tuibooks.example',
				firstName: 'Hana',
				postalAddress: { value: { address: 'PO Box 9', city: 'Napier', country: 'New Zealand' } },
			},
		});
		const id = String(created.json.id);
		expect(store().get('contact', id)!.fields).toMatchObject({
			name: 'Tui Books Ltd',
			firstName: 'Hana',
			postalAddress: { city: 'Napier' },
		});
		await ok({ resource: 'contact', operation: 'update', recordId: rl(id), updateFields: { mobile: '+64 21 000' } });
		expect(store().get('contact', id)!.fields.mobile).toBe('+64 21 000');
		expect((await ok({ resource: 'contact', operation: 'get', recordId: rl(id) }))[0].json.email).toBe(
			'ap@tuibooks.example',
		);
		const found = await ok({ resource: 'contact', operation: 'getAll', returnAll: true, filters: { search: 'tui' } });
		expect(found.map((i) => i.json.id)).toEqual([id]);
		const bad = await ok(
			{ resource: 'contact', operation: 'create', name: 'X', additionalFields: { email: 'not-an-email' } },
			{ continueOnFail: true },
		);
		expect(bad[0].json.error).toMatch(/"email"/);
	});

	it('Property Get and Get Many; Tenancy Get and Get Many by property', async () => {
		expect((await ok({ resource: 'property', operation: 'get', recordId: rl('prop_2') }))[0].json.name).toBe(
			'88 Harbour Rd',
		);
		expect(await ok({ resource: 'property', operation: 'getAll', returnAll: true })).toHaveLength(
			store().count('property'),
		);
		expect((await ok({ resource: 'tenancy', operation: 'get', recordId: rl('ten_3') }))[0].json.status).toBe('Future');
		const atQueen = await ok({
			resource: 'tenancy',
			operation: 'getAll',
			returnAll: true,
			filters: { property: 'prop_1' },
		});
		expect(atQueen.map((i) => i.json.id).sort()).toEqual(['ten_1', 'ten_4']);
	});
});

describe('Re-Leased node: Credit Note, Adjustment, Payment', () => {
	it('Credit Note Create, Get, Get Many', async () => {
		const [cn] = await ok({
			resource: 'creditNote',
			operation: 'create',
			type: 'Income',
			status: 'Approved',
			contactId: 'con_1',
			issueDate: '2024-06-05',
			lines: { line: [line(100)] },
			additionalFields: { invoiceId: 'inv_6' },
		});
		expect(store().get('creditNote', String(cn.json.id))!.fields).toMatchObject({ total: 115, invoiceId: 'inv_6' });
		expect(store().get('invoice', 'inv_6')!.fields.amountDue).toBe(1150 - 115);
		expect((await ok({ resource: 'creditNote', operation: 'get', recordId: rl(String(cn.json.id)) }))[0].json.id).toBe(
			cn.json.id,
		);
		expect(
			await ok({ resource: 'creditNote', operation: 'getAll', returnAll: true, filters: { contact: 'con_1' } }),
		).toHaveLength(1);
	});

	it('Adjustment Create, Get, Get Many', async () => {
		const [adj] = await ok({
			resource: 'adjustment',
			operation: 'create',
			type: 'Income',
			contactId: 'con_2',
			date: '2024-06-05',
			lines: { line: [line(10, { taxType: 'No GST' })] },
		});
		expect(store().get('adjustment', String(adj.json.id))!.fields).toMatchObject({ total: 10, date: '2024-06-05' });
		expect(
			(await ok({ resource: 'adjustment', operation: 'get', recordId: rl('adj_1') }))[0].json.adjustmentNumber,
		).toBe('ADJ-1001');
		expect(
			await ok({ resource: 'adjustment', operation: 'getAll', returnAll: true, filters: { contact: 'con_2' } }),
		).toHaveLength(1);
	});

	it('Payment Create, Get, Get Many', async () => {
		const [p] = await ok({
			resource: 'payment',
			operation: 'create',
			invoiceId: 'inv_3',
			date: '2024-06-05',
			amount: 880,
		});
		expect(store().get('invoice', 'inv_3')!.fields).toMatchObject({ status: 'Paid', amountDue: 0 });
		expect((await ok({ resource: 'payment', operation: 'get', recordId: rl(String(p.json.id)) }))[0].json.amount).toBe(
			880,
		);
		const forInvoice = await ok({
			resource: 'payment',
			operation: 'getAll',
			returnAll: true,
			filters: { invoice: 'inv_3' },
		});
		expect(forInvoice.map((i) => i.json.amount)).toEqual([500, 880]);
		const zero = await ok(
			{ resource: 'payment', operation: 'create', invoiceId: 'inv_3', date: '2024-06-05', amount: 0 },
			{ continueOnFail: true },
		);
		expect(zero[0].json.error).toMatch(/"amount" must be more than 0/);
	});
});

describe.each([
	['account', { code: '450', name: 'Insurance', type: 'Expense' }, { name: 'Insurance Premiums' }],
	['taxType', { name: 'Zero Rated', rate: 0 }, { code: 'Z' }],
	['trackingOption', { name: '7 Wharf St' }, { name: '7 Wharf Street' }],
])('Re-Leased node: %s (Intacct-owned list)', (resource, create, update) => {
	it('Create, Update, Archive, Get Many', async () => {
		const [created] = await ok({ resource, operation: 'create', ...create, additionalFields: {} });
		const id = String(created.json.id);
		expect(store().get(resource, id)!.fields).toMatchObject({ ...create, status: 'Active' });
		await ok({ resource, operation: 'update', recordId: rl(id), updateFields: update });
		expect(store().get(resource, id)!.fields).toMatchObject(update);
		await ok({ resource, operation: 'archive', recordId: rl(id) });
		expect(store().get(resource, id)!.fields.status).toBe('Archived');
		const archived = await ok({ resource, operation: 'getAll', returnAll: true, filters: { status: 'Archived' } });
		expect(archived.map((i) => i.json.id)).toContain(id);
		const active = await ok({ resource, operation: 'getAll', returnAll: true, filters: { status: 'Active' } });
		expect(active.map((i) => i.json.id)).not.toContain(id);
	});
});

describe('Re-Leased node: API Request', () => {
	it('sends any call with the credential, and refuses absolute URLs', async () => {
		const [got] = await ok({
			resource: 'request',
			operation: 'send',
			method: 'GET',
			path: '/tax-types',
			query: '{"status":"Archived"}',
		});
		expect((got.json.data as IDataObject[]).map((t) => t.name)).toEqual(['GST 12.5% (old)']);
		const [posted] = await ok({
			resource: 'request',
			operation: 'send',
			method: 'POST',
			path: 'contacts',
			body: '{"name":"Raw Call Ltd"}',
		});
		expect(store().get('contact', String((posted.json.data as IDataObject).id))!.fields.name).toBe('Raw Call Ltd');
		const [refused] = await ok(
			{ resource: 'request', operation: 'send', method: 'GET', path: 'https://evil.example/steal' },
			{ continueOnFail: true },
		);
		expect(refused.json.error).toMatch(/must be a path under the Base URL/);
	});

	it('keeps the token out of the error when the credential is wrong', async () => {
		const token = 'bad-token-998877';
		const result = await run({ resource: 'contact', operation: 'getAll', returnAll: true }, { token });
		expect(result.status).toBe('error');
		expect(JSON.stringify(result.run.data.resultData)).not.toContain(token);
		expect(result.error?.message).toMatch(/unauthorized/);
	});
});

describe('Re-Leased node: safe re-runs and whole records', () => {
	it('Return Existing Record If Found: a second run with the same invoice number creates nothing', async () => {
		const params = {
			resource: 'invoice',
			operation: 'create',
			type: 'Income',
			status: 'Approved',
			contactId: 'con_1',
			issueDate: '2024-06-01',
			dueDate: '2024-06-20',
			lines: { line: [line(10)] },
			additionalFields: { invoiceNumber: 'INTACCT-77' },
			options: { returnExisting: true },
		};
		const [first] = await ok(params);
		const [second] = await ok(params);
		expect(second.json.id).toBe(first.json.id);
		expect(
			store()
				.list('invoice')
				.filter((r) => r.fields.invoiceNumber === 'INTACCT-77'),
		).toHaveLength(1);
		// Same number on the other type is another record (numbers are unique per type).
		const [bill] = await ok({
			...params,
			type: 'Expense',
			contactId: 'con_4',
			lines: { line: [line(10, { accountCode: '400', taxType: 'GST on Expenses' })] },
		});
		expect(bill.json.id).not.toBe(first.json.id);
		// With the option switched off, Re-Leased's own uniqueness rule (ASSUMED; the sandbox keeps it by default) answers.
		const [dup] = await ok({ ...params, options: { returnExisting: false } }, { continueOnFail: true });
		expect(String(dup.json.error)).toMatch(/validation_error.*invoiceNumber: INTACCT-77 is already used/);
	});

	it('a record read from Re-Leased can be sent back whole: server-owned fields are not sent', async () => {
		const nock = (await import('nock')).default;
		const base = 'http://released.test/api';
		let sent: Record<string, unknown> | undefined;
		nock(base)
			.post('/contacts', (body: Record<string, unknown>) => {
				sent = body;
				return true;
			})
			.reply(201, { data: { id: 'con_99', name: 'Copy' } });
		try {
			const read = {
				id: 'con_1',
				name: 'Copy',
				email: 'a@b.example',
				createdAt: '2024-01-01T00:00:00Z',
				updatedAt: '2024-01-02T00:00:00Z',
			};
			const result = await runWorkflow({
				workflow: {
					nodes: [
						{ name: 'Start', type: MANUAL_TRIGGER },
						// The look-up before the write (on by default) is not what this test is about.
						{
							name: 'Re-Leased',
							type: TYPE,
							parameters: {
								resource: 'contact',
								operation: 'create',
								inputMode: 'inputItem',
								options: { returnExisting: false },
							},
						},
					],
					connections: connectChain('Start', 'Re-Leased'),
					pinData: { Start: [{ json: read }] },
				},
				nodeTypes: { [TYPE]: new ReLeased() },
				credentialTypes: { reLeasedApi: new ReLeasedApi() },
				credentials: { reLeasedApi: { baseUrl: base, apiToken: 't' } },
			});
			expect(result.status).toBe('success');
			expect(sent).toEqual({ name: 'Copy', email: 'a@b.example' });
		} finally {
			nock.cleanAll();
		}
	});
});

describe('Re-Leased node: exact-key filters', () => {
	it.each([
		['invoice', { number: 'BILL-2002' }, ['inv_8']],
		['creditNote', { number: 'CN-1001' }, ['cn_1']],
		['adjustment', { number: 'ADJ-1001' }, ['adj_1']],
		['account', { code: '400' }, ['acc_3']],
		['taxType', { name: 'No GST' }, ['tax_3']],
		['trackingOption', { name: '5 Market Lane' }, ['trk_3']],
		['contact', { name: 'City Cleaning Co' }, ['con_5']],
	])('%s Get Many by %j', async (resource, filters, ids) => {
		const out = await ok({ resource, operation: 'getAll', returnAll: true, filters });
		expect(out.map((i) => i.json.id)).toEqual(ids);
	});
});
