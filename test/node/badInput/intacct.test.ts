/**
 * 50+ bad inputs for the Sage Intacct node's date and currency fields (issue 12, case 6 and
 * "every input is checked before anything is sent"). XML keys and control characters belong to
 * the transport's own tests. Each case: a good item and a bad one, Continue On Fail; the sandbox
 * must hold exactly the good item's invoice afterwards.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { INTACCT_SANDBOX_CREDENTIALS as C } from '../../../sandbox/intacct';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { connectChain, MANUAL_TRIGGER, runWorkflow } from '../../helpers/engine';
import { INTACCT_NODE_TYPE, intacctEngineOptions } from '../../helpers/intacct';
import { badInputSuite, checkBadCase, type BadCase } from './harness';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

const DATE_FIX = /YYYY-MM-DD/;
const line = { glaccountno: '4000', amount: 100, locationid: 'US', memo: 'line' };
const invoice = (additionalFields: IDataObject, dateCreated = '={{ $json.created }}') => ({
	resource: 'arInvoice',
	operation: 'create',
	recordSource: 'fields',
	customerId: 'C-0001',
	dateCreated,
	lines: { line: [line] },
	additionalFields,
});
const BAD_DATES = [
	'2026-02-30',
	'2026-13-45',
	'not a date',
	'2026',
	'11/01/2026',
	'2026-02-29',
	'2026-04-31',
	'2026-11-01T24:00:00',
	'01.11.2026',
	'2026-00-10',
	'2026-11-00',
	'20261101',
];
const cases: BadCase[] = [];
const good = {
	created: '2026-11-01',
	due: '2026-12-01',
	posted: '2026-11-01',
	rateDate: '2026-11-01',
	currency: 'GBP',
	base: 'USD',
};
const withDue = invoice({ datedue: '={{ $json.due }}' });
const withPosted = invoice({ datedue: '2026-12-01', dateposted: '={{ $json.posted }}' });
const withRate = invoice({
	datedue: '2026-12-01',
	currency: 'GBP',
	exchratedate: '={{ $json.rateDate }}',
	exchratetype: 'Intacct Daily Rate',
});
const withCurrency = invoice({
	datedue: '2026-12-01',
	currency: '={{ $json.currency }}',
	exchratetype: 'Intacct Daily Rate',
});
const withBase = invoice({
	datedue: '2026-12-01',
	currency: 'GBP',
	basecurr: '={{ $json.base }}',
	exchratetype: 'Intacct Daily Rate',
});

for (const d of BAD_DATES)
	cases.push({
		name: `AR invoice: Date Created ${d}`,
		params: withDue,
		good,
		bad: { ...good, created: d },
		field: '"Date Created"',
		fix: DATE_FIX,
	});
for (const d of BAD_DATES)
	cases.push({
		name: `AR invoice: Due Date ${d}`,
		params: withDue,
		good,
		bad: { ...good, due: d },
		field: '"Due Date"',
		fix: DATE_FIX,
	});
for (const d of BAD_DATES.slice(0, 8))
	cases.push({
		name: `AR invoice: GL Posting Date ${d}`,
		params: withPosted,
		good,
		bad: { ...good, posted: d },
		field: '"GL Posting Date"',
		fix: DATE_FIX,
	});
for (const d of BAD_DATES.slice(0, 6))
	cases.push({
		name: `AR invoice: Exchange Rate Date ${d}`,
		params: withRate,
		good,
		bad: { ...good, rateDate: d },
		field: '"Exchange Rate Date"',
		fix: DATE_FIX,
	});
for (const c of ['XYZ', 'GBX', 'EURO', 'US$', 'pounds', '826', 'G B P', 'XTS'])
	cases.push({
		name: `AR invoice: Currency ${c}`,
		params: withCurrency,
		good,
		bad: { ...good, currency: c },
		field: '"Currency"',
		fix: /ISO 4217.*GBP/,
	});
for (const c of ['USDD', 'dollar', 'ABC', 'U5D'])
	cases.push({
		name: `AR invoice: Base Currency ${c}`,
		params: withBase,
		good,
		bad: { ...good, base: c },
		field: '"Base Currency"',
		fix: /ISO 4217/,
	});

describe('Sage Intacct node: bad dates and currencies are item errors, nothing is written, no secret leaks', () => {
	badInputSuite(
		{
			sandbox: () => sandbox,
			system: 'intacct',
			nodeName: 'Intacct',
			run: async (params, items) =>
				await runWorkflow({
					workflow: {
						nodes: [
							{ name: 'Start', type: MANUAL_TRIGGER },
							{
								name: 'Intacct',
								type: INTACCT_NODE_TYPE,
								parameters: { idempotencyKey: '', ...params },
								onError: 'continueRegularOutput',
							},
						],
						connections: connectChain('Start', 'Intacct'),
						pinData: { Start: items },
					},
					...intacctEngineOptions(sandbox),
				}),
			// Every Intacct call is a POST; the invoice writes are counted in the store (stored) instead.
			isWrite: (e) =>
				/create_invoice/.test(e.operation ?? '') && (e.operation ?? '').split('create_invoice').length > 2,
			secrets: [C.senderPassword, C.userPassword],
			stored: () => sandbox.state.system('intacct')!.store.count('ARINVOICE'),
		},
		cases.map((tc) => ({ ...tc, goodWrites: 0, storedDelta: 1 })),
	);
});

/**
 * Every other Intacct write checks its input before anything is sent (issue 12): AR payments and
 * advances, AP bills and payments, customers in Record (JSON) mode, legacy adjustments. Dates are
 * strict (a real calendar date, luxon), currencies ISO 4217, numbers plain numbers; the item error
 * names the item, the field and the fix, and nothing is written for it.
 */
const writeOps = (e: { operation?: string }) =>
	(e.operation ?? '').split(',').some((o) => /^(create|update|delete|reverse|apply)/.test(o));
const connectorFor = (collection: string) => ({
	sandbox: () => sandbox,
	system: 'intacct',
	nodeName: 'Intacct',
	run: async (params: IDataObject, items: INodeExecutionData[]) =>
		await runWorkflow({
			workflow: {
				nodes: [
					{ name: 'Start', type: MANUAL_TRIGGER },
					{
						name: 'Intacct',
						type: INTACCT_NODE_TYPE,
						parameters: { idempotencyKey: '', ...params },
						onError: 'continueRegularOutput',
					},
				],
				connections: connectChain('Start', 'Intacct'),
				pinData: { Start: items },
			},
			...intacctEngineOptions(sandbox),
		}),
	isWrite: writeOps,
	secrets: [C.senderPassword, C.userPassword],
	stored: () => sandbox.state.system('intacct')!.store.count(collection),
});

const AMOUNT_FIX = /number/i;
const CURRENCY_FIX = /ISO 4217/;
const json = { recordSource: 'json', record: '={{ $json }}' };
const arPaymentJson = { resource: 'arPayment', operation: 'create', ...json };
const goodPayment = {
	CUSTOMERID: 'C-0001',
	PAYMENTMETHOD: 'Cash',
	RECEIPTDATE: '2026-11-26',
	CURRENCY: 'USD',
	UNDEPOSITEDACCOUNTNO: '1200',
	OVERPAYMENTAMOUNT: 25,
	OVERPAYMENTLOCATIONID: 'US',
};
const advance = {
	resource: 'arAdvance',
	operation: 'create',
	recordSource: 'fields',
	customerId: 'C-0001',
	paymentMethod: 'Cash',
	paymentDate: '={{ $json.pd }}',
	receiptDate: '={{ $json.rd }}',
	depositTo: 'UNDEPOSITEDACCOUNTNO',
	depositAccount: '1200',
	lines: { line: [{ ACCOUNTNO: '2400', TRX_AMOUNT: '={{ $json.amt }}', LOCATIONID: 'US' }] },
};
const goodAdvance = { pd: '2026-11-02', rd: '2026-11-02', amt: 20 };
const bill = {
	resource: 'apBill',
	operation: 'create',
	vendorId: 'V-0001',
	billDate: '={{ $json.d }}',
	lines: { line: [{ accountNo: '6000', amount: '={{ $json.a }}', locationId: 'US' }] },
	additionalFields: { dueDate: '={{ $json.due }}', currency: '={{ $json.c }}' },
};
const goodBill = { d: '2026-11-03', due: '2026-12-03', a: 100, c: 'USD' };
const customerJson = { resource: 'customer', operation: 'create', ...json };
const goodCustomer = { CUSTOMERID: 'C-JSON-1', NAME: 'Json Co', CURRENCY: 'GBP', CREDITLIMIT: 500 };
const apPayment = {
	resource: 'apPayment',
	operation: 'create',
	vendorId: 'V-0001',
	paymentDate: '={{ $json.d }}',
	currency: '={{ $json.c }}',
	lines: { line: [{ billRecordNo: '1', amount: '={{ $json.a }}' }] },
	additionalFields: { bankAccountId: 'BOA-OPS', paymentMethod: 'EFT' },
};
const goodApPayment = { d: '2026-11-05', c: 'USD', a: 200 };

const more: Array<BadCase & { collection: string }> = [];
for (const d of ['2026-02-30', '2026-13-45', 'not a date', '2026', '02/30/2026', '2026-11-01T24:00:00', '2026-04-31'])
	more.push({
		collection: 'ARPYMT',
		name: `AR payment (JSON): RECEIPTDATE ${d}`,
		params: arPaymentJson,
		good: goodPayment,
		bad: { ...goodPayment, RECEIPTDATE: d },
		field: /RECEIPTDATE/,
		fix: /YYYY-MM-DD|mm\/dd\/yyyy/,
	});
for (const d of ['2026-02-29', '13/01/2026'])
	more.push({
		collection: 'ARPYMT',
		name: `AR payment (JSON): PAYMENTDATE ${d}`,
		params: arPaymentJson,
		good: goodPayment,
		bad: { ...goodPayment, PAYMENTDATE: d },
		field: /PAYMENTDATE/,
		fix: /YYYY-MM-DD|mm\/dd\/yyyy/,
	});
for (const c of ['XYZ', 'EURO', 'US$', 'dollars'])
	more.push({
		collection: 'ARPYMT',
		name: `AR payment (JSON): CURRENCY ${c}`,
		params: arPaymentJson,
		good: goodPayment,
		bad: { ...goodPayment, CURRENCY: c },
		field: /CURRENCY/,
		fix: CURRENCY_FIX,
	});
for (const a of ['1,000.00', 'abc', '12 EUR'])
	more.push({
		collection: 'ARPYMT',
		name: `AR payment (JSON): OVERPAYMENTAMOUNT ${a}`,
		params: arPaymentJson,
		good: goodPayment,
		bad: { ...goodPayment, OVERPAYMENTAMOUNT: a },
		field: /OVERPAYMENTAMOUNT/,
		fix: AMOUNT_FIX,
	});
for (const d of ['2026-02-30', '2026', '11/31/2026'])
	more.push({
		collection: 'ARADVANCE',
		name: `AR advance: Payment Date ${d}`,
		params: advance,
		good: goodAdvance,
		bad: { ...goodAdvance, pd: d },
		field: /PAYMENTDATE/,
		fix: /YYYY-MM-DD|mm\/dd\/yyyy/,
	});
for (const d of ['2026-04-31', 'tomorrow'])
	more.push({
		collection: 'ARADVANCE',
		name: `AR advance: Receipt Date ${d}`,
		params: advance,
		good: goodAdvance,
		bad: { ...goodAdvance, rd: d },
		field: /RECEIPTDATE/,
		fix: /YYYY-MM-DD|mm\/dd\/yyyy/,
	});
for (const a of ['1,000', 'twenty'])
	more.push({
		collection: 'ARADVANCE',
		name: `AR advance: line amount ${a}`,
		params: advance,
		good: goodAdvance,
		bad: { ...goodAdvance, amt: a },
		field: /TRX_AMOUNT/,
		fix: AMOUNT_FIX,
	});
for (const d of ['2026-02-30', '2026-13-01', '2026'])
	more.push({
		collection: 'APBILL',
		name: `AP bill: Bill Date ${d}`,
		params: bill,
		good: goodBill,
		bad: { ...goodBill, d },
		field: /WHENCREATED|Bill Date/,
		fix: /YYYY-MM-DD|mm\/dd\/yyyy/,
	});
for (const d of ['2026-06-31', '31/12/2026'])
	more.push({
		collection: 'APBILL',
		name: `AP bill: Due Date ${d}`,
		params: bill,
		good: goodBill,
		bad: { ...goodBill, due: d },
		field: /WHENDUE|Due Date/,
		fix: /YYYY-MM-DD|mm\/dd\/yyyy/,
	});
for (const c of ['XYZ', 'GBX'])
	more.push({
		collection: 'APBILL',
		name: `AP bill: Currency ${c}`,
		params: bill,
		good: goodBill,
		bad: { ...goodBill, c },
		field: /CURRENCY/,
		fix: CURRENCY_FIX,
	});
for (const a of ['1.000,00', 'n/a'])
	more.push({
		collection: 'APBILL',
		name: `AP bill: line amount ${a}`,
		params: bill,
		good: goodBill,
		bad: { ...goodBill, a },
		field: /AMOUNT/i,
		fix: /amount|number/i,
	});
for (const c of ['XYZ', 'pounds'])
	more.push({
		collection: 'CUSTOMER',
		name: `Customer (JSON): CURRENCY ${c}`,
		params: customerJson,
		good: goodCustomer,
		bad: { ...goodCustomer, CUSTOMERID: 'C-JSON-2', CURRENCY: c },
		field: /CURRENCY/,
		fix: CURRENCY_FIX,
	});
for (const a of ['1,000', 'lots'])
	more.push({
		collection: 'CUSTOMER',
		name: `Customer (JSON): CREDITLIMIT ${a}`,
		params: customerJson,
		good: goodCustomer,
		bad: { ...goodCustomer, CUSTOMERID: 'C-JSON-2', CREDITLIMIT: a },
		field: /CREDITLIMIT/,
		fix: AMOUNT_FIX,
	});
for (const d of ['2026-02-30', '2026'])
	more.push({
		collection: 'APPYMT',
		name: `AP payment: Payment Date ${d}`,
		params: apPayment,
		good: goodApPayment,
		bad: { ...goodApPayment, d },
		field: /PAYMENTDATE|Payment Date/,
		fix: /YYYY-MM-DD|mm\/dd\/yyyy/,
	});
more.push({
	collection: 'APPYMT',
	name: 'AP payment: Currency ABC',
	params: apPayment,
	good: goodApPayment,
	bad: { ...goodApPayment, c: 'ABC' },
	field: /CURRENCY/,
	fix: CURRENCY_FIX,
});

describe('Sage Intacct node: every other write checks dates, currencies and numbers before sending', () => {
	it.each(more.map((tc) => [tc.name, tc] as const))('%s', async (_name, tc) => {
		await checkBadCase(connectorFor(tc.collection), tc);
	});
});
