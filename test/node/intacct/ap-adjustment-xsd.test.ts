/**
 * Every request the AP Adjustment operations send (Create in each XML-changing variant, Get, Get
 * Many, Delete), captured on the wire (a recording proxy in front of the sandbox) and validated
 * against Sage's api.xsd (2019 R3). Known exception, asserted precisely: tax entries
 * (taxsolutionid / taxentries, 2020 R4) are outside the 2019 schema by design.
 */
import type { IDataObject } from 'n8n-workflow';
import { useRecordedIntacct } from '../../helpers/intacctWire';

// The first engine run of a file can take seconds on the shared machine: more than jest's 5 s default.
jest.setTimeout(60_000);

const wire = useRecordedIntacct();
const { run, validate, validateMany, captured } = wire;

const L = (amount: number, extra: IDataObject = {}) => ({ glaccountno: '5000', amount, locationid: 'US', ...extra });
const memo = (extra: IDataObject = {}, more: IDataObject = {}) => ({
	resource: 'apAdjustment',
	operation: 'create',
	recordSource: 'fields',
	memoType: 'debit',
	vendorId: 'V-0001',
	dateCreated: '2026-11-05T00:00:00',
	lines: {
		line: [L(30, { memo: 'm', departmentid: 'FAC', projectid: 'P-0001', classid: '', customerid: 'C-0001' }), L(5)],
	},
	additionalFields: extra,
	...more,
});

describe('AP adjustment requests validate against api.xsd', () => {
	it('every request of every operation and XML-changing option', async () => {
		await run('create: minimal, Intacct numbering', memo());
		await run(
			'create: number, bill, Draft, description, external id, posting date',
			memo({
				adjustmentno: 'VC-1',
				billno: 'B-1',
				action: 'Draft',
				description: 'd',
				externalid: 'e-1',
				dateposted: '2026-11-06T00:00:00',
			}),
		);
		await run(
			'create: credit memo, currency + rate, base currency',
			memo({ adjustmentno: 'VC-2', currency: 'GBP', exchrate: 1.3, basecurr: 'USD' }, { memoType: 'credit' }),
		);
		await run(
			'create: currency + rate type',
			memo({ adjustmentno: 'VC-3', currency: 'GBP', exchratetype: 'Intacct Daily Rate' }),
		);
		await run(
			'create: as entered',
			memo({ adjustmentno: 'VC-4' }, { memoType: 'asEntered', lines: { line: [L(-7), L(2)] } }),
		);
		await run('create: keyed (uniqueid=true)', { ...memo({ adjustmentno: 'VC-5' }), idempotencyKey: 'k-vc5' });
		await run(
			'create: whole record from input, keys in any order',
			{ resource: 'apAdjustment', operation: 'create', recordSource: 'json', record: '={{ $json }}' },
			[
				{
					apadjustmentitems: { lineitem: { amount: '-10.555', locationid: 'US', glaccountno: '5000' } },
					externalid: 'rl-1',
					datecreated: '2026-11-03',
					vendorid: 'V-0003',
					action: 'Submit',
				},
			],
		);
		await run(
			'create: tax entries (outside the 2019 schema)',
			memo(
				{ adjustmentno: 'VC-6', taxsolutionid: 'United Kingdom - VAT' },
				{
					sendTaxEntries: true,
					lines: { line: [L(100, { taxDetailId: 'UK Purchase Goods Standard Rate', taxAmount: '20' })] },
				},
			),
		);
		await run('get', { resource: 'apAdjustment', operation: 'get', recordNo: '1' });
		await run('get many', {
			resource: 'apAdjustment',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: { vendorId: 'V-0001', state: 'Posted', adjustmentNumber: 'VC-1' },
		});
		await run('delete', { resource: 'apAdjustment', operation: 'delete', recordSource: 'fields', recordNo: '1' });

		const problems: string[] = [];
		const seen = new Set<string>();
		const results = await validateMany(captured.map((c) => c.xml));
		const stripped: string[] = [];
		captured.forEach(({ label: name, xml }, n) => {
			const fn = /<content><function controlid="[^"]*"><(\w+)/.exec(xml)?.[1] ?? '?';
			seen.add(fn);
			const result = results[n];
			if (/taxentries|taxsolutionid/.test(xml)) {
				expect(result.valid).toBe(false);
				expect(result.errors.every((e) => /taxentries|taxsolutionid/.test(e))).toBe(true);
				stripped.push(
					xml.replace(/<taxsolutionid>[^<]*<\/taxsolutionid>/g, '').replace(/<taxentries>.*?<\/taxentries>/g, ''),
				);
			} else if (!result.valid) {
				problems.push(`${name} (${fn}): ${result.errors.join('; ')}`);
			}
		});
		expect(stripped).toHaveLength(1);
		expect(await validateMany(stripped)).toEqual([{ valid: true, errors: [] }]);
		expect(problems).toEqual([]);
		expect([...seen].sort()).toEqual(['create_apadjustment', 'delete', 'getAPISession', 'read', 'readByQuery'].sort());
		expect(captured.filter((c) => c.xml.includes('<create_apadjustment>'))).toHaveLength(8);
		expect(captured.some((c) => c.xml.includes('<uniqueid>true</uniqueid>'))).toBe(true);
		// Line amounts carry the memo's sign: debit memo lines negative, credit memo lines positive.
		expect(
			captured.find((c) => c.label.startsWith('create: minimal') && c.xml.includes('<create_apadjustment>'))!.xml,
		).toContain('<amount>-30.00</amount>');
		expect(
			captured.find((c) => c.label.startsWith('create: credit memo') && c.xml.includes('<create_apadjustment>'))!.xml,
		).toContain('<amount>30.00</amount>');
	}, 180_000);

	it('the check can fail: a header element out of schema order is reported', async () => {
		const good = captured.find((c) => c.xml.includes('<billno>B-1</billno>'))!.xml;
		const bad = good
			.replace('<billno>B-1</billno>', '')
			.replace('<apadjustmentitems>', '<billno>B-1</billno><apadjustmentitems>');
		expect(bad).not.toBe(good);
		expect((await validate(good)).valid).toBe(true);
		expect((await validate(bad)).valid).toBe(false);
	});
});
