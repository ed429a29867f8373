/**
 * AP adjustments through both nodes, run by n8n's own engine against the sandbox: a Re-Leased
 * expense credit note → Accounting Mapper (Credit Note → AR or AP Adjustment) → Sage Intacct
 * AP Adjustment > Create (whole record, the mapper's key), and back: AP Adjustment > Get →
 * Accounting Mapper (AP Adjustment → Expense Credit Note) → a body the Re-Leased sandbox's credit
 * note model accepts. Assertions read the sandbox's stored records, so the test fails as soon as the
 * mapper's record and the operation's accepted shape disagree.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { AccountingMapper } from '../../../nodes/AccountingMapper/AccountingMapper.node';
import { buildCreditNote, toApi, writableFields } from '../../../sandbox/released/model';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { MANUAL_TRIGGER, runWorkflow, type RunWorkflowResult, type TestNode } from '../../helpers/engine';
import { INTACCT_NODE_TYPE, intacctEngineOptions } from '../../helpers/intacct';

const MAPPER = 'n8n-nodes-intacct-sync.accountingMapper';

// The first engine run of a file can take seconds on the shared machine: more than jest's 5 s default.
jest.setTimeout(60_000);

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
	await sandbox.close();
});
beforeEach(() => sandbox.reset());

const intacct = () => sandbox.state.system('intacct')!.store;
const released = () => sandbox.state.system('released')!.store;

/** An approved expense credit note of Apex Maintenance (con_4), 2 lines + GST 15 %, 100.00 of it allocated to inv_7. */
function expenseCreditNote(): IDataObject {
	const fields = buildCreditNote(released(), {
		type: 'Expense',
		status: 'Approved',
		contactId: 'con_4',
		issueDate: '2024-06-03',
		reference: 'Credit for unfinished works',
		lines: [
			{
				description: 'Repairs credit',
				accountCode: '400',
				taxType: 'GST on Expenses',
				tracking: { category: 'Property', option: '12 Queen St' },
				amountExclTax: 80,
			},
			{
				description: 'Cleaning credit',
				accountCode: '420',
				taxType: 'GST on Expenses',
				tracking: { category: 'Property', option: '12 Queen St' },
				amountExclTax: 40,
			},
		],
	});
	const stored = released().insert('creditNote', {
		...fields,
		creditNoteNumber: 'SCN-501',
		invoiceId: 'inv_7',
		remainingCredit: 38,
	});
	return toApi(stored) as unknown as IDataObject;
}

const toIntacct = {
	mappingSource: 'ui',
	mappingTables: {
		customers: [{ source: 'con_4', target: 'V-0001' }],
		accounts: [
			{ source: '400', glAccount: '6200' },
			{ source: '420', glAccount: '5000' },
		],
		taxCodes: [{ source: 'GST on Expenses', taxGlAccount: '2310' }],
		dimensions: [{ source: '12 Queen St', locationId: 'US-NYC' }],
		documentLinks: [{ source: 'inv_7', target: '1', partyId: 'V-0001' }],
	},
	mappingSettings: { customerIdStrategy: 'table', currencyPolicy: 'none' },
};

async function chain(nodes: TestNode[], items: IDataObject[]): Promise<RunWorkflowResult> {
	const options = intacctEngineOptions(sandbox);
	const connections: Record<string, { main: Array<Array<{ node: string; type: 'main'; index: number }>> }> = {};
	for (let n = 0; n < nodes.length - 1; n++)
		connections[nodes[n]!.name] = { main: [[{ node: nodes[n + 1]!.name, type: 'main', index: 0 }]] };
	const r = await runWorkflow({
		workflow: { nodes, connections, pinData: { [nodes[0]!.name]: items.map((json) => ({ json })) } },
		startNode: nodes[0]!.name,
		...options,
		nodeTypes: { ...options.nodeTypes, [MAPPER]: new AccountingMapper() },
	});
	if (r.status !== 'success') throw new Error(`run failed: ${r.error?.message}`);
	return r;
}

const create = (items: IDataObject[]) =>
	chain(
		[
			{ name: 'Start', type: MANUAL_TRIGGER },
			{
				name: 'Mapper',
				type: MAPPER,
				parameters: {
					resource: 'reLeasedToIntacct',
					operation: 'creditNoteToArAdjustment',
					...toIntacct,
				} as INodeParameters,
			},
			{
				name: 'Create AP Adjustment',
				type: INTACCT_NODE_TYPE,
				parameters: {
					resource: 'apAdjustment',
					operation: 'create',
					recordSource: 'json',
					record: '={{ $json.record }}',
					idempotencyKey: '={{ $json.idempotencyKey }}',
				},
			},
		],
		items,
	);

describe('Re-Leased expense credit note → AP Adjustment > Create → Sage Intacct', () => {
	it('lands as a debit memo with its lines, tax line, location and Re-Leased id; a second run replays and creates nothing', async () => {
		const cn = expenseCreditNote();
		const first = await create([cn]);
		const out = first.nodeOutput('Create AP Adjustment');
		expect(out).toHaveLength(1);
		const recordNo = String(out[0]!.RECORDNO);
		expect(intacct().get('APADJUSTMENT', recordNo)!.fields).toMatchObject({
			VENDORID: 'V-0001',
			RECORDID: 'SCN-501',
			EXTERNALID: cn.id,
			ADJUSTMENTTYPE: 'Debit Memo',
			STATE: 'Posted',
			WHENCREATED: '06/03/2024',
			DESCRIPTION: 'Credit for unfinished works',
			TRX_TOTALENTERED: '-138.00',
		});
		const lines = intacct()
			.list('APADJUSTMENTITEM')
			.filter((l) => String(l.fields.RECORDKEY) === recordNo)
			.map((l) => [l.fields.ACCOUNTNO, l.fields.TRX_AMOUNT, l.fields.LOCATIONID]);
		expect(lines).toEqual([
			['6200', '-80.00', 'US-NYC'],
			['2310', '-12.00', 'US-NYC'],
			['5000', '-40.00', 'US-NYC'],
			['2310', '-6.00', 'US-NYC'],
		]);
		// The mapper's allocation: 138.00 − 38.00 left = 100.00 against the bill linked to inv_7.
		expect(first.nodeOutput('Mapper')[0]!.application).toEqual({
			invoiceId: 'inv_7',
			billRecordNo: '1',
			amount: '100.00',
		});

		const again = await create([cn]);
		expect(again.nodeOutput('Create AP Adjustment')[0]!._intacct).toMatchObject({ replay: true, found: true });
		expect([intacct().count('APADJUSTMENT'), intacct().count('APADJUSTMENTITEM')]).toEqual([1, 4]);
	});
});

describe('Sage Intacct AP Adjustment > Get → Expense Credit Note', () => {
	it('a debit memo read back becomes a Re-Leased expense credit note body that Re-Leased accepts, allocated to the bill it names', async () => {
		const created = await chain(
			[
				{ name: 'Start', type: MANUAL_TRIGGER },
				{
					name: 'Create',
					type: INTACCT_NODE_TYPE,
					parameters: {
						resource: 'apAdjustment',
						operation: 'create',
						recordSource: 'fields',
						idempotencyKey: '',
						memoType: 'debit',
						vendorId: 'V-0001',
						dateCreated: '2024-06-05T00:00:00',
						lines: { line: [{ glaccountno: '6200', amount: 50, locationid: 'US-NYC', memo: 'Refund of overcharge' }] },
						additionalFields: { adjustmentno: 'VDM-9', billno: 'BILL-2001' },
					},
				},
			],
			[{}],
		);
		const recordNo = String(created.nodeOutput('Create')[0]!.RECORDNO);
		const back = await chain(
			[
				{ name: 'Start', type: MANUAL_TRIGGER },
				{ name: 'Get', type: INTACCT_NODE_TYPE, parameters: { resource: 'apAdjustment', operation: 'get', recordNo } },
				{
					name: 'Mapper',
					type: MAPPER,
					parameters: {
						resource: 'intacctToReLeased',
						operation: 'apAdjustmentToCreditNote',
						mappingSource: 'ui',
						mappingTables: {
							customers: [{ source: 'V-0001', target: 'con_4' }],
							accounts: [{ source: '6200', target: '400' }],
							dimensions: [{ source: 'US-NYC', target: '12 Queen St' }],
							documentLinks: [{ source: 'billno:BILL-2001', target: 'inv_7' }],
						},
						mappingSettings: { baseCurrency: 'NZD' },
					} as INodeParameters,
				},
			],
			[{}],
		);
		const mapped = back.nodeOutput('Mapper')[0]!;
		expect(mapped).toMatchObject({ target: 'creditNote.create', total: '50.00' });
		const record = mapped.record as IDataObject;
		expect(record).toMatchObject({
			creditNoteNumber: 'VDM-9',
			type: 'Expense',
			status: 'Approved',
			contactId: 'con_4',
			invoiceId: 'inv_7',
			issueDate: '2024-06-05',
		});
		expect(record.lines).toEqual([
			{
				description: 'Refund of overcharge',
				accountCode: '400',
				tracking: { category: 'Property', option: '12 Queen St' },
				amountExclTax: 50,
				taxAmount: 0,
			},
		]);
		expect(() => writableFields('creditNote', record)).not.toThrow();
		expect(buildCreditNote(released(), { ...record, currency: 'NZD' })).toMatchObject({ type: 'Expense', total: 50 });
	});
});
