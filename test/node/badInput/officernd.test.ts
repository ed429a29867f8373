/**
 * 50+ bad inputs for the OfficeRnD node (issue 12: case 6, case 8, one record = one key, every
 * input checked before anything is sent). Each case: a good item and a bad one, Continue On Fail.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { createOfficeRndSystem, OFFICERND_SANDBOX_CREDENTIALS as C, SEED_IDS } from '../../../sandbox/officernd';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { runOfficeRnd } from '../officernd/helpers';
import { badInputSuite, type BadCase } from './harness';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ systems: [createOfficeRndSystem] });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const INV = SEED_IDS.invoice(13); // INV-0010, GBP 48, awaiting payment
const DATE_FIX = /YYYY-MM-DD/;
const BAD_DATES = [
	'2025-02-30',
	'2025-13-45',
	'not a date',
	'2025',
	'31/01/2025',
	'2025-02-28T25:00:00Z',
	'2025-02-29',
];
const ID_FIX = /24-character hexadecimal _id/;

const cases: BadCase[] = [];

// Charges: Create with a date, currency and amount from the item.
const chargeCreate = {
	resource: 'charge',
	operation: 'create',
	inputMode: 'fields',
	payment: '={{ $json.payment }}',
	amount: '={{ $json.amount }}',
	additionalFields: { date: '={{ $json.date }}', currency: '={{ $json.currency }}' },
};
const goodCharge = { payment: INV, amount: 5, date: '2025-03-21', currency: 'GBP' };
for (const d of BAD_DATES)
	cases.push({
		name: `charge create: date ${d}`,
		params: chargeCreate,
		good: goodCharge,
		bad: { ...goodCharge, date: d },
		field: '"Date"',
		fix: DATE_FIX,
	});
for (const c of ['XYZ', 'EURO', 'G B', '€', 'usdollar'])
	cases.push({
		name: `charge create: currency ${c}`,
		params: chargeCreate,
		good: goodCharge,
		bad: { ...goodCharge, currency: c },
		field: '"Currency"',
		fix: /ISO 4217.*GBP/,
	});
for (const a of ['1,000.00', 'NaN', 'ten', '12.345', '£10', '1e3'])
	cases.push({
		name: `charge create: amount ${a}`,
		params: chargeCreate,
		good: goodCharge,
		bad: { ...goodCharge, amount: a },
		field: '"Amount"',
		fix: /plain number|round it to 2 decimals/,
	});
cases.push({
	name: 'charge create: empty Billing Document ID',
	params: chargeCreate,
	good: goodCharge,
	bad: { ...goodCharge, payment: '' },
	field: '"Billing Document ID"',
	fix: /required; fill it in/,
});
cases.push({
	name: 'charge create: blank Billing Document ID',
	params: chargeCreate,
	good: goodCharge,
	bad: { ...goodCharge, payment: '   ' },
	field: '"Billing Document ID"',
	fix: /required; fill it in/,
});

// Charges: Get / Delete / Update by one key.
const BAD_IDS: Array<[string, string | string[]]> = [
	['a comma list', `${INV},${SEED_IDS.invoice(2)}`],
	['an array', [INV, SEED_IDS.invoice(2)]],
	['a JSON list', '[5,6,7]'],
	['.', '.'],
	['..', '..'],
	['a path', `../payments/${INV}`],
	['empty', ''],
	['a document number', 'INV-0005'],
];
for (const [what, value] of BAD_IDS) {
	cases.push({
		name: `charge get: id is ${what}`,
		params: { resource: 'charge', operation: 'get', chargeId: rl('={{ $json.id }}') },
		good: { id: '__CHARGE__' },
		bad: { id: value },
		field: 'Charge ID',
		fix: ID_FIX,
		goodWrites: 0,
	});
}
for (const [what, value] of BAD_IDS.slice(0, 5)) {
	cases.push({
		name: `charge delete: id is ${what}`,
		params: { resource: 'charge', operation: 'delete', chargeId: rl('={{ $json.id }}') },
		good: { id: '__CHARGE__' },
		bad: { id: value },
		field: 'Charge ID',
		fix: ID_FIX,
	});
}
cases.push({
	name: 'billing document update: id is a comma list',
	params: {
		resource: 'billingDocument',
		operation: 'update',
		documentId: rl('={{ $json.id }}'),
		inputMode: 'fields',
		updateFields: { reference: 'x' },
	},
	good: { id: INV },
	bad: { id: `${INV},${SEED_IDS.invoice(2)}` },
	field: 'Billing Document ID',
	fix: ID_FIX,
});
cases.push({
	name: 'charge update: date 2025-02-30',
	params: {
		resource: 'charge',
		operation: 'update',
		chargeId: rl('={{ $json.id }}'),
		inputMode: 'fields',
		updateFields: { date: '={{ $json.date }}' },
	},
	good: { id: '__CHARGE__', date: '2025-03-01' },
	bad: { id: '__CHARGE__', date: '2025-02-30' },
	field: '"Date"',
	fix: DATE_FIX,
});

// Company and member start dates, fee issue dates and prices.
const companyCreate = {
	resource: 'company',
	operation: 'create',
	inputMode: 'fields',
	name: '={{ $json.name }}',
	additionalFields: { startDate: '={{ $json.startDate }}' },
};
for (const d of BAD_DATES.slice(0, 4))
	cases.push({
		name: `company create: start date ${d}`,
		params: companyCreate,
		good: { name: 'Good Co', startDate: '2025-02-28' },
		bad: { name: 'Bad Co', startDate: d },
		field: '"Start Date"',
		fix: DATE_FIX,
	});
cases.push({
	name: 'company create: empty name',
	params: companyCreate,
	good: { name: 'Good Co', startDate: '2025-02-28' },
	bad: { name: '', startDate: '2025-02-28' },
	field: '"Name"',
	fix: /required; fill it in/,
});
const memberCreate = {
	resource: 'member',
	operation: 'create',
	inputMode: 'fields',
	name: 'Farah',
	email: '={{ $json.email }}',
	additionalFields: { startDate: '={{ $json.startDate }}' },
};
for (const d of ['2025-02-30', '2025-04-31'])
	cases.push({
		name: `member create: start date ${d}`,
		params: memberCreate,
		good: { email: 'a@x.example', startDate: '2025-02-28' },
		bad: { email: 'b@x.example', startDate: d },
		field: '"Start Date"',
		fix: DATE_FIX,
	});
const feeCreate = {
	resource: 'fee',
	operation: 'create',
	inputMode: 'fields',
	name: 'Late fee',
	issueDate: '={{ $json.issueDate }}',
	location: SEED_IDS.location.manchester,
	plan: SEED_IDS.plan.lateFee,
	price: '={{ $json.price }}',
	additionalFields: {},
};
cases.push({
	name: 'fee create: issue date 2025-02-30',
	params: feeCreate,
	good: { issueDate: '2025-03-25', price: 25 },
	bad: { issueDate: '2025-02-30', price: 25 },
	field: '"Issue Date"',
	fix: DATE_FIX,
});
cases.push({
	name: 'fee create: price "1,000.00"',
	params: feeCreate,
	good: { issueDate: '2025-03-25', price: 25 },
	bad: { issueDate: '2025-03-25', price: '1,000.00' },
	field: '"Price"',
	fix: /plain number/,
});
cases.push({
	name: 'fee create: price 10.999',
	params: feeCreate,
	good: { issueDate: '2025-03-25', price: 25 },
	bad: { issueDate: '2025-03-25', price: 10.999 },
	field: '"Price"',
	fix: /round it to 2 decimals/,
});

// Billing documents from a whole record in JSON: the same checks as the fields.
const docJson = {
	resource: 'billingDocument',
	operation: 'create',
	inputMode: 'json',
	jsonBody: '={{ JSON.stringify($json) }}',
};
const goodDoc = {
	documentType: 'creditNote',
	location: SEED_IDS.location.dublin,
	currency: 'EUR',
	company: SEED_IDS.company.celtic,
	lines: [{ description: 'Refund', unitPrice: 10, taxRate: SEED_IDS.taxRate.ieVat23 }],
};
cases.push({
	name: 'document JSON: date 2025-02-30',
	params: docJson,
	good: goodDoc,
	bad: { ...goodDoc, date: '2025-02-30' },
	field: 'Record (JSON) › date',
	fix: DATE_FIX,
});
cases.push({
	name: 'document JSON: dueDate "next week"',
	params: docJson,
	good: goodDoc,
	bad: { ...goodDoc, dueDate: 'next week' },
	field: 'Record (JSON) › dueDate',
	fix: DATE_FIX,
});
cases.push({
	name: 'document JSON: currency XXX',
	params: docJson,
	good: goodDoc,
	bad: { ...goodDoc, currency: 'XXX' },
	field: 'Record (JSON) › currency',
	fix: /ISO 4217/,
});
cases.push({
	name: 'document JSON: currency as a number',
	params: docJson,
	good: goodDoc,
	bad: { ...goodDoc, currency: 978 },
	field: 'Record (JSON) › currency',
	fix: /ISO 4217/,
});
cases.push({
	name: 'document JSON: unit price "1,000.00"',
	params: docJson,
	good: goodDoc,
	bad: { ...goodDoc, lines: [{ description: 'Refund', unitPrice: '1,000.00' }] },
	field: /Record \(JSON\) › lines 1: Record \(JSON\) › unitPrice/,
	fix: /plain number/,
});
cases.push({
	name: 'document JSON: lines not a list',
	params: docJson,
	good: goodDoc,
	bad: { ...goodDoc, lines: { description: 'x' } },
	field: 'Record (JSON) › lines',
	fix: /list of lines/,
});
cases.push({
	name: 'document JSON: line start date 2025-02-30',
	params: docJson,
	good: goodDoc,
	bad: { ...goodDoc, lines: [{ description: 'Refund', unitPrice: 10, startDate: '2025-02-30' }] },
	field: /lines 1: Record \(JSON\) › startDate/,
	fix: DATE_FIX,
});
cases.push({
	name: 'document JSON: not JSON',
	params: { ...docJson, jsonBody: '={{ $json.raw }}' },
	good: { raw: JSON.stringify(goodDoc) },
	bad: { raw: '{"currency": "EUR",' },
	field: 'Record (JSON)',
	fix: /fix the JSON/,
});
const docFields = {
	resource: 'billingDocument',
	operation: 'create',
	inputMode: 'fields',
	documentType: 'invoice',
	location: SEED_IDS.location.london,
	currency: '={{ $json.currency }}',
	lines: { line: [{ description: 'Day pass', quantity: 1, unitPrice: '={{ $json.price }}' }] },
	additionalFields: { company: SEED_IDS.company.acme, dueDate: '={{ $json.due }}' },
};
const goodDocFields = { currency: 'GBP', price: 30, due: '2025-04-15' };
cases.push({
	name: 'document fields: due date 2025-02-31',
	params: docFields,
	good: goodDocFields,
	bad: { ...goodDocFields, due: '2025-02-31' },
	field: '"Due Date"',
	fix: DATE_FIX,
});
cases.push({
	name: 'document fields: currency "pounds"',
	params: docFields,
	good: goodDocFields,
	bad: { ...goodDocFields, currency: 'pounds' },
	field: '"Currency"',
	fix: /ISO 4217/,
});
cases.push({
	name: 'document fields: unit price 30.001',
	params: docFields,
	good: goodDocFields,
	bad: { ...goodDocFields, price: 30.001 },
	field: /Lines 1: Unit Price/,
	fix: /round it to 2 decimals/,
});

// Filters of Get Many: dates are checked before the list is read.
for (const d of ['2025-02-30', 'yesterday']) {
	cases.push({
		name: `charge list: Date After ${d}`,
		params: { resource: 'charge', operation: 'getAll', returnAll: true, filters: { dateAfter: '={{ $json.after }}' } },
		good: { after: '2025-03-01T00:00:00Z' },
		bad: { after: d },
		field: 'Filters: Date After',
		fix: DATE_FIX,
		goodWrites: 0,
	});
}
cases.push({
	name: 'document list: Modified Before 2025-13-01',
	params: {
		resource: 'billingDocument',
		operation: 'getAll',
		returnAll: true,
		filters: { modifiedAtBefore: '={{ $json.before }}' },
	},
	good: { before: '2025-12-31T00:00:00Z' },
	bad: { before: '2025-13-01' },
	field: 'Filters: Modified Before',
	fix: DATE_FIX,
	goodWrites: 0,
});

// Accounting sync status and allocations.
cases.push({
	name: 'record accounting status: last sync 2025-02-30',
	params: {
		resource: 'billingDocument',
		operation: 'recordAccountingStatus',
		documentId: rl(SEED_IDS.invoice(5)),
		level: 'document',
		provider: 'sage-intacct',
		externalOrgId: 'SANDBOX-CO',
		// A success status names its record (case 6 below), so the good item is a real one.
		providerId: '1001',
		lastSync: '={{ $json.at }}',
		error: '',
	},
	good: { at: '2025-03-20T10:00:00Z' },
	bad: { at: '2025-02-30T10:00:00Z' },
	field: '"Last Sync"',
	fix: DATE_FIX,
});
// Issue 20 case 6: an ID written back as "undefined", "null" or "" (String() of a field a write did
// not return) is refused before it is sent; a sync status without an error must name its record.
const statusParams = {
	resource: 'billingDocument',
	operation: 'recordAccountingStatus',
	documentId: rl(SEED_IDS.invoice(5)),
	level: 'document',
	provider: 'sage-intacct',
	externalOrgId: 'SANDBOX-CO',
	providerId: '={{ String($json.RECORDNO) }}',
	error: '',
};
for (const [what, bad] of [
	['"undefined"', {}],
	['"null"', { RECORDNO: null }],
	['empty', { RECORDNO: '' }],
] as Array<[string, IDataObject]>) {
	cases.push({
		name: `record accounting status: provider ID ${what}`,
		params: { ...statusParams, providerId: what === 'empty' ? '={{ $json.RECORDNO }}' : statusParams.providerId },
		good: { RECORDNO: 1234 },
		bad,
		field: '"Provider ID"',
		fix: /only when the accounting system returned the record's ID/,
	});
}
cases.push({
	name: 'record accounting status (allocation): provider ID "undefined"',
	params: {
		...statusParams,
		documentId: rl(SEED_IDS.invoice(10)),
		level: 'allocation',
		allocationId: '={{ $json.allocationId }}',
	},
	good: { RECORDNO: 1234, allocationId: '__ALLOC__' },
	bad: { allocationId: '__ALLOC__' },
	field: '"Provider ID"',
	fix: /only when the accounting system returned the record's ID/,
});
const chargeUpdateJson = {
	resource: 'charge',
	operation: 'update',
	chargeId: rl('={{ $json.id }}'),
	inputMode: 'json',
	jsonBody:
		"={{ JSON.stringify({ accounting: { provider: 'sage-intacct', externalOrgId: 'SANDBOX-CO', providerId: String($json.RECORDNO), error: null } }) }}",
};
cases.push({
	name: 'charge update JSON: accounting.providerId "undefined"',
	params: chargeUpdateJson,
	good: { id: '__CHARGE__', RECORDNO: 77 },
	bad: { id: '__CHARGE__' },
	field: 'Record (JSON) › accounting › providerId',
	fix: /only when the accounting system returned the record's ID/,
});
const chargeCreateJson = {
	resource: 'charge',
	operation: 'create',
	inputMode: 'json',
	jsonBody:
		"={{ JSON.stringify({ payment: $json.payment, amount: 5, currency: 'GBP', date: '2025-03-21', reference: 'R-1', providerChargeReference: 'ARPYMT:' + $json.RECORDNO }) }}",
};
cases.push({
	name: 'charge create JSON: provider charge reference "ARPYMT:undefined"',
	params: chargeCreateJson,
	good: { payment: INV, RECORDNO: 77 },
	bad: { payment: INV },
	field: 'Record (JSON) › providerChargeReference',
	fix: /only when the accounting system returned its record ID/,
});
cases.push({
	name: 'allocation create: amount "30,00"',
	params: {
		resource: 'allocation',
		operation: 'create',
		documentId: rl(SEED_IDS.invoice(11)),
		targetId: rl(SEED_IDS.invoice(2)),
		amount: '={{ $json.amount }}',
	},
	good: { amount: 10 },
	bad: { amount: '30,00' },
	field: '"Amount"',
	fix: /plain number/,
});

/** Seed charge ids are looked up once the sandbox runs (they are the store's own). */
function withCharge(items: INodeExecutionData[]): INodeExecutionData[] {
	const store = sandbox.state.system('officernd')!.store;
	const charge = store.list('charges')[0].id;
	const doc = store.get('payments', SEED_IDS.invoice(10));
	const alloc = String(((doc?.fields.allocations as IDataObject[] | undefined) ?? [])[0]?._id ?? 'no-allocation');
	return items.map((it) => ({
		json: JSON.parse(
			JSON.stringify(it.json).split('__CHARGE__').join(charge).split('__ALLOC__').join(alloc),
		) as IDataObject,
	}));
}

describe('OfficeRnD node: bad input is an item error, nothing is written, no secret leaks', () => {
	badInputSuite(
		{
			sandbox: () => sandbox,
			system: 'officernd',
			nodeName: 'OfficeRnD',
			run: async (params, items) =>
				await runOfficeRnd(sandbox, params, { items: withCharge(items), continueOnFail: true }),
			isWrite: (e) => e.method !== 'GET' && !e.path.includes('/oauth/'),
			secrets: [C.clientSecret, 'sbx_'],
		},
		cases,
	);
});
