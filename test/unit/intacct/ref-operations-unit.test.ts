/**
 * Pure pieces of the generic operations: UI values -> Intacct records (paths, dates, money, zero
 * defaults), the query function's body, and the Raw XML function's checks.
 */
import {
	recordFromValues,
	roundMoney,
	toUsDate,
	type FieldSpec,
} from '../../../nodes/SageIntacct/generic/objectOperations';
import { buildQueryBody } from '../../../nodes/SageIntacct/actions/anyObject/query.operation';
import { parseFunctionXml } from '../../../nodes/SageIntacct/actions/anyObject/rawXml.operation';
import { keyList, objectName } from '../../../nodes/SageIntacct/generic/names';
import { apBillSpec } from '../../../nodes/SageIntacct/actions/apBill/spec';
import { customerSpec } from '../../../nodes/SageIntacct/actions/customer/spec';
import { defaultPrintAs } from '../../../nodes/SageIntacct/generic/party';
import { toXml } from '../../../nodes/SageIntacct/transport/xml';

describe('values to records', () => {
	it('nests by path, converts dates to mm/dd/yyyy, rounds money, writes booleans as text, skips empties', () => {
		const record = recordFromValues(customerSpec.fields, {
			name: 'N',
			city: 'Leeds',
			email: '',
			creditLimit: 10.005,
			onHold: true,
			termName: 'Net 30',
		});
		expect(record).toEqual({
			NAME: 'N',
			DISPLAYCONTACT: { MAILADDRESS: { CITY: 'Leeds' } },
			CREDITLIMIT: '10.01',
			ONHOLD: 'true',
			TERMNAME: 'Net 30',
		});
		defaultPrintAs(record);
		expect(record.DISPLAYCONTACT).toEqual({ MAILADDRESS: { CITY: 'Leeds' }, PRINTAS: 'N' });
	});

	it('line defaults of 0 for optional amounts and a tax amount without a tax detail are not sent', () => {
		const line = recordFromValues(apBillSpec.lines!.fields, {
			accountNo: '6000',
			amount: 0,
			totalAmount: 0,
			taxAmount: 0,
			taxDetailId: '',
			locationId: 'US',
		});
		expect(line).toEqual({ ACCOUNTNO: '6000', TRX_AMOUNT: '0.00', LOCATIONID: 'US' });
		const taxed = recordFromValues(apBillSpec.lines!.fields, {
			accountNo: '6000',
			amount: 10,
			taxDetailId: 'T',
			taxAmount: 2,
		});
		expect(taxed.TAXENTRIES).toEqual({ TAXENTRY: { DETAILID: 'T', TRX_TAX: '2.00' } });
	});

	it('dates: ISO and mm/dd/yyyy accepted, anything else names the field', () => {
		expect(toUsDate('2026-02-03T10:00:00', 'X')).toBe('02/03/2026');
		expect(toUsDate('02/03/2026', 'X')).toBe('02/03/2026');
		expect(() => toUsDate('3rd Feb', 'APBILLITEM[1].DATE')).toThrow(
			/"APBILLITEM\[1\]\.DATE" must be a date, got "3rd Feb"; write it as YYYY-MM-DD/,
		);
		expect(() => roundMoney('ten', 'AMOUNT')).toThrow(/AMOUNT: "ten" is not an amount/);
	});

	it('a field spec type drives the conversion', () => {
		const spec: FieldSpec[] = [{ name: 'd', path: 'A.B', title: 'D', kind: 'dateTime' }];
		expect(recordFromValues(spec, { d: '2026-12-31' })).toEqual({ A: { B: '12/31/2026' } });
	});
});

describe('query function body', () => {
	it('one condition is the top-level operator; several go under and/or; values, order, options, paging', () => {
		const one = toXml(
			buildQueryBody({
				object: 'VENDOR',
				fields: ['VENDORID'],
				conditions: [{ field: 'STATUS', operator: 'equalto', value: 'active' }],
				combine: 'and',
				orders: [],
				pagesize: 2000,
				offset: 0,
			}),
		);
		expect(one).toBe(
			'<query><object>VENDOR</object><select><field>VENDORID</field></select><filter><equalto><field>STATUS</field><value>active</value></equalto></filter><pagesize>2000</pagesize><offset>0</offset></query>',
		);
		const many = toXml(
			buildQueryBody({
				object: 'VENDOR',
				fields: ['VENDORID', 'NAME'],
				conditions: [
					{ field: 'CURRENCY', operator: 'in', value: 'USD, EUR' },
					{ field: 'RECORDNO', operator: 'between', value: '1,5' },
					{ field: 'TAXID', operator: 'isnull' },
				],
				combine: 'or',
				orders: [{ field: 'NAME', direction: 'descending' }],
				caseInsensitive: true,
				showPrivate: true,
				pagesize: 10,
				offset: 20,
			}),
		);
		expect(many).toContain(
			'<filter><or><in><field>CURRENCY</field><value>USD</value><value>EUR</value></in><between><field>RECORDNO</field><value>1</value><value>5</value></between><isnull><field>TAXID</field></isnull></or></filter>',
		);
		expect(many).toContain('<orderby><order><field>NAME</field><descending></descending></order></orderby>');
		expect(many).toContain(
			'<options><caseinsensitive>true</caseinsensitive><showprivate>true</showprivate></options><pagesize>10</pagesize><offset>20</offset>',
		);
		expect(() =>
			buildQueryBody({
				object: 'V',
				fields: ['A'],
				conditions: [{ field: 'X', operator: 'between', value: '1' }],
				combine: 'and',
				orders: [],
				pagesize: 1,
				offset: 0,
			}),
		).toThrow(/two values/);
	});
});

describe('Raw XML function and names', () => {
	it('parses one function element with attributes and escapes values again on output', () => {
		const node = parseFunctionXml(
			'<get_list object="customer" maxitems="10"><filter><expression><field>name</field><operator>=</operator><value>A &amp; B</value></expression></filter></get_list>',
		);
		expect(toXml(node)).toBe(
			'<get_list object="customer" maxitems="10"><filter><expression><field>name</field><operator>=</operator><value>A &amp; B</value></expression></filter></get_list>',
		);
	});

	it('refuses bad XML, several roots, and any envelope or credential element', () => {
		expect(() => parseFunctionXml('<read><object>X</read>')).toThrow(/does not parse/);
		expect(() => parseFunctionXml('<a/><b/>')).toThrow(/exactly one root/);
		expect(() => parseFunctionXml('')).toThrow(/empty/);
		for (const bad of [
			'<login><userid>u</userid></login>',
			'<read><sessionid>s</sessionid></read>',
			'<function controlid="x"><read/></function>',
		]) {
			expect(() => parseFunctionXml(bad)).toThrow(/written by the node/);
		}
	});

	it('object names and key lists are checked before anything is sent', () => {
		expect(objectName('vendor')).toBe('VENDOR');
		expect(() => objectName('VENDOR; DROP')).toThrow(/not a Sage Intacct object name/);
		expect(keyList(' 1, 2 ,,3')).toBe('1,2,3');
		expect(() => keyList(Array.from({ length: 101 }, (_, i) => i).join(','))).toThrow(/at most 100/);
		expect(() => keyList('')).toThrow(/at least one/);
	});
});

describe('tax entries on AP bill lines: why bills use the generic APBILL', () => {
	const { LEGACY_SCHEMA } =
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		require('../../../nodes/SageIntacct/transport/legacySchema.generated') as typeof import('../../../nodes/SageIntacct/transport/legacySchema.generated');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { validateIntacctRequest } = require('../../helpers/xsd') as typeof import('../../helpers/xsd');

	it('the 2019 legacy create_bill line has no taxentries, so a legacy bill with tax entries is schema-invalid', async () => {
		expect(LEGACY_SCHEMA.create_bill.children).toContain('billitems');
		expect(LEGACY_SCHEMA.lineitem.children).not.toContain('taxentries');
		const legacy = await validateIntacctRequest([
			{
				controlId: 'b1',
				body: {
					create_bill: {
						vendorid: 'V-1',
						datecreated: { year: '2026', month: '01', day: '01' },
						datedue: { year: '2026', month: '02', day: '01' },
						billitems: { lineitem: { glaccountno: '6000', amount: '10', taxentries: { taxentry: { detailid: 'T' } } } },
					},
				},
			},
		]);
		expect(legacy.valid).toBe(false);
		expect(legacy.errors.join(' ')).toMatch(/taxentries/);
	});

	it('the generic APBILL the node sends, with TAXENTRIES on the line, is schema-valid (generic create is xs:any)', async () => {
		const record = {
			VENDORID: 'V-1',
			WHENCREATED: '01/01/2026',
			APBILLITEMS: {
				APBILLITEM: [
					recordFromValues(apBillSpec.lines!.fields, {
						accountNo: '6000',
						amount: 10,
						locationId: 'UK',
						taxDetailId: 'UK Purchase Goods Standard Rate',
					}),
				],
			},
		};
		const generic = await validateIntacctRequest([{ controlId: 'b2', body: { create: { APBILL: record as never } } }]);
		expect(generic).toEqual({ valid: true, errors: [] });
	});
});
