import type { IDataObject } from 'n8n-workflow';
import { parseMappingTables } from '../../../nodes/AccountingMapper/mappings/tables';
import { arPayment, charge, creditNote, IDS, invoiceGbp, overpayment, tables } from './fixtures';
import { runMapper } from './harness';

type Tables = ReturnType<typeof tables>;

function without(table: string, source: string): Tables {
	const t = tables();
	t[table] = (t[table] as IDataObject[]).filter((r) => r.source !== source);
	return t;
}

async function needsMapping(resource: string, operation: string, record: IDataObject, t: Tables): Promise<IDataObject> {
	const { mapped, needsMapping } = await runMapper(resource, operation, [record], t);
	expect(mapped).toEqual([]);
	expect(needsMapping).toHaveLength(1);
	expect(needsMapping[0]!.pairedItem).toEqual({ item: 0 });
	return needsMapping[0]!.json;
}

/** One test per mapping table: a missing row routes the item to "Needs mapping", named. */
describe('a missing mapping row goes to "Needs mapping" and names record, field, value and table', () => {
	it('accounts: an unknown revenue account', async () => {
		const out = await needsMapping(
			'officeRndToIntacct',
			'invoiceToArInvoice',
			invoiceGbp(),
			without('accounts', IDS.revMeeting),
		);
		expect(out).toMatchObject({
			table: 'accounts',
			field: 'lines[2].account',
			value: IDS.revMeeting,
			record: { system: 'officernd', type: 'invoice', id: IDS.invGbp, number: 'INV-1042' },
		});
		// The same key the mapped item would carry, so a fixed and re-run record is still recognised.
		expect(out.idempotencyKey).toBe('officernd:invoice.66a0c0ffee0000000000a001:2025-03-01T02:00:00.000Z');
		expect(out.error).toBe(
			`officernd invoice ${IDS.invGbp} (INV-1042): no row for lines[2].account "${IDS.revMeeting}" in the mapping table "accounts". Add a row with source "${IDS.revMeeting}" to "accounts" (with column "glAccount").`,
		);
	});

	it('accounts: a row without the column the conversion needs (Order Entry item)', async () => {
		const t = tables();
		(t.accounts as IDataObject[]).find((r) => r.source === IDS.revLateFee)!.itemId = '';
		const out = await needsMapping('officeRndToIntacct', 'invoiceToOeSalesInvoice', invoiceGbp(), t);
		expect(out).toMatchObject({ table: 'accounts', field: 'lines[3].account', value: IDS.revLateFee });
		expect(out.error).toMatch(/its column "itemId" is empty/);
	});

	it('accounts: the "discount" role row', async () => {
		const out = await needsMapping(
			'officeRndToIntacct',
			'invoiceToArInvoice',
			invoiceGbp(),
			without('accounts', 'discount'),
		);
		expect(out).toMatchObject({ table: 'accounts', field: 'lines[2].discount', value: 'discount' });
	});

	it('taxCodes: an unknown tax rate', async () => {
		const out = await needsMapping(
			'officeRndToIntacct',
			'invoiceToArInvoice',
			invoiceGbp(),
			without('taxCodes', IDS.taxUk20),
		);
		expect(out).toMatchObject({ table: 'taxCodes', field: 'lines[1].taxRate', value: IDS.taxUk20 });
		expect(out.error).toContain('"taxCodes"');
	});

	it('dimensions: an unknown location', async () => {
		const out = await needsMapping(
			'officeRndToIntacct',
			'invoiceToArInvoice',
			invoiceGbp(),
			without('dimensions', IDS.locLondon),
		);
		expect(out).toMatchObject({ table: 'dimensions', field: 'location', value: IDS.locLondon });
	});

	it('paymentMethods: an unknown payment account', async () => {
		const out = await needsMapping(
			'officeRndToIntacct',
			'chargeToArPayment',
			charge(),
			without('paymentMethods', 'Credit Card'),
		);
		expect(out).toMatchObject({
			table: 'paymentMethods',
			field: 'method',
			value: 'Credit Card',
			record: { type: 'charge', id: IDS.charge },
		});
	});

	it('customers: a company with no customer id (strategy "table")', async () => {
		const out = await needsMapping(
			'officeRndToIntacct',
			'invoiceToArInvoice',
			invoiceGbp(),
			without('customers', IDS.companyAcme),
		);
		expect(out).toMatchObject({ table: 'customers', field: 'company', value: IDS.companyAcme });
	});

	it('documentLinks: an invoice not yet synced (credit applied to it)', async () => {
		const out = await needsMapping(
			'officeRndToIntacct',
			'creditNoteAllocationsToArPayment',
			creditNote(),
			without('documentLinks', IDS.invGbp),
		);
		expect(out).toMatchObject({ table: 'documentLinks', field: 'allocation.target', value: IDS.invGbp });
		expect(out.error).toMatch(/target = the Intacct RECORDNO/);
	});

	it('documentLinks: an Intacct invoice with no OfficeRnD invoice (payment back to OfficeRnD)', async () => {
		const out = await needsMapping('intacctToOfficeRnd', 'arPaymentToCharges', arPayment(), tables());
		expect(out).toMatchObject({
			table: 'documentLinks',
			field: 'ARPYMTDETAILS.RECORDKEY',
			record: { system: 'intacct', type: 'ARPYMT', id: '8841' },
		});
	});

	it('statuses: a status rule whose target Intacct does not accept is an error, not a guess', async () => {
		const t = tables();
		t.statuses = [{ source: 'awaiting_payment', target: 'Posted' }];
		const result = await runMapper('officeRndToIntacct', 'invoiceToArInvoice', [invoiceGbp()], t, {}, true);
		expect(result.mapped[0]!.json.error).toMatch(
			/statuses table maps "awaiting_payment" to "Posted"; Intacct accepts Draft or Submit/,
		);
	});

	it('one item needing mapping never sinks the others', async () => {
		const other = { ...overpayment(), _id: '66a0c0ffee0000000000a099', company: '66a0c0ffee0000000000c099' };
		const { mapped, needsMapping: nm } = await runMapper(
			'officeRndToIntacct',
			'overpaymentToArAdvance',
			[overpayment(), other],
			tables(),
		);
		expect(mapped).toHaveLength(1);
		expect(mapped[0]!.pairedItem).toEqual({ item: 0 });
		expect(nm).toHaveLength(1);
		expect(nm[0]!.pairedItem).toEqual({ item: 1 });
		expect(nm[0]!.json.value).toBe('66a0c0ffee0000000000c099');
	});
});

describe('mapping tables are validated when the node runs', () => {
	it('names the table, row and column of a misspelt column', () => {
		expect(() => parseMappingTables({ accounts: [{ source: '4000', glaccount: '4000' }] })).toThrow(
			/Mapping table "accounts" row 1.*glaccount/,
		);
	});

	it('names a bad payment method value', () => {
		expect(() => parseMappingTables({ paymentMethods: [{ source: 'Card', paymentMethod: 'Visa' }] })).toThrow(
			/Mapping table "paymentMethods" row 1, column "paymentMethod"/,
		);
	});

	it('refuses two rows for the same source', () => {
		expect(() =>
			parseMappingTables({
				taxCodes: [
					{ source: 'T1', taxGlAccount: '2200' },
					{ source: 'T1', taxGlAccount: '2210' },
				],
			}),
		).toThrow(/"taxCodes" row 2: source "T1" appears twice/);
	});

	it('refuses unknown settings', () => {
		expect(() => parseMappingTables({ settings: { numberingOwner: 'intacct' } })).toThrow(/settings/);
	});

	it('fails the run with a clear message when the JSON tables are not JSON', async () => {
		await expect(
			runMapper('officeRndToIntacct', 'invoiceToArInvoice', [invoiceGbp()], '{"accounts": ['),
		).rejects.toThrow(/Mapping tables \(JSON\): not valid JSON/);
	});

	it('reads rows edited in the node (fixedCollection) the same way as JSON', async () => {
		const t = tables();
		const rows = Object.fromEntries(
			['accounts', 'taxCodes', 'dimensions', 'paymentMethods', 'customers', 'documentLinks', 'statuses'].map((name) => [
				name,
				t[name],
			]),
		);
		const fromUi = await runMapper(
			'officeRndToIntacct',
			'invoiceToArInvoice',
			[invoiceGbp()],
			{},
			{
				mappingSource: 'ui',
				mappingTables: rows,
				mappingSettings: t.settings as IDataObject,
			},
		);
		const fromJson = await runMapper('officeRndToIntacct', 'invoiceToArInvoice', [invoiceGbp()], t);
		expect(fromUi.mapped[0]!.json).toEqual(fromJson.mapped[0]!.json);
		expect(fromUi.mapped[0]!.json.target).toBe('create_invoice');
	});
});
