/**
 * Every request the receivables operations send, captured on the wire (a recording proxy in front of
 * the sandbox) and validated against Sage's api.xsd (2019 R3), for each operation and each option
 * that changes the XML. Known exceptions, asserted precisely: `retrievepdf` is newer than the 2019
 * schema, and tax entries (taxsolutionid / taxentries, 2020 R4) are outside it by design.
 */
import type { IDataObject } from 'n8n-workflow';
import { useRecordedIntacct } from '../../helpers/intacctWire';

const wire = useRecordedIntacct();
const { run, validate, validateMany, captured } = wire;

const L = (amount: number, extra: IDataObject = {}) => ({ glaccountno: '4000', amount, locationid: 'US', ...extra });
const inv = (extra: IDataObject = {}, more: IDataObject = {}) => ({
	resource: 'arInvoice',
	operation: 'create',
	recordSource: 'fields',
	customerId: 'C-0001',
	dateCreated: '2026-11-01T00:00:00',
	lines: {
		line: [
			L(100, {
				memo: 'm',
				departmentid: 'D1',
				projectid: '',
				classid: '',
				itemid: 'DESK-HOT',
				offsetglaccountno: '1100',
			}),
			L(-5),
		],
	},
	additionalFields: { datedue: '2026-12-01T00:00:00', ...extra },
	...more,
});

describe('receivables requests validate against api.xsd', () => {
	it('every request of every operation and XML-changing option', async () => {
		// Reference data the lines point at, so every write succeeds.
		wire.sandbox.state
			.system('intacct')!
			.store.insert('DEPARTMENT', { DEPARTMENTID: 'D1', TITLE: 'Ops', STATUS: 'active' });
		await run('invoice: minimal, Intacct numbering', inv());
		await run('invoice: our number, Draft, GBP with rate type, contacts, custom fields, batch, nogl', {
			...inv({
				invoiceno: 'X-1',
				action: 'Draft',
				currency: 'GBP',
				exchratetype: 'Intacct Daily Rate',
				exchratedate: '2026-11-01T00:00:00',
				billtoContact: 'A',
				shiptoContact: 'B',
				ponumber: 'PO',
				description: 'd',
				externalid: 'ext-1',
				supdocid: 'S1',
				nogl: true,
				dateposted: '2026-11-02T00:00:00',
				basecurr: 'USD',
				termname: 'Net 30',
			}),
			customFields: { field: [{ customfieldname: 'CF1', customfieldvalue: 'v' }] },
		});
		await run('invoice: fixed exchange rate', inv({ invoiceno: 'X-2', currency: 'EUR', exchrate: 1.1 }));
		await run(
			'invoice: whole record from input',
			{ resource: 'arInvoice', operation: 'create', recordSource: 'json', record: '={{ $json }}' },
			[
				{
					invoiceitems: { lineitem: { amount: 10.555, locationid: 'US', glaccountno: '4010' } },
					datecreated: '2026-11-03',
					customerid: 'C-0002',
					termname: 'Net 15',
					invoiceno: 'X-3',
				},
			],
		);
		await run('invoice: keyed (uniqueid=true)', { ...inv({ invoiceno: 'X-4' }), idempotencyKey: 'k-x4' });
		await run('invoice: all or nothing', { ...inv({ invoiceno: 'X-5' }), writeOptions: { transaction: true } });
		await run('invoice: entity session', { ...inv({ invoiceno: 'X-6' }), writeOptions: { entity: 'US' } });
		await run('invoice: tax entries (outside the 2019 schema)', {
			...inv({ invoiceno: 'X-7', taxsolutionid: 'United Kingdom - VAT' }),
			sendTaxEntries: true,
			lines: { line: [L(100, { taxDetailId: 'UK Sale Goods Standard Rate', taxAmount: '20' })] },
		});
		await run('invoice: update header', {
			resource: 'arInvoice',
			operation: 'update',
			recordSource: 'fields',
			recordNo: '1',
			updateFields: {
				description: 'u',
				datedue: '2026-12-20T00:00:00',
				currency: 'USD',
				exchratetype: 'Intacct Daily Rate',
			},
		});
		await run('invoice: update lines', {
			resource: 'arInvoice',
			operation: 'update',
			recordSource: 'fields',
			recordNo: '1',
			changedLines: { line: [{ line_num: 1, amount: '90', memo: 'c' }] },
			addedLines: { line: [L(3)] },
			customFields: { field: [{ customfieldname: 'CF1', customfieldvalue: 'w' }] },
		});
		await run(
			'invoice: upsert (update + create)',
			{ ...inv({ invoiceno: '={{ $json.no }}' }), operation: 'upsert', matchOn: 'invoiceno' },
			[{ no: 'X-2' }, { no: 'X-8' }],
		);
		await run('invoice: upsert by external id', {
			...inv({ externalid: 'ext-1' }),
			operation: 'upsert',
			matchOn: 'externalid',
		});
		await run('invoice: reverse', {
			resource: 'arInvoice',
			operation: 'reverse',
			recordSource: 'fields',
			recordNo: '3',
			dateReversed: '2026-11-30T00:00:00',
			reversalDescription: 'r',
		});
		await run('invoice: get', {
			resource: 'arInvoice',
			operation: 'get',
			recordNo: '1',
			options: { fields: 'RECORDNO,STATE' },
		});
		await run('invoice: get many with filters', {
			resource: 'arInvoice',
			operation: 'getAll',
			returnAll: true,
			filters: {
				customerId: 'C-0001',
				moduleKey: '4.AR',
				state: 'Posted',
				modifiedSince: '2020-01-01T00:00:00',
				query: 'TOTALDUE > 0',
			},
		});
		await run('invoice: get pdf', {
			resource: 'arInvoice',
			operation: 'getPdf',
			recordNo: '1',
			binaryPropertyName: 'data',
		});
		await run('invoice: delete', { resource: 'arInvoice', operation: 'delete', recordSource: 'fields', recordNo: '4' });

		const memo = {
			resource: 'arAdjustment',
			operation: 'create',
			recordSource: 'fields',
			memoType: 'credit',
			customerId: 'C-0001',
			dateCreated: '2026-11-05T00:00:00',
			lines: { line: [L(30, { glaccountno: '4900' })] },
		};
		await run('adjustment: credit memo', {
			...memo,
			additionalFields: {
				adjustmentno: 'CM-1',
				invoiceno: 'X-1',
				description: 'd',
				externalid: 'e',
				action: 'Submit',
				dateposted: '2026-11-06T00:00:00',
			},
		});
		await run('adjustment: debit memo, currency + rate', {
			...memo,
			memoType: 'debit',
			additionalFields: { currency: 'GBP', exchrate: 1.3, basecurr: 'USD' },
		});
		await run('adjustment: tax entries (outside the 2019 schema)', {
			...memo,
			sendTaxEntries: true,
			lines: { line: [L(30, { taxDetailId: 'UK Sale Goods Standard Rate' })] },
			additionalFields: { taxsolutionid: 'United Kingdom - VAT' },
		});
		await run('adjustment: update', {
			resource: 'arAdjustment',
			operation: 'update',
			recordSource: 'fields',
			recordNo: '1',
			updateFields: { description: 'x', datecreated: '2026-11-07T00:00:00', action: 'Submit' },
			changedLines: { line: [{ line_num: 1, amount: '-40' }] },
			addedLines: { line: [L(-1)] },
		});
		await run('adjustment: get, get many, delete', { resource: 'arAdjustment', operation: 'get', recordNo: '1' });
		await run('adjustment: get many', {
			resource: 'arAdjustment',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: { state: 'Posted' },
		});
		await run('adjustment: delete', {
			resource: 'arAdjustment',
			operation: 'delete',
			recordSource: 'fields',
			recordNo: '2',
		});

		await run('advance: create', {
			resource: 'arAdvance',
			operation: 'create',
			recordSource: 'fields',
			customerId: 'C-0001',
			paymentMethod: 'Cash',
			paymentDate: '2026-11-02T00:00:00',
			receiptDate: '2026-11-02T00:00:00',
			depositTo: 'UNDEPOSITEDACCOUNTNO',
			depositAccount: '1200',
			lines: { line: [{ ACCOUNTNO: '2400', TRX_AMOUNT: 20, LOCATIONID: 'US' }] },
		});
		await run('advance: get, get many', { resource: 'arAdvance', operation: 'get', recordNo: '1' });
		await run('advance: get many', { resource: 'arAdvance', operation: 'getAll', returnAll: true });
		await run('payment: create with credits and overpayment', {
			resource: 'arPayment',
			operation: 'create',
			recordSource: 'fields',
			customerId: 'C-0001',
			paymentMethod: 'EFT',
			receiptDate: '2026-11-20T00:00:00',
			currency: 'USD',
			depositTo: 'FINANCIALENTITY',
			depositAccount: 'BOA-OPS',
			applications: {
				detail: [
					{
						targetType: 'RECORDKEY',
						targetKey: '1',
						amount: 10,
						creditType: 'ADJUSTMENTKEY',
						creditKey: '1',
						creditAmount: 5,
					},
					{
						targetType: 'RECORDKEY',
						targetKey: '1',
						amount: 0,
						creditType: 'ADVANCEKEY',
						creditKey: '1',
						creditAmount: 20,
					},
				],
			},
			additionalFields: {
				OVERPAYMENTAMOUNT: 3,
				OVERPAYMENTLOCATIONID: 'US',
				DOCNUMBER: 'C1',
				PAYMENTDATE: '2026-11-20T00:00:00',
			},
		});
		await run('payment: reverse', {
			resource: 'arPayment',
			operation: 'reverse',
			recordSource: 'fields',
			recordNo: '1',
			dateReversed: '2026-11-25T00:00:00',
			nsfClosedAccount: true,
			reversalDescription: 'nsf',
		});
		await run('payment: get', { resource: 'arPayment', operation: 'get', recordNo: '1' });
		await run('payment: get many', {
			resource: 'arPayment',
			operation: 'getAll',
			returnAll: true,
			filters: { paymentMethod: 'EFT' },
		});
		await run('payment: delete', { resource: 'arPayment', operation: 'delete', recordSource: 'fields', recordNo: '1' });

		const so = {
			resource: 'orderEntryTransaction',
			operation: 'create',
			recordSource: 'fields',
			transactionType: 'Sales Invoice',
			customerId: 'C-0003',
			dateCreated: '2026-11-03T00:00:00',
			items: {
				item: [
					{
						itemid: 'MEET-HR',
						quantity: 3,
						locationid: 'US',
						price: '40',
						unit: 'Hour',
						discountpercent: 10,
						departmentid: 'D1',
						memo: 'm',
					},
				],
			},
		};
		await run('order entry: create, auto number', { ...so, additionalFields: { termname: 'Net 30' } });
		await run('order entry: our number, state, currency + rate, dates', {
			...so,
			transactionType: 'Sales Order',
			additionalFields: {
				documentno: 'SO-1',
				referenceno: 'R',
				state: 'Pending',
				currency: 'GBP',
				exchrate: 1.27,
				datedue: '2026-12-03T00:00:00',
				dateposted: '2026-11-03T00:00:00',
				message: 'hi',
				externalid: 'e',
			},
		});
		await run('order entry: get with definition', {
			resource: 'orderEntryTransaction',
			operation: 'get',
			recordNo: '1',
			docparid: 'Sales Invoice',
		});
		await run('order entry: get many', {
			resource: 'orderEntryTransaction',
			operation: 'getAll',
			returnAll: true,
			filters: { transactionType: 'Sales Order', customerId: 'C-0003', state: 'Pending' },
		});

		const problems: string[] = [];
		const seen = new Set<string>();
		const results = await validateMany(captured.map((c) => c.xml));
		const stripped: string[] = [];
		captured.forEach(({ label: name, xml }, n) => {
			const fn = /<content><function controlid="[^"]*"><(\w+)/.exec(xml)?.[1] ?? '?';
			seen.add(fn);
			const result = results[n];
			if (fn === 'retrievepdf') {
				// Newer than the 2019 schema: the only complaint is the function itself.
				expect(result.valid).toBe(false);
				expect(result.errors.every((e) => /retrievepdf/.test(e))).toBe(true);
			} else if (/taxentries|taxsolutionid/.test(xml)) {
				expect(result.valid).toBe(false);
				expect(result.errors.every((e) => /taxentries|taxsolutionid/.test(e))).toBe(true);
				// The same request without the 2020 R4 elements must be valid.
				stripped.push(
					xml.replace(/<taxsolutionid>[^<]*<\/taxsolutionid>/g, '').replace(/<taxentries>.*?<\/taxentries>/g, ''),
				);
			} else if (!result.valid) {
				problems.push(`${name} (${fn}): ${result.errors.join('; ')}`);
			}
		});
		expect(stripped).toHaveLength(2);
		expect(await validateMany(stripped)).toEqual(stripped.map(() => ({ valid: true, errors: [] })));
		expect(problems).toEqual([]);
		expect([...seen].sort()).toEqual(
			[
				'create',
				'create_aradjustment',
				'create_invoice',
				'create_sotransaction',
				'delete',
				'getAPISession',
				'read',
				'readByQuery',
				'retrievepdf',
				'reverse_arpayment',
				'reverse_invoice',
				'update_aradjustment',
				'update_invoice',
			].sort(),
		);
		expect(captured.some((c) => c.xml.includes('<uniqueid>true</uniqueid>'))).toBe(true);
		expect(captured.some((c) => c.xml.includes('transaction="true"'))).toBe(true);
		expect(captured.filter((c) => /taxentries/.test(c.xml))).toHaveLength(2);
	}, 180_000);

	it('the check can fail: a line out of schema order is reported', async () => {
		const good = captured.find((c) => c.xml.includes('<create_invoice>'))!.xml;
		const bad = good.replace(
			/<lineitem><glaccountno>4000<\/glaccountno>/,
			'<lineitem><memo>x</memo><glaccountno>4000</glaccountno>',
		);
		expect(bad).not.toBe(good);
		expect((await validate(bad)).valid).toBe(false);
	});
});
