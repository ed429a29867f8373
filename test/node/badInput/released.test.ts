/**
 * 50+ bad inputs for the Re-Leased node (issue 12: case 6, case 8, one record = one key, every
 * input checked before anything is sent). Each case: a good item and a bad one, Continue On Fail.
 */
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { ReLeasedApi } from '../../../credentials/ReLeasedApi.credentials';
import { ReLeased } from '../../../nodes/ReLeased/ReLeased.node';
import { createReLeasedSystem, SANDBOX_API_TOKEN } from '../../../sandbox/released';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { connectChain, MANUAL_TRIGGER, runWorkflow } from '../../helpers/engine';
import { badInputSuite, type BadCase } from './harness';

const TYPE = 'n8n-nodes-intacct-sync.reLeased';
let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createReLeasedSystem] });
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

async function run(parameters: IDataObject, items: INodeExecutionData[]) {
	return await runWorkflow({
		workflow: {
			nodes: [
				{ name: 'Start', type: MANUAL_TRIGGER },
				{ name: 'Re-Leased', type: TYPE, parameters: parameters as INodeParameters, onError: 'continueRegularOutput' },
			],
			connections: connectChain('Start', 'Re-Leased'),
			pinData: { Start: items },
		},
		nodeTypes: { [TYPE]: new ReLeased() },
		credentialTypes: { reLeasedApi: new ReLeasedApi() },
		credentials: { reLeasedApi: { baseUrl: sandbox.systemUrl('released'), apiToken: SANDBOX_API_TOKEN } },
	});
}

const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const DATE_FIX = /YYYY-MM-DD/;
const BAD_DATES = ['2025-02-30', '2025-13-45', 'not a date', '2025', '01/02/2025', '2025-02-28T24:00:00', '2025-11-31'];
const line = {
	description: 'Rent',
	amountExclTax: '={{ $json.amount }}',
	accountCode: '200',
	taxType: 'GST on Income',
	taxAmount: '',
	trackingOption: '12 Queen St',
};

const cases: BadCase[] = [];

// Invoice Create from the fields.
const invoiceFields = {
	resource: 'invoice',
	operation: 'create',
	type: 'Income',
	status: 'AwaitingApproval',
	contactId: 'con_2',
	issueDate: '={{ $json.issue }}',
	dueDate: '={{ $json.due }}',
	lines: { line: [line] },
	additionalFields: { reference: 'June rent', propertyId: 'prop_2', currency: '={{ $json.currency }}' },
};
const goodInvoice = { issue: '2024-06-01', due: '2024-06-20', currency: 'NZD', amount: 1000 };
for (const d of BAD_DATES)
	cases.push({
		name: `invoice create: issue date ${d}`,
		params: invoiceFields,
		good: goodInvoice,
		bad: { ...goodInvoice, issue: d },
		field: '"issueDate"',
		fix: DATE_FIX,
	});
for (const d of BAD_DATES.slice(0, 3))
	cases.push({
		name: `invoice create: due date ${d}`,
		params: invoiceFields,
		good: goodInvoice,
		bad: { ...goodInvoice, due: d },
		field: '"dueDate"',
		fix: DATE_FIX,
	});
for (const c of ['XYZ', 'NZ$', 'dollars', 'NZDD'])
	cases.push({
		name: `invoice create: currency ${c}`,
		params: invoiceFields,
		good: goodInvoice,
		bad: { ...goodInvoice, currency: c },
		field: '"currency"',
		fix: /ISO 4217.*GBP/,
	});
for (const a of ['1,000.00', 'abc'])
	cases.push({
		name: `invoice create: line amount ${a}`,
		params: invoiceFields,
		good: goodInvoice,
		bad: { ...goodInvoice, amount: a },
		field: 'lines[0].amountExclTax',
		fix: /must be a number/,
	});

// Invoice Create from JSON and from the whole input item: the same checks.
const invoiceJson = {
	resource: 'invoice',
	operation: 'create',
	inputMode: 'json',
	recordJson: '={{ JSON.stringify($json) }}',
};
const invoiceItem = { resource: 'invoice', operation: 'create', inputMode: 'inputItem' };
const goodRecord = {
	type: 'Expense',
	status: 'Approved',
	contactId: 'con_4',
	issueDate: '2024-06-01',
	dueDate: '2024-06-30',
	lines: [{ amountExclTax: 50, accountCode: '400' }],
};
for (const d of ['2025-02-30', '2025-13-45', '30/06/2024'])
	cases.push({
		name: `invoice JSON: issue date ${d}`,
		params: invoiceJson,
		good: goodRecord,
		bad: { ...goodRecord, issueDate: d },
		field: '"issueDate"',
		fix: DATE_FIX,
	});
cases.push({
	name: 'invoice input item: due date 2024-06-31',
	params: invoiceItem,
	good: goodRecord,
	bad: { ...goodRecord, dueDate: '2024-06-31' },
	field: '"dueDate"',
	fix: DATE_FIX,
});
cases.push({
	name: 'invoice input item: due date as a number',
	params: invoiceItem,
	good: goodRecord,
	bad: { ...goodRecord, dueDate: 20240630 },
	field: '"dueDate"',
	fix: DATE_FIX,
});
cases.push({
	name: 'invoice JSON: currency "EU"',
	params: invoiceJson,
	good: goodRecord,
	bad: { ...goodRecord, currency: 'EU' },
	field: '"currency"',
	fix: /ISO 4217/,
});
cases.push({
	name: 'invoice JSON: currency as a list',
	params: invoiceJson,
	good: goodRecord,
	bad: { ...goodRecord, currency: ['NZD'] },
	field: '"currency"',
	fix: /ISO 4217/,
});
cases.push({
	name: 'invoice JSON: line amount "1,000.00"',
	params: invoiceJson,
	good: goodRecord,
	bad: { ...goodRecord, lines: [{ amountExclTax: '1,000.00', accountCode: '400' }] },
	field: 'lines[0].amountExclTax',
	fix: /must be a number/,
});
cases.push({
	name: 'invoice JSON: not JSON',
	params: { ...invoiceJson, recordJson: '={{ $json.raw }}' },
	good: { raw: JSON.stringify(goodRecord) },
	bad: { raw: '{"type": "Expense",' },
	field: 'Record (JSON)',
	fix: /not valid JSON/,
});
cases.push({
	name: 'invoice JSON: a list instead of an object',
	params: { ...invoiceJson, recordJson: '={{ $json.raw }}' },
	good: { raw: JSON.stringify(goodRecord) },
	bad: { raw: '[1,2]' },
	field: 'Record (JSON)',
	fix: /must be a JSON object/,
});

// Payments, credit notes, adjustments.
const payment = {
	resource: 'payment',
	operation: 'create',
	invoiceId: 'inv_3',
	date: '={{ $json.date }}',
	amount: '={{ $json.amount }}',
};
for (const d of ['2024-06-31', 'today', '2024-6-5'])
	cases.push({
		name: `payment create: date ${d}`,
		params: payment,
		good: { date: '2024-06-05', amount: 10 },
		bad: { date: d, amount: 10 },
		field: '"date"',
		fix: DATE_FIX,
	});
for (const a of ['1,000.00', 'NaN'])
	cases.push({
		name: `payment create: amount ${a}`,
		params: payment,
		good: { date: '2024-06-05', amount: 10 },
		bad: { date: '2024-06-05', amount: a },
		field: '"amount"',
		fix: /must be a number/,
	});
const creditNote = {
	resource: 'creditNote',
	operation: 'create',
	type: 'Income',
	status: 'Approved',
	contactId: 'con_1',
	issueDate: '2024-06-05',
	lines: { line: [{ ...line, amountExclTax: 100 }] },
	additionalFields: { invoiceId: 'inv_6', currency: '={{ $json.currency }}' },
};
cases.push({
	name: 'credit note create: currency "N Z D"',
	params: creditNote,
	good: { currency: 'NZD' },
	bad: { currency: 'N Z D' },
	field: '"currency"',
	fix: /ISO 4217/,
});
const adjustment = {
	resource: 'adjustment',
	operation: 'create',
	type: 'Income',
	contactId: 'con_2',
	date: '={{ $json.date }}',
	lines: { line: [{ ...line, amountExclTax: 10, taxType: 'No GST' }] },
};
cases.push({
	name: 'adjustment create: date 2024-02-30',
	params: adjustment,
	good: { date: '2024-06-05' },
	bad: { date: '2024-02-30' },
	field: '"date"',
	fix: DATE_FIX,
});
cases.push({
	name: 'invoice update: due date 2024-09-31',
	params: {
		resource: 'invoice',
		operation: 'update',
		recordId: rl('={{ $json.id }}'),
		inputMode: 'fields',
		updateFields: { dueDate: '={{ $json.due }}' },
	},
	good: { id: 'inv_1', due: '2024-09-30' },
	bad: { id: 'inv_1', due: '2024-09-31' },
	field: '"dueDate"',
	fix: DATE_FIX,
});

// Get / Void / Update by exactly one ID that stays one path segment.
const BAD_IDS: Array<[string, string | string[]]> = [
	['.', '.'],
	['..', '..'],
	['a path', '../__admin/reset'],
	['a slash', 'inv_1/void'],
	['a comma list', 'inv_1,inv_2'],
	['an array', ['inv_1', 'inv_2']],
	['a JSON list', '["inv_1","inv_2"]'],
	['empty', ''],
	['with a space', 'inv 1'],
	['with a query', 'inv_1?x=1'],
];
const ID_FIX = /exactly one ID|not an ID|give the ID|choose a record/;
for (const [what, value] of BAD_IDS) {
	cases.push({
		name: `invoice get: id ${what}`,
		params: { resource: 'invoice', operation: 'get', recordId: rl('={{ $json.id }}') },
		good: { id: 'inv_1' },
		bad: { id: value },
		field: '"Invoice"',
		fix: ID_FIX,
		goodWrites: 0,
		requests: 1,
	});
}
for (const [what, value] of BAD_IDS.slice(0, 6)) {
	cases.push({
		name: `invoice void: id ${what}`,
		params: { resource: 'invoice', operation: 'void', recordId: rl('={{ $json.id }}') },
		good: { id: 'inv_2' },
		bad: { id: value },
		field: '"Invoice"',
		fix: ID_FIX,
		requests: 1,
	});
}
cases.push({
	name: 'contact update: id "con_1,con_2"',
	params: {
		resource: 'contact',
		operation: 'update',
		recordId: rl('={{ $json.id }}'),
		inputMode: 'fields',
		updateFields: { email: 'a@b.example' },
	},
	good: { id: 'con_1' },
	bad: { id: 'con_1,con_2' },
	field: '"Contact"',
	fix: ID_FIX,
	requests: 1,
});

// API Request > Send: the path stays under the API's base path (the token never leaves it).
const send = { resource: 'request', operation: 'send', method: 'GET', path: '={{ $json.path }}', query: '{}' };
for (const p of [
	'/../__admin/reset',
	'%2e%2e/__admin/reset',
	'/invoices/../../__admin/reset',
	'..%2f__admin%2freset',
	'https://evil.example/steal',
	'//evil.example/steal',
	'\\..\\__admin\\reset',
	'',
]) {
	cases.push({
		name: `request send: path ${JSON.stringify(p)}`,
		params: send,
		good: { path: '/tax-types' },
		bad: { path: p },
		field: '"Path"',
		fix: /must be a path under the Base URL|leave the API's base path/,
		goodWrites: 0,
		requests: 1,
		notInPaths: '__admin',
	});
}

// Get Many: Modified Since is checked before the list is read.
for (const d of ['2024-02-30', 'since Monday']) {
	cases.push({
		name: `invoice list: Modified Since ${d}`,
		params: {
			resource: 'invoice',
			operation: 'getAll',
			returnAll: true,
			filters: { modifiedSince: '={{ $json.since }}' },
		},
		good: { since: '2024-01-01T00:00:00Z' },
		bad: { since: d },
		field: 'Modified Since',
		fix: DATE_FIX,
		goodWrites: 0,
	});
}

describe('Re-Leased node: bad input is an item error, nothing is written, no secret leaks', () => {
	badInputSuite(
		{
			sandbox: () => sandbox,
			system: 'released',
			nodeName: 'Re-Leased',
			run,
			isWrite: (e) => e.method !== 'GET',
			secrets: [SANDBOX_API_TOKEN],
		},
		cases,
	);
});
