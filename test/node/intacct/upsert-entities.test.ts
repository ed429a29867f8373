/**
 * AR Invoice and AP Bill Upsert at the top level of a multi-entity company (reference §1.7: a
 * top-level session does not see records private to an entity). A key not found in the write's own
 * session is looked for in the other sessions: an invoice or bill private to an entity is never
 * created a second time beside it; the item fails naming the record, the entity and the fix, and
 * nothing is written. With that entity chosen, the upsert updates it there. Same rule as
 * Customer/Vendor Upsert (test/node/intacct/entity-reads.test.ts). Engine + sandbox.
 */
import type { IDataObject } from 'n8n-workflow';
import { INTACCT_SANDBOX_CREDENTIALS as C } from '../../../sandbox/intacct/seed';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { runIntacctNode } from '../../helpers/intacct';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
	await sandbox.close();
});
beforeEach(() => sandbox.reset());

const store = () => sandbox.state.system('intacct')!.store;
const out = async (parameters: IDataObject, items?: IDataObject[]) =>
	(await runIntacctNode(sandbox, parameters, items)).nodeOutput('Intacct');
const noSecret = (text: string) => {
	for (const secret of [C.senderPassword, C.userPassword]) expect(text).not.toContain(secret);
};

const invoiceUpsert = (invoiceno: string, extra: IDataObject = {}) => ({
	resource: 'arInvoice',
	operation: 'upsert',
	matchOn: 'invoiceno',
	recordSource: 'fields',
	customerId: 'C-0001',
	dateCreated: '2026-11-01T00:00:00',
	lines: { line: [{ glaccountno: '4000', amount: 120, locationid: 'US', memo: 'rent' }] },
	additionalFields: { datedue: '2026-12-01T00:00:00', invoiceno },
	...extra,
});

describe('AR Invoice > Upsert at the top level', () => {
	let ukInvoice: string;
	beforeEach(async () => {
		// Written in entity UK's session: private to UK.
		const [created] = await out({
			...invoiceUpsert('UK-INV-1'),
			operation: 'create',
			lines: { line: [{ glaccountno: '4000', amount: 50, locationid: 'UK', memo: 'rent' }] },
			writeOptions: { entity: 'UK' },
		});
		expect(created.error).toBeUndefined();
		ukInvoice = String(created.RECORDNO);
		expect(store().get('ARINVOICE', ukInvoice)!.fields.MEGAENTITYID).toBe('UK');
	});

	it('an invoice private to entity UK with the same number: item error naming it, the entity and the fix; nothing written', async () => {
		const before = JSON.stringify(store().list('ARINVOICE'));
		const [item] = await out(invoiceUpsert('UK-INV-1'));
		const message = String(item.error);
		expect(message).toMatch(/invoiceno "UK-INV-1" already exists \(RECORDNO (\d+)\) in entity UK/);
		expect(message).toContain(`RECORDNO ${ukInvoice}`);
		expect(message).toMatch(/Set Write Options > Entity to "UK"/);
		noSecret(message);
		expect(JSON.stringify(store().list('ARINVOICE'))).toBe(before);
	});

	it('one bad item does not sink the batch: the other invoice is created', async () => {
		const items = await out(invoiceUpsert('={{ $json.no }}'), [{ no: 'UK-INV-1' }, { no: 'NEW-77' }]);
		expect(String(items[0].error)).toMatch(/in entity UK/);
		expect(items[1].error).toBeUndefined();
		expect(items[1]).toMatchObject({ upsert: 'created' });
		expect(
			store()
				.list('ARINVOICE')
				.filter((r) => r.fields.RECORDID === 'UK-INV-1'),
		).toHaveLength(1);
		expect(
			store()
				.list('ARINVOICE')
				.filter((r) => r.fields.RECORDID === 'NEW-77'),
		).toHaveLength(1);
	});

	it('with Entity UK chosen, it is found there and updated', async () => {
		const [item] = await out(
			invoiceUpsert('UK-INV-1', {
				lines: { line: [{ glaccountno: '4000', amount: 60, locationid: 'UK', memo: 'rent' }] },
				writeOptions: { entity: 'UK' },
			}),
		);
		expect(item.error).toBeUndefined();
		expect(item).toMatchObject({ RECORDNO: ukInvoice, upsert: 'updated' });
		expect(
			store()
				.list('ARINVOICE')
				.filter((r) => r.fields.RECORDID === 'UK-INV-1'),
		).toHaveLength(1);
	});
});

describe('AP Bill > Upsert at the top level', () => {
	const billUpsert = (extra: IDataObject = {}) => ({
		resource: 'apBill',
		operation: 'upsert',
		vendorId: 'V-0002',
		billDate: '2025-02-01T00:00:00',
		// TC-2207 is a bill of V-0002 private to entity UK (seed).
		billNumber: 'TC-2207',
		lines: { line: [{ accountNo: '6200', amount: 450, locationId: 'UK' }] },
		additionalFields: { dueDate: '2025-03-03T00:00:00' },
		...extra,
	});

	it('a bill private to entity UK with the same vendor and number: item error naming it, the entity and the fix; nothing written', async () => {
		const before = JSON.stringify(store().list('APBILL'));
		const [item] = await out(billUpsert());
		const message = String(item.error);
		expect(message).toMatch(/RECORDID "TC-2207" already exists \(RECORDNO 2\) in entity UK/);
		expect(message).toMatch(/Set Write Options > Entity to "UK"/);
		noSecret(message);
		expect(JSON.stringify(store().list('APBILL'))).toBe(before);
	});
});
