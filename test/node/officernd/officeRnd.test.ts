import type { IDataObject, IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';
import { OfficeRnd } from '../../../nodes/OfficeRnd/OfficeRnd.node';
import { createOfficeRndSystem, OFFICERND_SANDBOX_CREDENTIALS as C, SEED_IDS } from '../../../sandbox/officernd';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { officeRndCredentialData, runOfficeRnd } from './helpers';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ systems: [createOfficeRndSystem] });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const id = (value: string) => ({ __rl: true, mode: 'id', value });
const stored = (collection: string, recordId: string) =>
	sandbox.state.system('officernd')!.store.get(collection, recordId);
const count = (collection: string) => sandbox.state.system('officernd')!.store.count(collection);
const admin = async (path: string, init?: RequestInit) =>
	await (await fetch(`${sandbox.url}/__admin${path}`, init)).json();

describe('Billing Document (OfficeRnD /payments)', () => {
	it('Get Many returns every document across cursor pages, through n8n’s own OAuth2 client credentials', async () => {
		const run = await runOfficeRnd(sandbox, { resource: 'billingDocument', operation: 'getAll', returnAll: true });
		expect(run.status).toBe('success');
		const docs = run.nodeOutput('OfficeRnD');
		expect(docs).toHaveLength(count('payments'));
		expect(new Set(docs.map((d) => d._id)).size).toBe(docs.length);
		// n8n fetched the token itself and stored it on the credential.
		expect((run.credentials.officeRndOAuth2Api.oauthTokenData as IDataObject).access_token).toMatch(/^sbx_/);
		const tokenRequests = ((await admin('/requests?system=officernd')) as Array<{ operation?: string }>).filter(
			(r) => r.operation === 'oauth.token',
		);
		expect(tokenRequests).toHaveLength(1);
	});

	it('Get Many filters by document type, status, company and modified date, with a Limit', async () => {
		const credit = await runOfficeRnd(sandbox, {
			resource: 'billingDocument',
			operation: 'getAll',
			returnAll: true,
			filters: { documentType: ['creditNote', 'overpayment'] },
		});
		expect(
			credit
				.nodeOutput('OfficeRnD')
				.map((d) => d.number)
				.sort(),
		).toEqual(['CN-0001', 'CN-0002', 'OP-0001']);
		const celtic = await runOfficeRnd(sandbox, {
			resource: 'billingDocument',
			operation: 'getAll',
			returnAll: true,
			filters: {
				company: SEED_IDS.company.celtic,
				status: ['partially_paid', 'paid'],
				modifiedAtAfter: '2025-03-01T00:00:00Z',
			},
		});
		const out = celtic.nodeOutput('OfficeRnD');
		expect(out.length).toBeGreaterThan(0);
		expect(
			out.every((d) => d.company === SEED_IDS.company.celtic && ['partially_paid', 'paid'].includes(String(d.status))),
		).toBe(true);
		const limited = await runOfficeRnd(sandbox, {
			resource: 'billingDocument',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
		});
		expect(limited.nodeOutput('OfficeRnD')).toHaveLength(2);
	});

	it('Get returns the whole record with _id and modifiedAt', async () => {
		const run = await runOfficeRnd(sandbox, {
			resource: 'billingDocument',
			operation: 'get',
			documentId: id(SEED_IDS.invoice(4)),
		});
		const [doc] = run.nodeOutput('OfficeRnD');
		expect(doc).toMatchObject({
			_id: SEED_IDS.invoice(4),
			number: 'INV-0004',
			currency: 'EUR',
			status: 'partially_paid',
		});
		expect(Array.isArray(doc.lines)).toBe(true);
		expect(typeof doc.modifiedAt).toBe('string');
	});

	it('Create from fields (lines included) and Update; the sandbox prices the lines', async () => {
		const created = await runOfficeRnd(sandbox, {
			resource: 'billingDocument',
			operation: 'create',
			inputMode: 'fields',
			documentType: 'invoice',
			location: SEED_IDS.location.london,
			currency: 'GBP',
			lines: {
				line: [
					{
						description: 'Day pass',
						quantity: 2,
						unitPrice: 30,
						taxRate: SEED_IDS.taxRate.ukVat20,
						account: SEED_IDS.account.oneOff,
					},
				],
			},
			additionalFields: { company: SEED_IDS.company.acme, reference: 'Day passes', dueDate: '2025-04-15T00:00:00Z' },
		});
		expect(created.status).toBe('success');
		const [doc] = created.nodeOutput('OfficeRnD');
		expect(doc).toMatchObject({
			documentType: 'invoice',
			total: 72,
			subTotal: 60,
			company: SEED_IDS.company.acme,
			dueDate: '2025-04-15T00:00:00.000Z',
		});
		const updated = await runOfficeRnd(sandbox, {
			resource: 'billingDocument',
			operation: 'update',
			documentId: id(String(doc._id)),
			inputMode: 'fields',
			updateFields: { reference: 'Day passes (2)' },
		});
		expect(updated.nodeOutput('OfficeRnD')[0].reference).toBe('Day passes (2)');
		expect(stored('payments', String(doc._id))?.fields.reference).toBe('Day passes (2)');
	});

	it('Create from a whole record in JSON drops the fields OfficeRnD sets itself', async () => {
		const record = {
			_id: 'ignored',
			createdAt: 'x',
			modifiedAt: 'y',
			documentType: 'creditNote',
			location: SEED_IDS.location.dublin,
			currency: 'EUR',
			company: SEED_IDS.company.celtic,
			lines: [{ description: 'Refund', unitPrice: 10, taxRate: SEED_IDS.taxRate.ieVat23 }],
		};
		const run = await runOfficeRnd(
			sandbox,
			{ resource: 'billingDocument', operation: 'create', inputMode: 'json', jsonBody: '={{ JSON.stringify($json) }}' },
			{ items: [{ json: record }] },
		);
		expect(run.status).toBe('success');
		const [doc] = run.nodeOutput('OfficeRnD');
		expect(doc).toMatchObject({ documentType: 'creditNote', total: 12.3, currency: 'EUR' });
		expect(doc._id).not.toBe('ignored');
	});

	it('Record Accounting Sync Status writes the accounting block on the document and on an allocation', async () => {
		const docRun = await runOfficeRnd(sandbox, {
			resource: 'billingDocument',
			operation: 'recordAccountingStatus',
			documentId: id(SEED_IDS.invoice(5)),
			level: 'document',
			provider: 'sage-intacct',
			externalOrgId: 'SANDBOX-CO',
			providerId: 'ARINV-0005',
			deepLink: 'https://www.intacct.com/ia/acct/ar.phtml?r=5',
			lastSync: '2025-03-20T10:00:00Z',
			error: '',
		});
		expect(docRun.status).toBe('success');
		expect(stored('payments', SEED_IDS.invoice(5))?.fields.accounting).toEqual({
			provider: 'sage-intacct',
			externalOrgId: 'SANDBOX-CO',
			providerId: 'ARINV-0005',
			deepLink: 'https://www.intacct.com/ia/acct/ar.phtml?r=5',
			lastSync: '2025-03-20T10:00:00.000Z',
			error: null,
		});
		const allocationId = (stored('payments', SEED_IDS.invoice(9))?.fields.allocations as IDataObject[])[0]
			._id as string;
		const allocRun = await runOfficeRnd(sandbox, {
			resource: 'billingDocument',
			operation: 'recordAccountingStatus',
			documentId: id(SEED_IDS.invoice(9)),
			level: 'allocation',
			allocationId,
			provider: 'sageIntacct',
			externalOrgId: 'SANDBOX-CO',
			providerId: '',
			lastSync: '2025-03-20T10:00:00Z',
			error: 'BL03000018 Customer is on hold',
		});
		expect(allocRun.status).toBe('success');
		const allocation = (stored('payments', SEED_IDS.invoice(9))?.fields.allocations as IDataObject[])[0];
		expect(allocation.accounting).toMatchObject({
			provider: 'sageIntacct',
			externalOrgId: 'SANDBOX-CO',
			error: 'BL03000018 Customer is on hold',
		});
	});

	it('Get Documents returns the PDF link, and the PDF as binary when asked', async () => {
		const run = await runOfficeRnd(sandbox, {
			resource: 'billingDocument',
			operation: 'getDocuments',
			documentId: id(SEED_IDS.invoice(5)),
			download: true,
			binaryPropertyName: 'pdf',
		});
		expect(run.status).toBe('success');
		const [item] = run.nodeItems('OfficeRnD');
		expect(item.json).toMatchObject({ name: 'INV-0005.pdf', type: 'invoice', paymentId: SEED_IDS.invoice(5) });
		expect(item.binary?.pdf.mimeType).toBe('application/pdf');
		expect(Buffer.from(item.binary!.pdf.data, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
	});
});

describe('Company and Member', () => {
	it('Create, Update, Get and Get Many a company', async () => {
		const created = await runOfficeRnd(sandbox, {
			resource: 'company',
			operation: 'create',
			inputMode: 'fields',
			name: 'Nimbus Labs',
			additionalFields: {
				email: 'ap@nimbus.example',
				location: SEED_IDS.location.manchester,
				vatNumber: 'GB111222333',
				properties: '{"intacctCustomerId":"C-0099"}',
			},
		});
		const [company] = created.nodeOutput('OfficeRnD');
		expect(company).toMatchObject({
			name: 'Nimbus Labs',
			billingDetails: { vatNumber: 'GB111222333' },
			properties: { intacctCustomerId: 'C-0099' },
		});
		await runOfficeRnd(sandbox, {
			resource: 'company',
			operation: 'update',
			companyId: id(String(company._id)),
			inputMode: 'fields',
			updateFields: { status: 'former' },
		});
		const got = await runOfficeRnd(sandbox, {
			resource: 'company',
			operation: 'get',
			companyId: id(String(company._id)),
		});
		expect(got.nodeOutput('OfficeRnD')[0].status).toBe('former');
		const many = await runOfficeRnd(sandbox, {
			resource: 'company',
			operation: 'getAll',
			returnAll: true,
			filters: { status: ['former'] },
		});
		expect(
			many
				.nodeOutput('OfficeRnD')
				.map((c) => c.name)
				.sort(),
		).toEqual(['Dormant Holdings', 'Nimbus Labs']);
	});

	it('Create, Update, Get and Get Many a member', async () => {
		const created = await runOfficeRnd(sandbox, {
			resource: 'member',
			operation: 'create',
			inputMode: 'fields',
			name: 'Farah Khan',
			email: 'farah@acme-analytics.example',
			additionalFields: { company: SEED_IDS.company.acme },
		});
		const [m] = created.nodeOutput('OfficeRnD');
		expect(m).toMatchObject({ name: 'Farah Khan', company: SEED_IDS.company.acme });
		await runOfficeRnd(sandbox, {
			resource: 'member',
			operation: 'update',
			memberId: id(String(m._id)),
			inputMode: 'fields',
			updateFields: { phone: '+44 1' },
		});
		expect(
			(await runOfficeRnd(sandbox, { resource: 'member', operation: 'get', memberId: id(String(m._id)) })).nodeOutput(
				'OfficeRnD',
			)[0].phone,
		).toBe('+44 1');
		const acme = await runOfficeRnd(sandbox, {
			resource: 'member',
			operation: 'getAll',
			returnAll: true,
			filters: { company: SEED_IDS.company.acme },
		});
		expect(
			acme
				.nodeOutput('OfficeRnD')
				.map((x) => x.name)
				.sort(),
		).toEqual(['Alice Archer', 'Erin Evans', 'Farah Khan']);
	});
});

describe('Charge', () => {
	it('Create, Get, Update, Get Many and Delete; the invoice follows', async () => {
		const inv = SEED_IDS.invoice(13); // INV-0010, GBP 48, awaiting payment
		const created = await runOfficeRnd(sandbox, {
			resource: 'charge',
			operation: 'create',
			inputMode: 'fields',
			payment: inv,
			amount: 20,
			additionalFields: { reference: 'Intacct ARPYMT 42', account: 'Bank Transfer', date: '2025-03-21T00:00:00Z' },
		});
		expect(created.status).toBe('success');
		const [charge] = created.nodeOutput('OfficeRnD');
		expect(charge).toMatchObject({ payment: inv, amount: 20, status: 'success', currency: 'GBP' });
		expect(stored('payments', inv)?.fields.status).toBe('partially_paid');

		const got = await runOfficeRnd(sandbox, { resource: 'charge', operation: 'get', chargeId: id(String(charge._id)) });
		expect(got.nodeOutput('OfficeRnD')[0].reference).toBe('Intacct ARPYMT 42');
		await runOfficeRnd(sandbox, {
			resource: 'charge',
			operation: 'update',
			chargeId: id(String(charge._id)),
			inputMode: 'fields',
			updateFields: { amount: 48 },
		});
		expect(stored('payments', inv)?.fields.status).toBe('paid');

		const forInvoice = await runOfficeRnd(sandbox, {
			resource: 'charge',
			operation: 'getAll',
			returnAll: true,
			filters: { payment: inv },
		});
		expect(forInvoice.nodeOutput('OfficeRnD').map((c) => c._id)).toEqual([charge._id]);

		const deleted = await runOfficeRnd(sandbox, {
			resource: 'charge',
			operation: 'delete',
			chargeId: id(String(charge._id)),
		});
		expect(deleted.nodeOutput('OfficeRnD')[0]._id).toBe(charge._id);
		expect(stored('charges', String(charge._id))).toBeUndefined();
		expect(stored('payments', inv)?.fields.status).toBe('awaiting_payment');
	});

	it('one bad item becomes an error item paired with its input; the others still run', async () => {
		const run = await runOfficeRnd(
			sandbox,
			{
				resource: 'charge',
				operation: 'create',
				inputMode: 'fields',
				payment: '={{ $json.invoice }}',
				amount: '={{ $json.amount }}',
				additionalFields: {},
			},
			{
				continueOnFail: true,
				items: [
					{ json: { invoice: SEED_IDS.invoice(13), amount: 5 } },
					{ json: { invoice: '66a0c0ffeea0000000009999', amount: 5 } },
					{ json: { invoice: SEED_IDS.invoice(13), amount: 6 } },
				],
			},
		);
		expect(run.status).toBe('success');
		const items = run.nodeItems('OfficeRnD');
		expect(items.map((i) => (i.pairedItem as { item: number }).item)).toEqual([0, 1, 2]);
		expect(items[0].json.amount).toBe(5);
		expect(String(items[1].json.error)).toContain('payment 66a0c0ffeea0000000009999 does not exist');
		// OfficeRnD's own code travels on the item (json, or the shaped error n8n keeps beside it).
		const itemError = items[1].error as { context?: { errorCode?: string } } | undefined;
		expect(items[1].json.errorCode ?? itemError?.context?.errorCode).toBe('400 Bad Request');
		expect(items[2].json.amount).toBe(6);
	});

	it("with On Error 'Continue (using error output)' the bad item lands on the error output, paired; the good ones stay on the success output", async () => {
		const run = await runOfficeRnd(
			sandbox,
			{
				resource: 'charge',
				operation: 'create',
				inputMode: 'fields',
				payment: '={{ $json.invoice }}',
				amount: '={{ $json.amount }}',
				additionalFields: {},
			},
			{
				onError: 'continueErrorOutput',
				items: [
					{ json: { invoice: SEED_IDS.invoice(13), amount: 5 } },
					{ json: { invoice: '66a0c0ffeea0000000009999', amount: 5 } },
					{ json: { invoice: SEED_IDS.invoice(13), amount: 6 } },
				],
			},
		);
		expect(run.status).toBe('success');
		const good = run.nodeItems('OfficeRnD', 0);
		expect(good.map((i) => [(i.pairedItem as { item: number }).item, i.json.amount])).toEqual([
			[0, 5],
			[2, 6],
		]);
		expect(good.some((i) => i.json.error !== undefined)).toBe(false);
		const failed = run.nodeItems('OfficeRnD', 1);
		expect(failed).toHaveLength(1);
		expect(failed[0].pairedItem).toEqual({ item: 1 });
		expect(String(failed[0].json.error)).toContain('payment 66a0c0ffeea0000000009999 does not exist');
	});

	it('an ID that is not an OfficeRnD ID fails before any call, naming the field', async () => {
		// n8n itself refuses a literal that fails the locator's pattern; an expression reaches the node's own check.
		const run = await runOfficeRnd(sandbox, {
			resource: 'charge',
			operation: 'get',
			chargeId: id('={{ "INV-0005" }}'),
		});
		expect(run.status).toBe('error');
		expect(run.taskData('OfficeRnD').error?.message).toContain('Charge ID "INV-0005" is not an OfficeRnD ID');
	});
});

describe('Fee, Allocation, Membership and reference data', () => {
	it('Fee: Create, Update, Get, Get Many, Delete', async () => {
		const created = await runOfficeRnd(sandbox, {
			resource: 'fee',
			operation: 'create',
			inputMode: 'fields',
			name: 'Late fee INV-0010',
			issueDate: '2025-03-25T00:00:00Z',
			location: SEED_IDS.location.manchester,
			plan: SEED_IDS.plan.lateFee,
			price: 25,
			additionalFields: { company: SEED_IDS.company.brightside },
		});
		const [fee] = created.nodeOutput('OfficeRnD');
		expect(fee).toMatchObject({
			name: 'Late fee INV-0010',
			price: 25,
			quantity: 1,
			issueDate: '2025-03-25T00:00:00.000Z',
		});
		await runOfficeRnd(sandbox, {
			resource: 'fee',
			operation: 'update',
			feeId: id(String(fee._id)),
			inputMode: 'fields',
			updateFields: { quantity: 2 },
		});
		expect(
			(await runOfficeRnd(sandbox, { resource: 'fee', operation: 'get', feeId: id(String(fee._id)) })).nodeOutput(
				'OfficeRnD',
			)[0].quantity,
		).toBe(2);
		const byPlan = await runOfficeRnd(sandbox, {
			resource: 'fee',
			operation: 'getAll',
			returnAll: true,
			filters: { plan: SEED_IDS.plan.lateFee },
		});
		expect(byPlan.nodeOutput('OfficeRnD')).toHaveLength(2);
		await runOfficeRnd(sandbox, { resource: 'fee', operation: 'delete', feeId: id(String(fee._id)) });
		expect(stored('fees', String(fee._id))).toBeUndefined();
	});

	it('Allocation: Create, Update and Remove a credit note against an invoice', async () => {
		const credit = SEED_IDS.invoice(11); // CN-0002, GBP 60, Acme
		const invoice = SEED_IDS.invoice(2); // INV-0002, GBP 48, Acme, pending
		const created = await runOfficeRnd(sandbox, {
			resource: 'allocation',
			operation: 'create',
			documentId: id(credit),
			targetId: id(invoice),
			amount: 30,
		});
		expect(created.status).toBe('success');
		const allocation = (created.nodeOutput('OfficeRnD')[0].allocations as IDataObject[]).find(
			(a) => a.target === invoice,
		)!;
		expect(stored('payments', invoice)?.fields).toMatchObject({
			allocatedAmount: 30,
			payableAmount: 18,
			status: 'partially_paid',
		});
		await runOfficeRnd(sandbox, {
			resource: 'allocation',
			operation: 'update',
			documentId: id(credit),
			allocationId: allocation._id,
			amount: 48,
		});
		expect(stored('payments', invoice)?.fields).toMatchObject({ payableAmount: 0, status: 'paid' });
		await runOfficeRnd(sandbox, {
			resource: 'allocation',
			operation: 'delete',
			documentId: id(credit),
			allocationId: allocation._id,
		});
		expect(stored('payments', invoice)?.fields.allocations).toEqual([]);
	});

	it.each([
		['membership', 'membershipId', 'memberships', SEED_IDS.member.alice ? 'e0' : ''],
		['location', 'locationId', 'locations', '10'],
		['plan', 'planId', 'plans', '20'],
		['revenueAccount', 'revenueAccountId', 'revenue-accounts', '30'],
		['taxRate', 'taxRateId', 'tax-rates', '40'],
		['secondaryCurrency', 'secondaryCurrencyId', 'secondary-currencies', '50'],
	])('%s: Get Many returns every record and Get returns one', async (resource, idName, collection) => {
		const many = await runOfficeRnd(sandbox, { resource, operation: 'getAll', returnAll: true });
		expect(many.status).toBe('success');
		const list = many.nodeOutput('OfficeRnD');
		expect(list).toHaveLength(count(collection));
		const one = await runOfficeRnd(sandbox, { resource, operation: 'get', [idName]: id(String(list[1]._id)) });
		expect(one.nodeOutput('OfficeRnD')).toEqual([list[1]]);
	});

	it('Webhook: Create, Get Many and Delete, never outputting the signing secret', async () => {
		const created = await runOfficeRnd(sandbox, {
			resource: 'webhook',
			operation: 'create',
			url: 'http://127.0.0.1:9/hook',
			eventTypes: ['invoice.updated'],
			description: 'test',
		});
		const [hook] = created.nodeOutput('OfficeRnD');
		expect(hook.secret).toBe('***');
		expect(String(stored('webhooks', String(hook._id))?.fields.secret)).toMatch(/^[0-9a-f]{48}$/);
		expect(JSON.stringify(created.runData)).not.toContain(String(stored('webhooks', String(hook._id))?.fields.secret));
		const many = await runOfficeRnd(sandbox, { resource: 'webhook', operation: 'getAll', returnAll: true });
		expect(many.nodeOutput('OfficeRnD').map((h) => h._id)).toEqual([hook._id]);
		await runOfficeRnd(sandbox, { resource: 'webhook', operation: 'delete', webhookId: id(String(hook._id)) });
		expect(count('webhooks')).toBe(0);
	});
});

describe('tokens, scopes, throttling and secrets', () => {
	it('fetches a new token when OfficeRnD refuses an expired one, and carries on', async () => {
		const first = await runOfficeRnd(sandbox, { resource: 'location', operation: 'getAll', returnAll: true });
		const credentials = first.credentials.officeRndOAuth2Api;
		const oldToken = (credentials.oauthTokenData as IDataObject).access_token;
		await admin('/officernd/tokens/expire', { method: 'POST' });
		const second = await runOfficeRnd(
			sandbox,
			{ resource: 'location', operation: 'getAll', returnAll: true },
			{ credentials },
		);
		expect(second.status).toBe('success');
		expect(second.nodeOutput('OfficeRnD')).toHaveLength(3);
		expect((second.credentials.officeRndOAuth2Api.oauthTokenData as IDataObject).access_token).not.toBe(oldToken);
		expect(((await admin('/officernd/tokens')) as { issued: number }).issued).toBe(2);
	});

	it('a missing scope fails with OfficeRnD’s 401 and names the scope to add', async () => {
		const run = await runOfficeRnd(
			sandbox,
			{ resource: 'company', operation: 'getAll', returnAll: true },
			{ credentials: officeRndCredentialData(sandbox, { scope: 'flex.billing.payments.read' }) },
		);
		expect(run.status).toBe('error');
		const error = run.taskData('OfficeRnD').error!;
		expect(error.message).toContain('Unauthorized access');
		expect(String(error.description)).toContain('flex.community.companies.read');
	});

	it('a token request the application may not make fails clearly, without the client secret', async () => {
		const run = await runOfficeRnd(
			sandbox,
			{ resource: 'charge', operation: 'getAll', returnAll: true },
			{
				credentials: officeRndCredentialData(sandbox, {
					clientId: C.readOnly.clientId,
					clientSecret: C.readOnly.clientSecret,
				}),
			},
		);
		expect(run.status).toBe('error');
		const text = JSON.stringify(run.runData);
		expect(text).toMatch(/token/i);
		expect(text).not.toContain(C.readOnly.clientSecret);
	});

	it('retries through a 429 burst and returns the full list', async () => {
		await admin('/faults', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				system: 'officernd',
				match: 'payments.list',
				type: 'http429',
				retryAfterSeconds: 0,
				count: 2,
			}),
		});
		const run = await runOfficeRnd(sandbox, { resource: 'billingDocument', operation: 'getAll', returnAll: true });
		expect(run.status).toBe('success');
		expect(run.nodeOutput('OfficeRnD')).toHaveLength(count('payments'));
		const log = (await admin('/requests?system=officernd')) as Array<{ operation?: string; status: number }>;
		expect(log.filter((r) => r.operation === 'payments.list').map((r) => r.status)).toEqual([429, 429, 200]);
	});

	it('never puts the client secret or the access token in output or errors', async () => {
		const ok = await runOfficeRnd(sandbox, { resource: 'company', operation: 'getAll', returnAll: true });
		const token = String((ok.credentials.officeRndOAuth2Api.oauthTokenData as IDataObject).access_token);
		const bad = await runOfficeRnd(sandbox, {
			resource: 'company',
			operation: 'get',
			companyId: id('66a0c0ffeeb0000000009999'),
		});
		for (const run of [ok, bad]) {
			const text = JSON.stringify(run.runData);
			expect(text).not.toContain(C.clientSecret);
			expect(text).not.toContain(token);
		}
		expect(bad.taskData('OfficeRnD').error?.message).toContain('Item with Id (66a0c0ffeeb0000000009999)');
	});
});

describe('dropdowns, list search and the credential test', () => {
	/** The load-options context n8n gives methods: credential + an authenticated request helper. */
	async function loadOptionsContext(): Promise<ILoadOptionsFunctions> {
		const credentials = officeRndCredentialData(sandbox);
		const res = await fetch(String(credentials.accessTokenUrl), {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({
				client_id: C.clientId,
				client_secret: C.clientSecret,
				grant_type: 'client_credentials',
			}).toString(),
		});
		const { access_token } = (await res.json()) as { access_token: string };
		return {
			getCredentials: async () => credentials,
			getNode: () => ({ name: 'OfficeRnD' }),
			helpers: {
				async httpRequestWithAuthentication(_type: string, opts: IHttpRequestOptions) {
					const r = await fetch(String(opts.url), {
						method: opts.method,
						headers: { authorization: `Bearer ${access_token}` },
					});
					return { statusCode: r.status, headers: {}, body: await r.json() };
				},
			},
		} as unknown as ILoadOptionsFunctions;
	}

	it('loads locations, companies, tax rates and revenue accounts live, and searches', async () => {
		const node = new OfficeRnd();
		const ctx = await loadOptionsContext();
		const locations = await node.methods.loadOptions.getLocations.call(ctx);
		expect(locations.map((o) => o.name)).toEqual([
			'Dublin Docklands (DUB)',
			'London Shoreditch (LDN)',
			'Manchester Ancoats (MAN)',
		]);
		expect(locations[0].value).toBe(SEED_IDS.location.dublin);
		expect((await node.methods.loadOptions.getTaxRates.call(ctx)).map((o) => o.name)).toContain('UK VAT 20% (20%)');
		expect((await node.methods.loadOptions.getRevenueAccounts.call(ctx)).map((o) => o.name)[0]).toBe('2100 Deposits');
		const search = await node.methods.listSearch.searchCompanies.call(ctx, 'celtic');
		expect(search.results).toEqual([{ name: 'Celtic Ventures Teoranta', value: SEED_IDS.company.celtic }]);
	});
});

describe('field validation', () => {
	it('invalid JSON in Custom Properties fails that item, naming the field', async () => {
		const run = await runOfficeRnd(
			sandbox,
			{
				resource: 'company',
				operation: 'create',
				inputMode: 'fields',
				name: 'Bad JSON Ltd',
				additionalFields: { properties: '{not json' },
			},
			{ continueOnFail: true },
		);
		const [item] = run.nodeItems('OfficeRnD');
		expect(String(item.json.error)).toContain('"Custom Properties (JSON)" is not valid JSON');
		expect(count('companies')).toBe(4);
	});
});

describe('re-runs create nothing new', () => {
	it('Charge > Create with "Skip If Already Recorded" returns the existing charge on a second run', async () => {
		const params = {
			resource: 'charge',
			operation: 'create',
			inputMode: 'fields',
			payment: SEED_IDS.invoice(13),
			amount: 12,
			additionalFields: { providerChargeReference: 'INTACCT-ARPYMT-77' },
			options: { skipIfRecordedBy: 'providerChargeReference' },
		};
		const first = await runOfficeRnd(sandbox, params);
		const second = await runOfficeRnd(sandbox, params);
		expect(second.nodeOutput('OfficeRnD')[0]._id).toBe(first.nodeOutput('OfficeRnD')[0]._id);
		expect(count('charges')).toBe(7);
		// Without the option, a second run creates a second charge.
		await runOfficeRnd(sandbox, { ...params, options: {} });
		expect(count('charges')).toBe(8);
	});

	it('Allocation > Create with "Skip If Already Allocated" allocates once', async () => {
		const params = {
			resource: 'allocation',
			operation: 'create',
			documentId: id(SEED_IDS.invoice(11)),
			targetId: id(SEED_IDS.invoice(2)),
			amount: 10,
			options: { skipIfAllocated: true },
		};
		await runOfficeRnd(sandbox, params);
		const again = await runOfficeRnd(sandbox, params);
		expect(again.status).toBe('success');
		expect(stored('payments', SEED_IDS.invoice(2))?.fields.allocations).toHaveLength(1);
		expect(stored('payments', SEED_IDS.invoice(2))?.fields.allocatedAmount).toBe(10);
	});
});

describe('write shapes from the Accounting Mapper', () => {
	it('Charge > Create from a whole JSON record keeps its source', async () => {
		const record = {
			payment: SEED_IDS.invoice(13),
			amount: 48,
			currency: 'GBP',
			account: 'Bank Transfer',
			reference: 'ARPYMT-9',
			date: '2025-03-22T00:00:00.000Z',
			status: 'success',
			source: 'sage-intacct',
		};
		const run = await runOfficeRnd(
			sandbox,
			{ resource: 'charge', operation: 'create', inputMode: 'json', jsonBody: '={{ JSON.stringify($json) }}' },
			{ items: [{ json: record }] },
		);
		expect(run.status).toBe('success');
		expect(run.nodeOutput('OfficeRnD')[0]).toMatchObject({ source: 'sage-intacct', reference: 'ARPYMT-9' });
		expect(stored('payments', SEED_IDS.invoice(13))?.fields.status).toBe('paid');
	});
});
