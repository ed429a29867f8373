/**
 * Every operation of the reference, party, AP and GL resources and Any Object, run by n8n's own
 * engine against the sandbox; assertions read the sandbox's records, not the node's echo.
 */
import type { IDataObject } from 'n8n-workflow';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { INTACCT_SANDBOX_CREDENTIALS as C } from '../../../sandbox/intacct/seed';
import { connectChain, MANUAL_TRIGGER, runWorkflow } from '../../helpers/engine';
import { INTACCT_NODE_TYPE, intacctEngineOptions } from '../../helpers/intacct';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
	await sandbox.close();
});
beforeEach(() => sandbox.reset());

const store = () => sandbox.state.system('intacct')!.store;
const find = (collection: string, field: string, value: string) =>
	store().find(collection, (r) => r.fields[field] === value);
const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

async function run(
	parameters: IDataObject,
	items: IDataObject[] = [{}],
	opts: { continueOnFail?: boolean; onError?: 'continueRegularOutput' | 'continueErrorOutput' } = {},
) {
	const onError = opts.onError ?? (opts.continueOnFail ? 'continueRegularOutput' : undefined);
	return await runWorkflow({
		workflow: {
			nodes: [
				{ name: 'Start', type: MANUAL_TRIGGER },
				{
					name: 'Intacct',
					type: INTACCT_NODE_TYPE,
					parameters: { idempotencyKey: '', ...parameters },
					...(onError ? { onError } : {}),
				},
			],
			connections: connectChain('Start', 'Intacct'),
			pinData: { Start: items.map((json) => ({ json })) },
		},
		startNode: 'Start',
		...intacctEngineOptions(sandbox),
	});
}
async function ok(parameters: IDataObject, items?: IDataObject[]) {
	const r = await run(parameters, items);
	if (r.status !== 'success')
		throw new Error(`run failed: ${r.error?.message} ${JSON.stringify(r.taskData('Intacct').error ?? '')}`);
	return r.nodeOutput('Intacct');
}
async function failure(parameters: IDataObject) {
	const r = await run(parameters);
	expect(r.status).toBe('error');
	return (
		String(r.taskData('Intacct').error?.message ?? '') +
		' ' +
		String((r.taskData('Intacct').error as { description?: string })?.description ?? '')
	);
}

describe('Customer', () => {
	it('Create from fields: PRINTAS defaults to the name, contact and address nest under DISPLAYCONTACT, Intacct numbers it', async () => {
		const [out] = await ok({
			resource: 'customer',
			operation: 'create',
			name: 'Nimbus Labs',
			additionalFields: { email: 'ap@nimbus.example', city: 'Leeds', termName: 'Net 30', creditLimit: 1234.567 },
		});
		expect(out).toMatchObject({ CUSTOMERID: 'C-0013', _intacct: { replay: false } });
		expect(find('CUSTOMER', 'CUSTOMERID', 'C-0013')!.fields).toMatchObject({
			NAME: 'Nimbus Labs',
			PRINTAS: 'Nimbus Labs',
			EMAIL1: 'ap@nimbus.example',
			CITY: 'Leeds',
			TERMNAME: 'Net 30',
			CREDITLIMIT: '1234.57',
		});
	});

	it('Create from whole records: a bad one becomes its own paired error item, the good one is written', async () => {
		const r = await run(
			{ resource: 'customer', operation: 'create', recordSource: 'json', record: '={{ $json.record }}' },
			[
				{ record: { CUSTOMERID: 'C-JSON', NAME: 'From JSON', DISPLAYCONTACT: { PRINTAS: 'From JSON Ltd' } } },
				{ record: { CUSTOMERID: 'C-BAD' } },
			],
			{ continueOnFail: true },
		);
		const items = r.nodeItems('Intacct');
		expect(items.map((i) => (i.pairedItem as { item: number }).item)).toEqual([0, 1]);
		expect(items[0].json).toMatchObject({ CUSTOMERID: 'C-JSON' });
		expect(String(items[1].json.error)).toMatch(/NAME is required/);
		expect(find('CUSTOMER', 'CUSTOMERID', 'C-JSON')!.fields.PRINTAS).toBe('From JSON Ltd');
		expect(find('CUSTOMER', 'CUSTOMERID', 'C-BAD')).toBeUndefined();
	});

	it("On Error 'Continue (using error output)': the bad record goes to the error output, paired; the good ones stay on the success output", async () => {
		const r = await run(
			{ resource: 'customer', operation: 'create', recordSource: 'json', record: '={{ $json.record }}' },
			[
				{ record: { CUSTOMERID: 'C-EO1', NAME: 'First' } },
				{ record: { CUSTOMERID: 'C-EO-BAD' } },
				{ record: { CUSTOMERID: 'C-EO2', NAME: 'Second' } },
			],
			{ onError: 'continueErrorOutput' },
		);
		expect(r.status).toBe('success');
		const good = r.nodeItems('Intacct', 0);
		expect(good.map((i) => [(i.pairedItem as { item: number }).item, i.json.CUSTOMERID])).toEqual([
			[0, 'C-EO1'],
			[2, 'C-EO2'],
		]);
		expect(good.some((i) => i.json.error !== undefined)).toBe(false);
		const failed = r.nodeItems('Intacct', 1);
		expect(failed).toHaveLength(1);
		expect(failed[0].pairedItem).toEqual({ item: 1 });
		expect(String(failed[0].json.error)).toMatch(/NAME is required/);
		expect(find('CUSTOMER', 'CUSTOMERID', 'C-EO-BAD')).toBeUndefined();
	});

	it('Update by ID and by record number; Get by ID (resource locator) and by record number', async () => {
		await ok({
			resource: 'customer',
			operation: 'update',
			lookupBy: 'id',
			recordId: rl('C-0004'),
			updateFields: { name: 'Delta Freight AG', status: 'active' },
		});
		expect(store().get('CUSTOMER', '4')!.fields).toMatchObject({ NAME: 'Delta Freight AG', STATUS: 'active' });
		await ok({
			resource: 'customer',
			operation: 'update',
			lookupBy: 'recordNo',
			recordNo: '6',
			updateFields: { phone: '+1-555-9999' },
		});
		expect(store().get('CUSTOMER', '6')!.fields.PHONE1).toBe('+1-555-9999');
		const [byId] = await ok({ resource: 'customer', operation: 'get', lookupBy: 'id', recordId: rl('C-0004', 'list') });
		expect(byId).toMatchObject({ RECORDNO: '4', NAME: 'Delta Freight AG' });
		const [byNo] = await ok({
			resource: 'customer',
			operation: 'get',
			lookupBy: 'recordNo',
			recordNo: '6',
			options: { fields: 'CUSTOMERID,PHONE1' },
		});
		expect(byNo).toEqual({ CUSTOMERID: 'C-0006', PHONE1: '+1-555-9999' });
		expect(await failure({ resource: 'customer', operation: 'get', lookupBy: 'id', recordId: rl('C-NOPE') })).toMatch(
			/No customer with CUSTOMERID "C-NOPE"/,
		);
	});

	it('Upsert updates an existing ID and creates a new one; Delete by ID removes it', async () => {
		// A shared customer: at the top level, records private to an entity are not seen (reference §1.7).
		const [updated] = await ok({
			resource: 'customer',
			operation: 'upsert',
			name: 'Acme Coworking Group',
			customerId: 'C-0001',
		});
		expect(updated._action).toBe('updated');
		expect(store().get('CUSTOMER', '1')!.fields.NAME).toBe('Acme Coworking Group');
		const [created] = await ok({
			resource: 'customer',
			operation: 'upsert',
			name: 'Upserted Co',
			customerId: 'C-9001',
		});
		expect(created._action).toBe('created');
		expect(find('CUSTOMER', 'CUSTOMERID', 'C-9001')).toBeDefined();
		const [deleted] = await ok({ resource: 'customer', operation: 'delete', lookupBy: 'id', recordId: rl('C-9001') });
		expect(deleted).toMatchObject({ deleted: true, CUSTOMERID: 'C-9001' });
		expect(find('CUSTOMER', 'CUSTOMERID', 'C-9001')).toBeUndefined();
		expect(
			await failure({ resource: 'customer', operation: 'upsert', name: 'No ID', customerId: '={{ "" }}' }),
		).toMatch(/Upsert needs CUSTOMERID/);
	});

	it('Preview outputs the request with masked session and no credential, and writes nothing', async () => {
		const [out] = await ok({
			resource: 'customer',
			operation: 'create',
			name: 'Preview Co',
			writeOptions: { preview: true },
		});
		expect(out.preview).toBe(true);
		expect(String(out.request)).toContain('<create><CUSTOMER><NAME>Preview Co</NAME>');
		for (const secret of [C.senderPassword, C.userPassword]) expect(JSON.stringify(out)).not.toContain(secret);
		expect(find('CUSTOMER', 'NAME', 'Preview Co')).toBeUndefined();
	});
});

describe('Vendor', () => {
	it('Create, Update (RECORDNO resolved from the ID), Get, Get Many, Upsert, Delete', async () => {
		const [created] = await ok({
			resource: 'vendor',
			operation: 'create',
			name: 'Quill & Ink',
			additionalFields: { vendorId: 'V-QI', currency: 'GBP', status: 'active' },
		});
		expect(created).toMatchObject({ VENDORID: 'V-QI' });
		await ok({
			resource: 'vendor',
			operation: 'update',
			lookupBy: 'id',
			recordId: rl('V-QI'),
			updateFields: { email: 'ar@quill.example' },
		});
		expect(find('VENDOR', 'VENDORID', 'V-QI')!.fields.EMAIL1).toBe('ar@quill.example');
		const [got] = await ok({ resource: 'vendor', operation: 'get', lookupBy: 'id', recordId: rl('V-QI') });
		expect(got).toMatchObject({ NAME: 'Quill & Ink', CURRENCY: 'GBP' });
		const inactive = await ok({
			resource: 'vendor',
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'inactive' },
		});
		expect(inactive.map((v) => v.VENDORID)).toEqual(['V-0005']);
		const limited = await ok({ resource: 'vendor', operation: 'getAll', limit: 2, options: { fields: 'VENDORID' } });
		// V-0002 is private to UK: the top level does not see it (reference §1.7).
		expect(limited).toEqual([{ VENDORID: 'V-0001' }, { VENDORID: 'V-0003' }]);
		const [up] = await ok({ resource: 'vendor', operation: 'upsert', name: 'Quill and Ink', vendorId: 'V-QI' });
		expect(up._action).toBe('updated');
		expect(find('VENDOR', 'VENDORID', 'V-QI')!.fields.NAME).toBe('Quill and Ink');
		await ok({
			resource: 'vendor',
			operation: 'delete',
			lookupBy: 'recordNo',
			recordNo: String(find('VENDOR', 'VENDORID', 'V-QI')!.id),
		});
		expect(find('VENDOR', 'VENDORID', 'V-QI')).toBeUndefined();
		expect(
			await failure({
				resource: 'vendor',
				operation: 'update',
				lookupBy: 'id',
				recordId: rl('V-NONE'),
				updateFields: { name: 'x' },
			}),
		).toMatch(/No vendor with VENDORID "V-NONE"/);
	});
});

describe('write options', () => {
	it('Entity writes at entity level (the record belongs to it); All or Nothing rolls back the good item with the bad one', async () => {
		await ok({
			resource: 'vendor',
			operation: 'create',
			name: 'Entity Vendor',
			additionalFields: { vendorId: 'V-ENT' },
			writeOptions: { entity: 'UK' },
		});
		expect(find('VENDOR', 'VENDORID', 'V-ENT')!.fields.MEGAENTITYID).toBe('UK');
		const r = await run(
			{
				resource: 'class',
				operation: 'create',
				classId: '={{ $json.id }}',
				name: '={{ $json.name }}',
				writeOptions: { transaction: true },
			},
			[
				{ id: 'TX-OK', name: 'Fine' },
				{ id: 'COWORK', name: 'Duplicate' },
			],
			{ continueOnFail: true },
		);
		const items = r.nodeItems('Intacct');
		expect(items).toHaveLength(2);
		expect(items.every((i) => typeof i.json.error === 'string')).toBe(true);
		expect(String(items[0].json.error) + String(items[0].json.errorDetails ?? '')).toMatch(/XL03000009|rolled back/);
		expect(find('CLASS', 'CLASSID', 'TX-OK')).toBeUndefined();
	});
});

describe('AP Bill and AP Payment', () => {
	const billParams = (extra: IDataObject = {}) => ({
		resource: 'apBill',
		operation: 'create',
		vendorId: 'V-0002',
		billDate: '2026-11-03T00:00:00',
		lines: {
			line: [
				{
					accountNo: '6200',
					amount: 100,
					locationId: 'UK-LON',
					memo: 'Cleaning',
					taxDetailId: 'UK Purchase Goods Standard Rate',
				},
				{ accountNo: '6000', amount: 25.5, locationId: 'UK-MAN', departmentId: 'FAC' },
			],
		},
		additionalFields: { dueDate: '2026-12-03T00:00:00', billNumber: 'TC-3001', currency: 'GBP', ...extra },
	});

	it('Create from fields: lines with dimensions and a tax entry; dates sent as mm/dd/yyyy', async () => {
		const [out] = await ok(billParams());
		const bill = store().get('APBILL', String(out.RECORDNO))!.fields;
		expect(bill).toMatchObject({
			RECORDID: 'TC-3001',
			WHENCREATED: '11/03/2026',
			WHENDUE: '12/03/2026',
			TOTALENTERED: '145.50',
			STATE: 'Posted',
		});
		const lines = store()
			.list('APBILLITEM')
			.filter((l) => l.fields.RECORDKEY === String(out.RECORDNO));
		expect(lines.map((l) => [l.fields.ACCOUNTNO, l.fields.TRX_AMOUNT, l.fields.LOCATIONID])).toEqual([
			['6200', '100.00', 'UK-LON'],
			['6000', '25.50', 'UK-MAN'],
		]);
	});

	it('the same Idempotency Key twice creates one bill; the second run returns it as a replay', async () => {
		const first = await ok({ ...billParams(), idempotencyKey: 'scoro-bill-77-v1' });
		const second = await ok({ ...billParams(), idempotencyKey: 'scoro-bill-77-v1' });
		expect(first[0]._intacct).toMatchObject({ replay: false });
		expect(second[0]._intacct).toMatchObject({ replay: true, found: true });
		expect(second[0].RECORDNO).toBe(first[0].RECORDNO);
		expect(
			store()
				.list('APBILL')
				.filter((b) => b.fields.RECORDID === 'TC-3001'),
		).toHaveLength(1);
	});

	it("a line without a location fails that item with Intacct's message naming the line", async () => {
		const msg = await failure({ ...billParams(), lines: { line: [{ accountNo: '6200', amount: 10 }] } });
		expect(msg).toMatch(/APBILLITEM\[1\]\.LOCATIONID is required/);
	});

	it('Update replaces lines, Upsert finds by vendor + bill number, Get by bill number, Get Many, Delete', async () => {
		await ok({
			resource: 'apBill',
			operation: 'update',
			lookupBy: 'recordNo',
			recordNo: '1',
			updateFields: { description: 'Facilities Feb (corrected)' },
			lines: { line: [{ accountNo: '5000', amount: 900, locationId: 'US-NYC' }] },
		});
		expect(store().get('APBILL', '1')!.fields).toMatchObject({
			DESCRIPTION: 'Facilities Feb (corrected)',
			TOTALENTERED: '900.00',
		});
		expect(
			store()
				.list('APBILLITEM')
				.filter((l) => l.fields.RECORDKEY === '1'),
		).toHaveLength(1);
		const [up] = await ok({
			resource: 'apBill',
			operation: 'upsert',
			vendorId: 'V-0001',
			billDate: '2025-02-01T00:00:00',
			billNumber: 'NWF-1001',
			lines: { line: [{ accountNo: '5000', amount: 950, locationId: 'US-NYC' }] },
			additionalFields: { dueDate: '2025-03-03T00:00:00' },
		});
		expect(up).toMatchObject({ _action: 'updated', RECORDNO: '1' });
		expect(store().get('APBILL', '1')!.fields.TOTALENTERED).toBe('950.00');
		// TC-2207 belongs to UK: read it in the UK entity's session (the top level does not see it, reference §1.7).
		const [got] = await ok({
			resource: 'apBill',
			operation: 'get',
			lookupBy: 'id',
			recordId: 'TC-2207',
			options: { entity: 'UK' },
		});
		expect(got).toMatchObject({ RECORDNO: '2', VENDORID: 'V-0002' });
		// Tax entries come back nested, as Intacct returns them, not as text.
		expect((got.APBILLITEMS as IDataObject).APBILLITEM).toMatchObject({
			ACCOUNTNO: '6200',
			TAXENTRIES: { TAXENTRY: { DETAILID: 'UK Purchase Goods Standard Rate', TRX_TAX: '90.00' } },
		});
		const list = await ok({
			resource: 'apBill',
			operation: 'getAll',
			returnAll: true,
			filters: { vendorId: 'V-0001' },
		});
		expect(list.map((b) => b.RECORDID)).toEqual(['NWF-1001']);
		await ok({
			resource: 'apBill',
			operation: 'delete',
			lookupBy: 'id',
			recordId: 'TC-2207',
			writeOptions: { entity: 'UK' },
		});
		expect(store().get('APBILL', '2')).toBeUndefined();
	});

	it('AP Payment: Create pays a bill; Get and Get Many read it back', async () => {
		const [pay] = await ok({
			resource: 'apPayment',
			operation: 'create',
			vendorId: 'V-0001',
			paymentDate: '2026-11-05T00:00:00',
			currency: 'USD',
			lines: { line: [{ billRecordNo: '1', amount: 200 }] },
			additionalFields: { bankAccountId: 'BOA-OPS', paymentMethod: 'EFT', docNumber: 'CHK-1' },
		});
		expect(store().get('APBILL', '1')!.fields).toMatchObject({ TOTALPAID: '200.00', TOTALDUE: '1000.00' });
		const [got] = await ok({ resource: 'apPayment', operation: 'get', recordNo: String(pay.RECORDNO) });
		expect(got).toMatchObject({ VENDORID: 'V-0001', PAYMENTDATE: '11/05/2026', TOTALENTERED: '200.00' });
		const all = await ok({ resource: 'apPayment', operation: 'getAll', returnAll: true });
		expect(all).toHaveLength(1);
	});
});

describe('Journal Entry', () => {
	it('Create with two entries, Get, Get Many; fewer than two entries is refused before sending', async () => {
		const [je] = await ok({
			resource: 'journalEntry',
			operation: 'create',
			journal: 'GJ',
			batchDate: '2026-11-30T00:00:00',
			title: 'Accrue rent',
			lines: {
				line: [
					{ accountNo: '5000', side: '1', amount: 500, locationId: 'US-NYC', memo: 'Rent' },
					{ accountNo: '2000', side: '-1', amount: 500, locationId: 'US-NYC' },
				],
			},
			additionalFields: { referenceNo: 'ACC-NOV' },
		});
		expect(store().get('GLBATCH', String(je.RECORDNO))!.fields).toMatchObject({
			BATCH_TITLE: 'Accrue rent',
			BATCH_DATE: '11/30/2026',
			STATE: 'Posted',
		});
		const [got] = await ok({ resource: 'journalEntry', operation: 'get', recordNo: String(je.RECORDNO) });
		expect(got).toMatchObject({ REFERENCENO: 'ACC-NOV' });
		const list = await ok({
			resource: 'journalEntry',
			operation: 'getAll',
			returnAll: true,
			filters: { journal: 'GJ' },
		});
		expect(list).toHaveLength(2);
		expect(
			await failure({
				resource: 'journalEntry',
				operation: 'create',
				journal: 'GJ',
				batchDate: '2026-11-30T00:00:00',
				title: 'x',
				lines: { line: [{ accountNo: '5000', side: '1', amount: 1, locationId: 'US' }] },
			}),
		).toMatch(/ENTRIES needs at least 2 GLENTRY/);
	});
});

describe('reference data', () => {
	const cases: Array<{
		resource: string;
		collection: string;
		idField: string;
		create: IDataObject;
		id: string;
		update: IDataObject;
		expectUpdated: IDataObject;
	}> = [
		{
			resource: 'glAccount',
			collection: 'GLACCOUNT',
			idField: 'ACCOUNTNO',
			create: {
				accountNo: '6300',
				title: 'Software',
				normalBalance: 'debit',
				closingType: 'closing account',
				additionalFields: { accountType: 'incomestatement' },
			},
			id: '6300',
			update: { title: 'Software Subscriptions' },
			expectUpdated: { TITLE: 'Software Subscriptions' },
		},
		{
			resource: 'location',
			collection: 'LOCATION',
			idField: 'LOCATIONID',
			create: { locationId: 'UK-EDI', name: 'Edinburgh', additionalFields: { parentId: 'UK' } },
			id: 'UK-EDI',
			update: { name: 'Edinburgh Hub' },
			expectUpdated: { NAME: 'Edinburgh Hub' },
		},
		{
			resource: 'department',
			collection: 'DEPARTMENT',
			idField: 'DEPARTMENTID',
			create: { departmentId: 'HR', title: 'People' },
			id: 'HR',
			update: { status: 'inactive' },
			expectUpdated: { STATUS: 'inactive' },
		},
		{
			resource: 'class',
			collection: 'CLASS',
			idField: 'CLASSID',
			create: { classId: 'EVENTS', name: 'Events' },
			id: 'EVENTS',
			update: { description: 'Event hire' },
			expectUpdated: { DESCRIPTION: 'Event hire' },
		},
		{
			resource: 'project',
			collection: 'PROJECT',
			idField: 'PROJECTID',
			create: {
				name: 'Roof repair',
				projectCategory: 'Contract',
				additionalFields: { projectId: 'P-0100', customerId: 'C-0001', beginDate: '2026-12-01T00:00:00' },
			},
			id: 'P-0100',
			update: { projectStatus: 'Completed' },
			expectUpdated: { PROJECTSTATUS: 'Completed', BEGINDATE: '12/01/2026' },
		},
		{
			resource: 'item',
			collection: 'ITEM',
			idField: 'ITEMID',
			create: {
				itemId: 'LOCKER',
				name: 'Locker (month)',
				itemType: 'Non-Inventory (Sales only)',
				additionalFields: { basePrice: 15 },
			},
			id: 'LOCKER',
			update: { basePrice: 17.5 },
			expectUpdated: { BASEPRICE: '17.50' },
		},
		{
			resource: 'contact',
			collection: 'CONTACT',
			idField: 'CONTACTNAME',
			create: {
				contactName: 'Lee Chan',
				printAs: 'Lee Chan',
				additionalFields: { email: 'lee@example.com', city: 'Bristol' },
			},
			id: 'Lee Chan',
			update: { phone: '+44-1-2' },
			expectUpdated: { PHONE1: '+44-1-2', CITY: 'Bristol' },
		},
	];
	it.each(cases)('$resource: Create, Update by ID, Get, Get Many', async (c) => {
		await ok({ resource: c.resource, operation: 'create', ...c.create });
		expect(find(c.collection, c.idField, c.id)).toBeDefined();
		await ok({ resource: c.resource, operation: 'update', lookupBy: 'id', recordId: c.id, updateFields: c.update });
		expect(find(c.collection, c.idField, c.id)!.fields).toMatchObject(c.expectUpdated);
		const [got] = await ok({ resource: c.resource, operation: 'get', lookupBy: 'id', recordId: c.id });
		expect(got[c.idField]).toBe(c.id);
		const all = await ok({
			resource: c.resource,
			operation: 'getAll',
			returnAll: true,
			options: { fields: c.idField },
		});
		expect(all.map((r) => r[c.idField])).toContain(c.id);
		// At the top level Get Many also reads in each entity (reference §1.7): every record, once.
		expect(all).toHaveLength(store().list(c.collection).length);
		// "Top Level Only": the top-level session alone sees the shared records, not the entity-private ones.
		const shared = await ok({
			resource: c.resource,
			operation: 'getAll',
			returnAll: true,
			options: { fields: c.idField, entityScope: 'topOnly' },
		});
		expect(shared).toHaveLength(
			store()
				.list(c.collection)
				.filter((r) => !r.fields.MEGAENTITYID).length,
		);
	});

	it('Tax Detail, Entity and AR Term: Get and Get Many', async () => {
		const purchase = await ok({
			resource: 'taxDetail',
			operation: 'getAll',
			returnAll: true,
			filters: { taxType: 'P' },
			options: { fields: 'DETAILID' },
		});
		expect(purchase).toEqual([{ DETAILID: 'UK Purchase Goods Standard Rate' }, { DETAILID: 'UK Purchase Exempt' }]);
		const [tax] = await ok({
			resource: 'taxDetail',
			operation: 'get',
			lookupBy: 'id',
			recordId: 'UK Sale Goods Standard Rate',
		});
		expect(tax).toMatchObject({ VALUE: '20', TAXTYPE: 'S' });
		const entities = await ok({ resource: 'entity', operation: 'getAll', returnAll: true });
		expect(entities.map((e) => e.LOCATIONID)).toEqual(['US', 'UK']);
		const [uk] = await ok({ resource: 'entity', operation: 'get', lookupBy: 'id', recordId: 'UK' });
		expect(uk).toMatchObject({ CURRENCY: 'GBP' });
		const terms = await ok({ resource: 'arTerm', operation: 'getAll', returnAll: true, options: { fields: 'NAME' } });
		expect(terms.map((t) => t.NAME)).toEqual(['Due on Receipt', 'Net 15', 'Net 30', 'Net 45', 'Net 60']);
		const [net30] = await ok({ resource: 'arTerm', operation: 'get', lookupBy: 'id', recordId: 'Net 30' });
		expect(net30).toMatchObject({ DUEDATE: '30' });
	});

	it("Get Many in an entity session sees shared records plus that entity's", async () => {
		const uk = await ok({
			resource: 'vendor',
			operation: 'getAll',
			returnAll: true,
			options: { entity: 'UK', fields: 'VENDORID' },
		});
		const us = await ok({
			resource: 'vendor',
			operation: 'getAll',
			returnAll: true,
			options: { entity: 'US', fields: 'VENDORID' },
		});
		expect(uk.map((v) => v.VENDORID)).toContain('V-0002');
		expect(us.map((v) => v.VENDORID)).not.toContain('V-0002');
	});
});

describe('AR Term (legacy create_arterm / update_arterm)', () => {
	it('Create from fields and from a whole record, Update by name; a duplicate name fails with BL34000061', async () => {
		const [created] = await ok({
			resource: 'arTerm',
			operation: 'create',
			name: 'Net 10',
			termFields: { description: '10 days', dueday: 10, duefrom: 'from invoice date' },
		});
		expect(created).toMatchObject({ NAME: 'Net 10' });
		expect(find('ARTERM', 'NAME', 'Net 10')!.fields).toMatchObject({
			DESCRIPTION: '10 days',
			DUEDATE: '10',
			DUEFROM: 'from invoice date',
			STATUS: 'active',
		});
		await ok({ resource: 'arTerm', operation: 'create', recordSource: 'json', record: '={{ $json }}' }, [
			{ status: 'inactive', name: 'Net 90', due: { duefrom: 'from invoice date', dueday: '90' } },
		]);
		expect(find('ARTERM', 'NAME', 'Net 90')!.fields).toMatchObject({ DUEDATE: '90', STATUS: 'inactive' });
		await ok({ resource: 'arTerm', operation: 'update', termName: 'Net 10', termFields: { dueday: 12 } });
		expect(find('ARTERM', 'NAME', 'Net 10')!.fields.DUEDATE).toBe('12');
		expect(await failure({ resource: 'arTerm', operation: 'create', name: 'Net 30' })).toMatch(
			/BL34000061|already exists/,
		);
		expect(
			await failure({
				resource: 'arTerm',
				operation: 'create',
				recordSource: 'json',
				record: '={{ { "name": "X", "days": 3 } }}',
			}),
		).toMatch(/"days" is not an element of <create_arterm>/);
	});
});

describe('user-defined dimensions', () => {
	it('Get Dimensions, then Get Many, Create, Update, Get on the UDD', async () => {
		const udds = await ok({ resource: 'dimension', operation: 'getDimensions', userDefinedOnly: true });
		expect(udds.map((d) => d.objectName)).toEqual(['LINE_OF_BUSINESS']);
		const values = await ok({
			resource: 'dimension',
			operation: 'getAll',
			dimension: 'LINE_OF_BUSINESS',
			returnAll: true,
		});
		expect(values.map((v) => v.ID)).toEqual(['COWORK', 'LEASING', 'EVENTS']);
		await ok({
			resource: 'dimension',
			operation: 'create',
			dimension: 'LINE_OF_BUSINESS',
			valueId: 'MEDIA',
			valueName: 'Media',
		});
		await ok({
			resource: 'dimension',
			operation: 'update',
			dimension: 'LINE_OF_BUSINESS',
			lookupBy: 'id',
			recordId: 'MEDIA',
			updateFields: { valueName: 'Media & Podcasts' },
		});
		const [got] = await ok({
			resource: 'dimension',
			operation: 'get',
			dimension: 'LINE_OF_BUSINESS',
			lookupBy: 'id',
			recordId: 'MEDIA',
		});
		expect(got).toMatchObject({ ID: 'MEDIA', NAME: 'Media & Podcasts' });
	});
});

describe('Any Object', () => {
	it('Query with the filter builder pages the query function; Raw uses readByQuery', async () => {
		const built = await ok({
			resource: 'anyObject',
			operation: 'query',
			object: 'VENDOR',
			queryMode: 'builder',
			fields: 'VENDORID,NAME',
			conditions: {
				condition: [
					{ field: 'STATUS', operator: 'equalto', value: 'active' },
					{ field: 'CURRENCY', operator: 'in', value: 'USD,EUR' },
				],
			},
			combine: 'and',
			sort: { order: [{ field: 'VENDORID', direction: 'descending' }] },
			returnAll: true,
			options: { showPrivate: true },
		});
		expect(built.map((v) => v.VENDORID)).toEqual(['V-0004', 'V-0003', 'V-0001']);
		const raw = await ok({
			resource: 'anyObject',
			operation: 'query',
			object: 'GLACCOUNT',
			queryMode: 'raw',
			fields: 'ACCOUNTNO',
			rawQuery: "ACCOUNTNO LIKE '6%'",
			returnAll: true,
		});
		expect(raw.map((a) => a.ACCOUNTNO)).toEqual(['6000', '6100', '6200']);
		expect(
			await failure({
				resource: 'anyObject',
				operation: 'query',
				object: 'VENDOR',
				queryMode: 'builder',
				fields: '*',
				returnAll: true,
			}),
		).toMatch(/does not support \*/);
	});

	it('Read by record numbers and by names; Create, Update, Delete any object', async () => {
		const read = await ok({
			resource: 'anyObject',
			operation: 'read',
			object: 'CLASS',
			keyType: 'recordNo',
			keys: '1,2',
			options: { fields: 'CLASSID' },
		});
		expect(read).toEqual([{ CLASSID: 'COWORK' }, { CLASSID: 'PROPERTY' }]);
		const byName = await ok({
			resource: 'anyObject',
			operation: 'read',
			object: 'GLACCOUNT',
			keyType: 'name',
			keys: '4000',
		});
		expect(byName[0]).toMatchObject({ TITLE: 'Membership Revenue' });
		const [created] = await ok({
			resource: 'anyObject',
			operation: 'create',
			object: 'class',
			fieldValues: {
				field: [
					{ name: 'CLASSID', value: 'GYM' },
					{ name: 'NAME', value: 'Gym' },
				],
			},
		});
		await ok({
			resource: 'anyObject',
			operation: 'update',
			object: 'CLASS',
			recordNo: String(created.RECORDNO),
			fieldValues: { field: [{ name: 'NAME', value: 'Fitness' }] },
		});
		expect(find('CLASS', 'CLASSID', 'GYM')!.fields.NAME).toBe('Fitness');
		await ok({ resource: 'anyObject', operation: 'delete', object: 'CLASS', keys: String(created.RECORDNO) });
		expect(find('CLASS', 'CLASSID', 'GYM')).toBeUndefined();
	});

	it('Raw XML goes through the client; bad XML and envelope elements are refused before sending', async () => {
		const [dims] = await ok({ resource: 'anyObject', operation: 'rawXml', xml: '<getDimensions/>' });
		expect(dims).toMatchObject({ function: 'getDimensions', status: 'success' });
		expect((dims.data as IDataObject[]).length).toBeGreaterThan(5);
		const before = ((await (await fetch(`${sandbox.url}/__admin/requests?system=intacct`)).json()) as unknown[]).length;
		expect(await failure({ resource: 'anyObject', operation: 'rawXml', xml: '<read><object>CLASS</object>' })).toMatch(
			/does not parse/,
		);
		expect(
			await failure({ resource: 'anyObject', operation: 'rawXml', xml: '<login><userid>x</userid></login>' }),
		).toMatch(/written by the node/);
		const after = ((await (await fetch(`${sandbox.url}/__admin/requests?system=intacct`)).json()) as unknown[]).length;
		expect(after).toBe(before);
	});
});
