/**
 * 50+ bad inputs for the Accounting Mapper (issue 12, case 6: a February document never posts in
 * March; currencies are ISO 4217). The mapper writes nothing itself: "nothing written" means the
 * bad record never reaches the Mapped output (so no write node downstream gets it), while the good
 * one beside it does. Each case runs in n8n's engine with "Continue (using error output)".
 */
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { AccountingMapper } from '../../../nodes/AccountingMapper/AccountingMapper.node';
import { SandboxClock } from '../../../sandbox/core/clock';
import { RecordStore } from '../../../sandbox/core/store';
import { toApi } from '../../../sandbox/released/model';
import { seedReLeased } from '../../../sandbox/released/seed';
import { render } from '../../../sandbox/scoro/api';
import { finishSeed } from '../../../sandbox/scoro/documents';
import { SCORO_MODULES } from '../../../sandbox/scoro/modules';
import { seedScoro } from '../../../sandbox/scoro/seed';
import { runWorkflow } from '../../helpers/engine';
import {
	arPayment,
	charge,
	creditNote,
	IDS,
	invoiceEur,
	invoiceGbp,
	overpayment,
	tables,
} from '../../unit/mapper/fixtures';

const TYPE = 'n8n-nodes-intacct-sync.accountingMapper';
/** A value that stands for a secret riding along in the input: it must never be echoed in an error. */
const SECRET = 'sk_live_DO_NOT_ECHO_4242';

async function run(resource: string, operation: string, mapping: IDataObject, items: IDataObject[]) {
	return await runWorkflow({
		workflow: {
			nodes: [
				{ name: 'Start', type: 'n8n-nodes-base.noOp' },
				{
					name: 'Mapper',
					type: TYPE,
					parameters: {
						resource,
						operation,
						mappingSource: 'json',
						mappingJson: JSON.stringify(mapping),
					} as INodeParameters,
					onError: 'continueErrorOutput',
				},
				{ name: 'Mapped', type: 'n8n-nodes-base.noOp' },
				{ name: 'Needs Mapping', type: 'n8n-nodes-base.noOp' },
				{ name: 'Errors', type: 'n8n-nodes-base.noOp' },
			],
			connections: {
				Start: { main: [[{ node: 'Mapper', type: 'main', index: 0 }]] },
				Mapper: {
					main: [
						[{ node: 'Mapped', type: 'main', index: 0 }],
						[{ node: 'Needs Mapping', type: 'main', index: 0 }],
						[{ node: 'Errors', type: 'main', index: 0 }],
					],
				},
			},
		},
		nodeTypes: { [TYPE]: new AccountingMapper() },
		startNode: 'Start',
		triggerItems: items.map((json): INodeExecutionData => ({ json })),
	});
}

interface MapperCase {
	name: string;
	resource: string;
	operation: string;
	mapping: IDataObject;
	good: IDataObject;
	bad: IDataObject;
	field: RegExp;
	fix: RegExp;
}

const DATE_FIX = /YYYY-MM-DD|mm\/dd\/yyyy/;
const CUR_FIX = /ISO 4217.*GBP/;
const BAD_DATES = [
	'2025-02-30',
	'2025-02-29',
	'2025-13-45',
	'2025-04-31',
	'not a date',
	'2025-02-30T00:00:00.000Z',
	'2025-02-28T24:00:00.000Z',
];
const BAD_CURRENCIES = ['XYZ', 'GBX', 'EURO', 'E U', '€€€'];
const withSecret = (r: IDataObject): IDataObject => ({ ...r, apiToken: SECRET });
const cases: MapperCase[] = [];

// OfficeRnD -> Intacct.
const ornd = { resource: 'officeRndToIntacct', mapping: tables() };
for (const d of BAD_DATES)
	cases.push({
		name: `OfficeRnD invoice: date ${d}`,
		...ornd,
		operation: 'invoiceToArInvoice',
		good: invoiceGbp(),
		bad: withSecret({ ...invoiceGbp(), date: d }),
		field: /field date\b/,
		fix: DATE_FIX,
	});
for (const d of BAD_DATES.slice(0, 4))
	cases.push({
		name: `OfficeRnD invoice: due date ${d}`,
		...ornd,
		operation: 'invoiceToArInvoice',
		good: invoiceGbp(),
		bad: withSecret({ ...invoiceGbp(), dueDate: d }),
		field: /field dueDate/,
		fix: DATE_FIX,
	});
for (const c of BAD_CURRENCIES)
	cases.push({
		name: `OfficeRnD invoice: currency ${c}`,
		...ornd,
		operation: 'invoiceToArInvoice',
		good: invoiceGbp(),
		bad: withSecret({ ...invoiceGbp(), currency: c }),
		field: /currency/,
		fix: /ISO 4217|currency/,
	});
for (const d of BAD_DATES.slice(0, 3)) {
	cases.push({
		name: `OfficeRnD invoice: line period start ${d}`,
		...ornd,
		operation: 'invoiceToArInvoice',
		good: invoiceGbp(),
		bad: withSecret({
			...invoiceGbp(),
			lines: (invoiceGbp().lines as IDataObject[]).map((l, i) => (i === 0 ? { ...l, startDate: d } : l)),
		}),
		field: /startDate/,
		fix: DATE_FIX,
	});
}
for (const d of BAD_DATES.slice(0, 4))
	cases.push({
		name: `OfficeRnD charge: date ${d}`,
		...ornd,
		operation: 'chargeToArPayment',
		good: charge(),
		bad: withSecret({ ...charge(), date: d }),
		field: /field date\b/,
		fix: DATE_FIX,
	});
for (const c of BAD_CURRENCIES.slice(0, 3))
	cases.push({
		name: `OfficeRnD charge: currency ${c}`,
		...ornd,
		operation: 'chargeToArPayment',
		good: charge(),
		bad: withSecret({ ...charge(), currency: c }),
		field: /field currency/,
		fix: CUR_FIX,
	});
for (const d of BAD_DATES.slice(0, 3))
	cases.push({
		name: `OfficeRnD credit note: date ${d}`,
		...ornd,
		operation: 'creditNoteToArAdjustment',
		good: creditNote(),
		bad: withSecret({ ...creditNote(), date: d }),
		field: /field date\b/,
		fix: DATE_FIX,
	});
cases.push({
	name: 'OfficeRnD EUR invoice: date 2025-02-30',
	...ornd,
	operation: 'invoiceToArInvoice',
	good: invoiceEur(),
	bad: withSecret({ ...invoiceEur(), date: '2025-02-30' }),
	field: /field date\b/,
	fix: DATE_FIX,
});
for (const d of BAD_DATES.slice(0, 2))
	cases.push({
		name: `OfficeRnD overpayment: date ${d}`,
		...ornd,
		operation: 'overpaymentToArAdvance',
		good: overpayment(),
		bad: withSecret({ ...overpayment(), date: d }),
		field: /field date\b/,
		fix: DATE_FIX,
	});

// Intacct -> OfficeRnD: Intacct's mm/dd/yyyy dates are read strictly too.
const backTables = {
	paymentMethods: [
		{ source: 'Bank Transfer', paymentMethod: 'EFT', undepositedAccountNo: '1050' },
		{ source: 'Credit Card', paymentMethod: 'Credit Card', bankAccountId: 'BARCLAYS-GBP' },
	],
	documentLinks: [
		{ source: '501', target: IDS.invGbp },
		{ source: '502', target: '66a0c0ffee0000000000a006' },
		{ source: '8841/501', target: '66a0c0ffee00000000000h11' },
		{ source: '8841/502', target: '66a0c0ffee00000000000h12' },
	],
	settings: { externalOrgId: 'SANDBOX-CO', numberingOwner: 'target' },
};
for (const d of [
	'02/30/2025',
	'13/01/2025',
	'02/29/2025',
	'04/31/2025',
	'2025/03/18',
	'2025-02-30',
	'yesterday',
	'00/10/2025',
]) {
	cases.push({
		name: `Intacct AR payment: receipt date ${d}`,
		resource: 'intacctToOfficeRnd',
		operation: 'arPaymentToCharges',
		mapping: backTables,
		good: arPayment(),
		bad: withSecret({ ...arPayment(), RECEIPTDATE: d }),
		field: /RECEIPTDATE/,
		fix: DATE_FIX,
	});
}

// Scoro -> Intacct.
const scoroStore = new RecordStore('scoro', new SandboxClock());
seedScoro(scoroStore, finishSeed);
const scoroInvoice = (): IDataObject =>
	render(SCORO_MODULES.invoices, scoroStore.get('invoices', '3')!, true) as IDataObject;
const scoroTables = {
	accounts: [1, 2, 3, 4].map((n) => ({ source: String(n), glAccount: String(4000 + n) })),
	taxCodes: [1, 2, 3, 4].map((n) => ({ source: String(n), taxDetailId: `Tax ${n}`, taxGlAccount: '2300' })),
	dimensions: [
		{ source: 'sandbox', entity: 'UK', locationId: 'UK-LON' },
		{ source: '1', departmentId: 'CONSULT' },
		{ source: '2', departmentId: 'DESIGN' },
		{ source: '3', locationId: 'UK-LON' },
		{ source: 'project:1', projectId: 'P1' },
		{ source: 'project:2', projectId: 'P2' },
		{ source: 'project:3', projectId: 'P3' },
	],
	paymentMethods: [{ source: '1', paymentMethod: 'EFT', bankAccountId: 'B' }],
	customers: [1, 2, 3, 4].map((n) => ({ source: String(n), target: `C-${n}` })),
	documentLinks: [],
	settings: { customerIdStrategy: 'table', baseCurrency: 'GBP', defaultAction: 'Draft' },
};
for (const d of ['2026-02-30', '2026-13-01', '2026-09-31', 'soon'])
	cases.push({
		name: `Scoro invoice: date ${d}`,
		resource: 'scoroToIntacct',
		operation: 'invoiceToArInvoice',
		mapping: scoroTables,
		good: scoroInvoice(),
		bad: withSecret({ ...scoroInvoice(), date: d }),
		field: /field date\b/,
		fix: DATE_FIX,
	});
cases.push({
	name: 'Scoro invoice: deadline 2026-02-29',
	resource: 'scoroToIntacct',
	operation: 'invoiceToArInvoice',
	mapping: scoroTables,
	good: scoroInvoice(),
	bad: withSecret({ ...scoroInvoice(), deadline: '2026-02-29' }),
	field: /field deadline/,
	fix: DATE_FIX,
});

for (const c of ['XYZ', 'PESOS'])
	cases.push({
		name: `Scoro invoice: currency ${c}`,
		resource: 'scoroToIntacct',
		operation: 'invoiceToArInvoice',
		mapping: scoroTables,
		good: scoroInvoice(),
		bad: withSecret({ ...scoroInvoice(), currency: c }),
		field: /currency/,
		fix: /ISO 4217|currency/,
	});
for (const c of ['ZZZ', 'EURO'])
	cases.push({
		name: `OfficeRnD credit note: currency ${c}`,
		...ornd,
		operation: 'creditNoteToArAdjustment',
		good: creditNote(),
		bad: withSecret({ ...creditNote(), currency: c }),
		field: /currency/,
		fix: /ISO 4217|currency/,
	});

// Re-Leased -> Intacct.
const rlStore = new RecordStore('released', new SandboxClock());
seedReLeased(rlStore);
const rlInvoice = (): IDataObject => toApi(rlStore.get('invoice', 'inv_3')!) as unknown as IDataObject;
const rlTables = {
	accounts: [
		{ source: '200', glAccount: '4000' },
		{ source: '400', glAccount: '6200' },
	],
	taxCodes: [
		{ source: 'GST on Income', taxDetailId: 'NZ GST 15% Sales', taxGlAccount: '2300' },
		{ source: 'GST on Expenses', taxDetailId: 'NZ GST 15% Purchases', taxGlAccount: '2310' },
	],
	dimensions: [
		{ source: '12 Queen St', locationId: 'AKL', departmentId: 'PROP-QUEEN12' },
		{ source: '88 Harbour Rd', locationId: 'WLG', departmentId: 'PROP-HARB88' },
	],
	paymentMethods: [{ source: 'Re-Leased', paymentMethod: 'EFT', bankAccountId: 'ANZ-NZD' }],
	customers: [],
	documentLinks: [],
	settings: { customerIdStrategy: 'sourceId', customerIdPrefix: 'RL-', baseCurrency: 'NZD' },
};
for (const d of ['2024-02-30', '2024-06-31', '2024-13-01'])
	cases.push({
		name: `Re-Leased invoice: issue date ${d}`,
		resource: 'reLeasedToIntacct',
		operation: 'invoiceToArInvoiceOrApBill',
		mapping: rlTables,
		good: rlInvoice(),
		bad: withSecret({ ...rlInvoice(), issueDate: d }),
		field: /field issueDate/,
		fix: DATE_FIX,
	});
cases.push({
	name: 'Re-Leased invoice: currency NZ$',
	resource: 'reLeasedToIntacct',
	operation: 'invoiceToArInvoiceOrApBill',
	mapping: rlTables,
	good: rlInvoice(),
	bad: withSecret({ ...rlInvoice(), currency: 'NZ$' }),
	field: /field currency/,
	fix: /ISO 4217/,
});

describe('Accounting Mapper: a bad record is an item error, never mapped, no secret echoed', () => {
	it('has at least 50 cases', () => expect(cases.length).toBeGreaterThanOrEqual(50));
	it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
		const result = await run(c.resource, c.operation, c.mapping, [c.good, c.bad]);
		expect(result.status).toBe('success');
		const mapped = result.nodeItems('Mapper', 0);
		// The good record is mapped; nothing of the bad one reaches the Mapped output (no write downstream).
		expect(mapped.length).toBeGreaterThanOrEqual(1);
		expect(mapped.every((m) => (m.pairedItem as { item: number }).item === 0)).toBe(true);
		expect(result.nodeItems('Mapper', 1)).toHaveLength(0);
		const errors = result.nodeItems('Mapper', 2);
		expect(errors).toHaveLength(1);
		expect(errors[0]!.pairedItem).toEqual({ item: 1 });
		const text = String(errors[0]!.json.error);
		expect(text).toMatch(/^Item 1: /);
		expect(text).toMatch(c.field);
		expect(text).toMatch(c.fix);
		expect(JSON.stringify(errors[0]!.json)).not.toContain(SECRET);
	});
});
