/**
 * 50+ bad inputs for the Sage Intacct node's date and currency fields (issue 12, case 6 and
 * "every input is checked before anything is sent"). XML keys and control characters belong to
 * the transport's own tests. Each case: a good item and a bad one, Continue On Fail; the sandbox
 * must hold exactly the good item's invoice afterwards.
 */
import type { IDataObject } from 'n8n-workflow';
import { INTACCT_SANDBOX_CREDENTIALS as C } from '../../../sandbox/intacct';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { connectChain, MANUAL_TRIGGER, runWorkflow } from '../../helpers/engine';
import { INTACCT_NODE_TYPE, intacctEngineOptions } from '../../helpers/intacct';
import { badInputSuite, type BadCase } from './harness';

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
const BAD_DATES = ['2026-02-30', '2026-13-45', 'not a date', '2026', '11/01/2026', '2026-02-29', '2026-04-31', '2026-11-01T24:00:00', '01.11.2026', '2026-00-10', '2026-11-00', '20261101'];
const cases: BadCase[] = [];
const good = { created: '2026-11-01', due: '2026-12-01', posted: '2026-11-01', rateDate: '2026-11-01', currency: 'GBP', base: 'USD' };
const withDue = invoice({ datedue: '={{ $json.due }}' });
const withPosted = invoice({ datedue: '2026-12-01', dateposted: '={{ $json.posted }}' });
const withRate = invoice({ datedue: '2026-12-01', currency: 'GBP', exchratedate: '={{ $json.rateDate }}', exchratetype: 'Intacct Daily Rate' });
const withCurrency = invoice({ datedue: '2026-12-01', currency: '={{ $json.currency }}', exchratetype: 'Intacct Daily Rate' });
const withBase = invoice({ datedue: '2026-12-01', currency: 'GBP', basecurr: '={{ $json.base }}', exchratetype: 'Intacct Daily Rate' });

for (const d of BAD_DATES) cases.push({ name: `AR invoice: Date Created ${d}`, params: withDue, good, bad: { ...good, created: d }, field: '"Date Created"', fix: DATE_FIX });
for (const d of BAD_DATES) cases.push({ name: `AR invoice: Due Date ${d}`, params: withDue, good, bad: { ...good, due: d }, field: '"Due Date"', fix: DATE_FIX });
for (const d of BAD_DATES.slice(0, 8)) cases.push({ name: `AR invoice: GL Posting Date ${d}`, params: withPosted, good, bad: { ...good, posted: d }, field: '"GL Posting Date"', fix: DATE_FIX });
for (const d of BAD_DATES.slice(0, 6)) cases.push({ name: `AR invoice: Exchange Rate Date ${d}`, params: withRate, good, bad: { ...good, rateDate: d }, field: '"Exchange Rate Date"', fix: DATE_FIX });
for (const c of ['XYZ', 'GBX', 'EURO', 'US$', 'pounds', '826', 'G B P', 'XTS']) cases.push({ name: `AR invoice: Currency ${c}`, params: withCurrency, good, bad: { ...good, currency: c }, field: '"Currency"', fix: /ISO 4217.*GBP/ });
for (const c of ['USDD', 'dollar', 'ABC', 'U5D']) cases.push({ name: `AR invoice: Base Currency ${c}`, params: withBase, good, bad: { ...good, base: c }, field: '"Base Currency"', fix: /ISO 4217/ });

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
							{ name: 'Intacct', type: INTACCT_NODE_TYPE, parameters: { idempotencyKey: '', ...params }, onError: 'continueRegularOutput' },
						],
						connections: connectChain('Start', 'Intacct'),
						pinData: { Start: items },
					},
					...intacctEngineOptions(sandbox),
				}),
			// Every Intacct call is a POST; the invoice writes are counted in the store (stored) instead.
			isWrite: (e) => /create_invoice/.test(e.operation ?? '') && (e.operation ?? '').split('create_invoice').length > 2,
			secrets: [C.senderPassword, C.userPassword],
			stored: () => sandbox.state.system('intacct')!.store.count('ARINVOICE'),
		},
		cases.map((tc) => ({ ...tc, goodWrites: 0, storedDelta: 1 })),
	);
});
