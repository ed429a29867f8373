/**
 * 50+ bad inputs for the Scoro node (issue 12: case 6, case 8, one record = one key, every input
 * checked before anything is sent). Each case: a good item and a bad one, Continue On Fail.
 */
import type { IDataObject } from 'n8n-workflow';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createScoroSystem, SCORO_SANDBOX_CREDENTIALS } from '../../../sandbox/scoro';
import { runScoro } from '../scoro/scoroEngine';
import { badInputSuite, type BadCase } from './harness';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createScoroSystem] });
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

const DATE_FIX = /YYYY-MM-DD/;
const NUMBER_FIX = /plain number/;
const ID_FIX = /whole-number ID|not an ID|exactly one ID|give the id/i;
const BAD_DATES = ['2025-02-30', '2025-13-45', 'not a date', '2025', '30.01.2025', '2025-02-28T24:00:00', '2026-04-31'];
const line = { comment: 'Work', price: 100, amount: 1, vat_code_id: '3', finance_account_id: '1' };

const cases: BadCase[] = [];

// Invoice Create from the UI fields.
const invoiceFields = {
	resource: 'invoice',
	operation: 'create',
	inputMode: 'fields',
	fields: {
		company_id: '2',
		date: '={{ $json.date }}',
		deadline: '={{ $json.deadline }}',
		currency: '={{ $json.currency }}',
		currency_rate: '={{ $json.rate }}',
	},
	lines: { line: [{ ...line, price: '={{ $json.price }}' }] },
};
const goodInvoice = { date: '2026-11-01', deadline: '2026-11-15', currency: 'USD', rate: 1.27, price: 100 };
for (const d of BAD_DATES)
	cases.push({
		name: `invoice create: date ${d}`,
		params: invoiceFields,
		good: goodInvoice,
		bad: { ...goodInvoice, date: d },
		field: 'Date (date)',
		fix: DATE_FIX,
	});
for (const d of BAD_DATES.slice(0, 3))
	cases.push({
		name: `invoice create: due date ${d}`,
		params: invoiceFields,
		good: goodInvoice,
		bad: { ...goodInvoice, deadline: d },
		field: 'Due Date (deadline)',
		fix: DATE_FIX,
	});
for (const c of ['XYZ', 'DOLLAR', 'U$D', '840'])
	cases.push({
		name: `invoice create: currency ${c}`,
		params: invoiceFields,
		good: goodInvoice,
		bad: { ...goodInvoice, currency: c },
		field: 'Currency (currency)',
		fix: /ISO 4217.*GBP/,
	});
for (const p of ['1,000.00', 'NaN', 'abc', '£100'])
	cases.push({
		name: `invoice create: unit price ${p}`,
		params: invoiceFields,
		good: goodInvoice,
		bad: { ...goodInvoice, price: p },
		field: 'Lines 1: Unit Price (price)',
		fix: NUMBER_FIX,
	});
cases.push({
	name: 'invoice create: exchange rate "1,27"',
	params: invoiceFields,
	good: goodInvoice,
	bad: { ...goodInvoice, rate: '1,27' },
	field: 'Exchange Rate (currency_rate)',
	fix: NUMBER_FIX,
});

// Invoice Create from a whole JSON record: the same checks.
const invoiceRecord = { resource: 'invoice', operation: 'create', inputMode: 'record', record: '={{ $json }}' };
const goodRecord = {
	company_id: 1,
	date: '2026-11-02',
	currency: 'GBP',
	lines: [{ comment: 'Mapped', price: 10, amount: 1, vat_code_id: 3, finance_account_id: 1 }],
};
for (const d of ['2025-02-30', '2025-13-45', '02/28/2025'])
	cases.push({
		name: `invoice record: date ${d}`,
		params: invoiceRecord,
		good: goodRecord,
		bad: { ...goodRecord, date: d },
		field: 'Record.date',
		fix: DATE_FIX,
	});
cases.push({
	name: 'invoice record: deadline 2026-06-31',
	params: invoiceRecord,
	good: goodRecord,
	bad: { ...goodRecord, deadline: '2026-06-31' },
	field: 'Record.deadline',
	fix: DATE_FIX,
});
cases.push({
	name: 'invoice record: currency "eur0"',
	params: invoiceRecord,
	good: goodRecord,
	bad: { ...goodRecord, currency: 'eur0' },
	field: 'Record.currency',
	fix: /ISO 4217/,
});
cases.push({
	name: 'invoice record: currency as a number',
	params: invoiceRecord,
	good: goodRecord,
	bad: { ...goodRecord, currency: 978 },
	field: 'Record.currency',
	fix: /ISO 4217/,
});
cases.push({
	name: 'invoice record: line price "1,000.00"',
	params: invoiceRecord,
	good: goodRecord,
	bad: { ...goodRecord, lines: [{ ...goodRecord.lines[0], price: '1,000.00' }] },
	field: 'Record.lines[0].price',
	fix: NUMBER_FIX,
});
cases.push({
	name: 'invoice record: line quantity true',
	params: invoiceRecord,
	good: goodRecord,
	bad: { ...goodRecord, lines: [{ ...goodRecord.lines[0], amount: true }] },
	field: 'Record.lines[0].amount',
	fix: NUMBER_FIX,
});
cases.push({
	name: 'invoice record: lines not a list',
	params: invoiceRecord,
	good: goodRecord,
	bad: { ...goodRecord, lines: { comment: 'x' } },
	field: 'Record.lines',
	fix: /array of line objects/,
});
cases.push({
	name: 'invoice record: a line that is not an object',
	params: invoiceRecord,
	good: goodRecord,
	bad: { ...goodRecord, lines: ['Mapped'] },
	field: 'Record.lines[0]',
	fix: /line object/,
});

// Get / Update / Delete by exactly one whole-number ID.
const BAD_IDS: Array<[string, string | number[] | string[]]> = [
	['.', '.'],
	['..', '..'],
	['a comma list', '3,4'],
	['an array', [3, 4]],
	['a JSON list', '[5,6,7]'],
	['a path', '../contacts/view/1'],
	['empty', ''],
	['a decimal', '3.5'],
	['a document number', 'INV-1003'],
	['zero', '0'],
	['negative', '-3'],
];
for (const [what, value] of BAD_IDS) {
	cases.push({
		name: `invoice get: id ${what}`,
		params: { resource: 'invoice', operation: 'get', id: '={{ $json.id }}' },
		good: { id: '3' },
		bad: { id: value },
		field: 'Invoice ID',
		fix: ID_FIX,
		goodWrites: 0,
	});
}
for (const [what, value] of BAD_IDS.slice(0, 6)) {
	cases.push({
		name: `invoice delete: id ${what}`,
		params: { resource: 'invoice', operation: 'delete', id: '={{ $json.id }}' },
		good: { id: '7' },
		bad: { id: value },
		field: 'Invoice ID',
		fix: ID_FIX,
	});
}
cases.push({
	name: 'invoice update: id "3,4"',
	params: {
		resource: 'invoice',
		operation: 'update',
		id: '={{ $json.id }}',
		inputMode: 'fields',
		fields: { description: 'x' },
		linesMode: 'keep',
	},
	good: { id: '3' },
	bad: { id: '3,4' },
	field: 'Invoice ID',
	fix: ID_FIX,
});
cases.push({
	name: 'invoice update: due date 2026-02-29',
	params: {
		resource: 'invoice',
		operation: 'update',
		id: '3',
		inputMode: 'fields',
		fields: { deadline: '={{ $json.d }}' },
		linesMode: 'keep',
	},
	good: { d: '2026-12-01' },
	bad: { d: '2026-02-29' },
	field: 'Due Date (deadline)',
	fix: DATE_FIX,
});
cases.push({
	name: 'contact get: id ..',
	params: { resource: 'contact', operation: 'get', id: '={{ $json.id }}' },
	good: { id: '1' },
	bad: { id: '..' },
	field: 'Contact ID',
	fix: ID_FIX,
	goodWrites: 0,
});

// Bills, receipts and projects.
const billFields = {
	resource: 'bill',
	operation: 'create',
	inputMode: 'fields',
	fields: { company_id: '4', no: '={{ $json.no }}', date: '2026-11-05', recognition_date: '={{ $json.rec }}' },
	lines: { line: [{ comment: 'Chairs', price: 200, amount: 4, vat_code_id: '1', finance_account_id: '3' }] },
};
cases.push({
	name: 'bill create: recognition date 2026-02-30',
	params: billFields,
	good: { no: 'B-1', rec: '2026-11-05' },
	bad: { no: 'B-2', rec: '2026-02-30' },
	field: 'Recognition Date (recognition_date)',
	fix: DATE_FIX,
});
cases.push({
	name: 'bill create: recognition date "Nov 5"',
	params: billFields,
	good: { no: 'B-1', rec: '2026-11-05' },
	bad: { no: 'B-2', rec: 'Nov 5' },
	field: 'Recognition Date (recognition_date)',
	fix: DATE_FIX,
});
const receiptFields = {
	resource: 'receipt',
	operation: 'create',
	inputMode: 'fields',
	fields: { date: '={{ $json.date }}', contact_id: '1', sales_doc_type: 'invoices', currency: '={{ $json.currency }}' },
	lines: { line: [{ invoice_id: 7, sum: '={{ $json.sum }}', date: '2026-11-06' }] },
};
const goodReceipt = { date: '2026-11-06', currency: 'GBP', sum: 10 };
cases.push({
	name: 'receipt create: date 2026-11-31',
	params: receiptFields,
	good: goodReceipt,
	bad: { ...goodReceipt, date: '2026-11-31' },
	field: 'Date (date)',
	fix: DATE_FIX,
});
cases.push({
	name: 'receipt create: currency GBPX',
	params: receiptFields,
	good: goodReceipt,
	bad: { ...goodReceipt, currency: 'GBPX' },
	field: 'Currency (currency)',
	fix: /ISO 4217/,
});
cases.push({
	name: 'receipt create: sum "9,45"',
	params: receiptFields,
	good: goodReceipt,
	bad: { ...goodReceipt, sum: '9,45' },
	field: /sum/,
	fix: NUMBER_FIX,
});
const projectFields = {
	resource: 'project',
	operation: 'create',
	inputMode: 'fields',
	fields: { project_name: '={{ $json.name }}', date: '={{ $json.start }}' },
};
cases.push({
	name: 'project create: start date 2026-13-01',
	params: projectFields,
	good: { name: 'P1', start: '2026-11-01' },
	bad: { name: 'P2', start: '2026-13-01' },
	field: 'Start Date (date)',
	fix: DATE_FIX,
});

// Get Many: modified-date filters are checked before the list is read.
for (const d of ['2026-02-30', 'last week']) {
	cases.push({
		name: `invoice list: Modified From ${d}`,
		params: {
			resource: 'invoice',
			operation: 'getAll',
			returnAll: true,
			filters: { modifiedFrom: '={{ $json.from }}' },
		},
		good: { from: '2020-01-01T00:00:00Z' },
		bad: { from: d },
		field: 'Modified From',
		fix: DATE_FIX,
		goodWrites: 0,
	});
}

describe('Scoro node: bad input is an item error, nothing is written, no secret leaks', () => {
	badInputSuite(
		{
			sandbox: () => sandbox,
			system: 'scoro',
			nodeName: 'Scoro',
			run: async (params: IDataObject, items) =>
				(await runScoro(sandbox, params, { items: items.map((i) => i.json), onError: 'continueRegularOutput' })).run,
			isWrite: (e) => /\/(modify|delete)(\/|$)/.test(e.path),
			secrets: [String(SCORO_SANDBOX_CREDENTIALS.apiKey)],
		},
		cases,
	);
});
