/**
 * The Intacct gateway refuses what real Intacct refuses (reference notes §1.6, §1.7, §2, §3.3, §3.6):
 * XML that is not well-formed, impossible dates, unknown currency codes, undocumented query
 * operators, private-entity records at the top level, and session requests sent to another
 * endpoint than the one getAPISession returned.
 */
import { INTACCT_SEED_CUSTOMERS } from '../../../sandbox/intacct/seed';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { asArray, envelope, GATEWAY, getSession, post, type Xml } from './helpers';

let sbx: Sandbox;
beforeAll(async () => {
	sbx = await startSandbox({ port: 0 });
});
afterAll(async () => {
	await sbx.close();
});
beforeEach(() => sbx.reset('intacct'));

const store = () => sbx.state.system('intacct')!.store;
const results = (r: { xml: Xml }): Xml[] => asArray<Xml>(r.xml?.response?.operation?.result);
const firstError = (res: Xml): Xml => asArray<Xml>(res.errormessage?.error)[0];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const rbq = (query: string, fields = 'CUSTOMERID', object = 'CUSTOMER') =>
	`<readByQuery><object>${object}</object><fields>${fields}</fields><query>${esc(query)}</query><pagesize>1000</pagesize></readByQuery>`;
const newCustomer = (id: string, extra = '') =>
	`<create><CUSTOMER><CUSTOMERID>${id}</CUSTOMERID><NAME>Strict ${id}</NAME><DISPLAYCONTACT><PRINTAS>Strict ${id}</PRINTAS></DISPLAYCONTACT>${extra}</CUSTOMER></create>`;
const ymd = (y: string, m: string, d: string) => `<year>${y}</year><month>${m}</month><day>${d}</day>`;
const invoice = (created: string, extra = '') =>
	`<create_invoice><customerid>C-0001</customerid><datecreated>${created}</datecreated><datedue>${ymd('2026', '12', '01')}</datedue>${extra}<invoiceitems><lineitem><glaccountno>4000</glaccountno><amount>100.00</amount><locationid>US</locationid></lineitem></invoiceitems></create_invoice>`;
const bill = (whendue: string) =>
	`<create><APBILL><VENDORID>V-0003</VENDORID><WHENCREATED>03/01/2025</WHENCREATED><WHENDUE>${whendue}</WHENDUE><RECORDID>STRICT-1</RECORDID><APBILLITEMS><APBILLITEM><ACCOUNTNO>6000</ACCOUNTNO><TRX_AMOUNT>10</TRX_AMOUNT><LOCATIONID>US-NYC</LOCATIONID></APBILLITEM></APBILLITEMS></APBILL></create>`;

describe('XML that is not well-formed → control failure XL03000003, nothing runs', () => {
	const valid = envelope({ functions: [newCustomer('C-XML1')] });
	const broken: Array<[string, string]> = [
		['a U+0001 character in text', valid.replace('Strict C-XML1</NAME>', 'Strict \u0001 C-XML1</NAME>')],
		['a U+001F character in an attribute', valid.replace('controlid="f1"', 'controlid="f\u001f1"')],
		['an unescaped < in text', valid.replace('Strict C-XML1</NAME>', 'Strict a < b C-XML1</NAME>')],
		['an unescaped & in text', valid.replace('Strict C-XML1</NAME>', 'Strict A & B</NAME>')],
		['an undefined entity', valid.replace('Strict C-XML1</NAME>', 'Strict &eacute;</NAME>')],
		['a character reference to U+0001', valid.replace('Strict C-XML1</NAME>', 'Strict &#1;</NAME>')],
		[
			'bad nesting',
			valid.replace(
				'<PRINTAS>Strict C-XML1</PRINTAS></DISPLAYCONTACT>',
				'<PRINTAS>Strict C-XML1</DISPLAYCONTACT></PRINTAS>',
			),
		],
		['two root elements', `${valid}<request/>`],
	];

	it.each(broken)('%s', async (_label, xml) => {
		const before = store().count('CUSTOMER');
		const r = await post(sbx.url, xml);
		expect(r.status).toBe(200);
		expect(r.xml.response.control.status).toBe('failure');
		expect(r.xml.response.operation).toBeUndefined();
		expect(r.xml.response.errormessage.error.errorno).toBe('XL03000003');
		expect(store().count('CUSTOMER')).toBe(before);
	});

	it('the same request, well-formed, runs (the cases above fail for the XML alone)', async () => {
		const ok = await post(sbx.url, valid.replace('Strict C-XML1</NAME>', 'Strict A &amp; B &#233; &#x20AC;</NAME>'));
		expect(results(ok)[0].status).toBe('success');
		expect(store().find('CUSTOMER', (c) => c.fields.CUSTOMERID === 'C-XML1')?.fields.NAME).toBe('Strict A & B é €');
	});
});

describe('impossible dates fail the function, naming the field; nothing is shifted', () => {
	it('legacy <year><month><day>: 2025-02-30, month 13, day 0', async () => {
		for (const [date, field] of [
			[ymd('2025', '02', '30'), 'datecreated'],
			[ymd('2025', '13', '01'), 'datecreated'],
			[ymd('2025', '04', '0'), 'datecreated'],
		] as const) {
			const r = await post(sbx.url, envelope({ functions: [invoice(date)] }));
			const [res] = results(r);
			expect(res.status).toBe('failure');
			expect(firstError(res).description2).toContain(field);
			expect(firstError(res).description2).toMatch(/not a valid date/);
		}
		expect(store().count('ARINVOICE')).toBe(0);
		const good = await post(sbx.url, envelope({ functions: [invoice(ymd('2024', '02', '29'))] }));
		expect(results(good)[0].status).toBe('success');
	});

	it('generic mm/dd/yyyy: 02/30/2025 and 13/01/2025; ISO 2025-02-30 in a date field', async () => {
		for (const due of ['02/30/2025', '13/01/2025', '2025-02-30']) {
			const r = await post(sbx.url, envelope({ functions: [bill(due)] }));
			const [res] = results(r);
			expect(res.status).toBe('failure');
			expect(firstError(res).description2).toBe(`APBILL/WHENDUE: '${due}' is not a valid date.`);
		}
		expect(store().count('APBILL')).toBe(2); // the two seeded bills only
	});

	it('query: an impossible date in readByQuery or in a query filter is an error, not an empty answer', async () => {
		const r = await post(
			sbx.url,
			envelope({ functions: [rbq("WHENMODIFIED >= '02/30/2025 00:00:00'"), rbq("WHENMODIFIED >= '13/01/2025'")] }),
		);
		for (const res of results(r)) {
			expect(res.status).toBe('failure');
			expect(firstError(res).description2).toMatch(/WHENMODIFIED: '.*' is not a valid date/);
		}
		const q = await post(
			sbx.url,
			envelope({
				functions: [
					'<query><object>CUSTOMER</object><select><field>CUSTOMERID</field></select><filter><greaterthanorequalto><field>WHENMODIFIED</field><value>02/30/2025</value></greaterthanorequalto></filter></query>',
				],
			}),
		);
		expect(results(q)[0].status).toBe('failure');
		expect(firstError(results(q)[0]).description2).toBe("WHENMODIFIED: '02/30/2025' is not a valid date.");
	});
});

describe('currency codes must be ISO 4217', () => {
	it('generic CURRENCY and legacy currency with an unknown code fail, naming the field; real codes pass', async () => {
		const r = await post(
			sbx.url,
			envelope({
				functions: [
					newCustomer('C-CUR1', '<CURRENCY>XYZ</CURRENCY>'),
					newCustomer('C-CUR2', '<CURRENCY>EUR</CURRENCY>'),
					invoice(ymd('2026', '11', '01'), '<currency>US$</currency>'),
				],
			}),
		);
		const [bad, good, badInvoice] = results(r);
		expect(bad.status).toBe('failure');
		expect(firstError(bad).description2).toBe(
			"CUSTOMER/CURRENCY: 'XYZ' is not a currency code (ISO 4217, e.g. USD, GBP, EUR).",
		);
		expect(good.status).toBe('success');
		expect(badInvoice.status).toBe('failure');
		expect(firstError(badInvoice).description2).toContain("currency: 'US$'");
		expect(store().find('CUSTOMER', (c) => c.fields.CUSTOMERID === 'C-CUR1')).toBeUndefined();
		expect(store().count('ARINVOICE')).toBe(0);
	});
});

describe('multi-entity visibility (notes §1.7)', () => {
	const shared = INTACCT_SEED_CUSTOMERS.filter((c) => !c.fields.MEGAENTITYID).map((c) => String(c.fields.CUSTOMERID));
	const own = (e: string) =>
		INTACCT_SEED_CUSTOMERS.filter((c) => c.fields.MEGAENTITYID === e).map((c) => String(c.fields.CUSTOMERID));
	const ids = (res: Xml) =>
		asArray<Xml>(res.data?.CUSTOMER)
			.map((c) => c.CUSTOMERID as string)
			.sort();

	it('a top-level session sees shared records only: readByQuery, read and readByName', async () => {
		const s = await getSession(sbx.url, '');
		const ukPrivate = INTACCT_SEED_CUSTOMERS.find((c) => c.fields.MEGAENTITYID === 'UK')!;
		const r = await post(
			sbx.url,
			envelope({
				sessionId: s.sessionid,
				functions: [
					rbq(''),
					`<read><object>CUSTOMER</object><keys>${ukPrivate.recordNo}</keys><fields>CUSTOMERID</fields></read>`,
					`<readByName><object>CUSTOMER</object><keys>${String(ukPrivate.fields.CUSTOMERID)}</keys><fields>CUSTOMERID</fields></readByName>`,
				],
			}),
			s.endpoint,
		);
		const [all, read, byName] = results(r);
		expect(ids(all)).toEqual([...shared].sort());
		expect(read.data['@_count']).toBe('0');
		expect(byName.data['@_count']).toBe('0');
	});

	it('an entity session sees shared records plus its own entity, not the other entity', async () => {
		for (const entity of ['UK', 'US']) {
			const s = await getSession(sbx.url, entity);
			const r = await post(sbx.url, envelope({ sessionId: s.sessionid, functions: [rbq('')] }), s.endpoint);
			expect(ids(results(r)[0])).toEqual([...shared, ...own(entity)].sort());
		}
	});

	it('only query documents showprivate: with it the top level sees every record, without it the shared ones', async () => {
		const q = (opts: string) =>
			`<query><object>CUSTOMER</object><select><field>CUSTOMERID</field></select>${opts}<pagesize>100</pagesize></query>`;
		const r = await post(
			sbx.url,
			envelope({ functions: [q(''), q('<options><showprivate>true</showprivate></options>')] }),
		);
		const [plain, showPrivate] = results(r);
		expect(ids(plain)).toEqual([...shared].sort());
		expect(ids(showPrivate)).toHaveLength(INTACCT_SEED_CUSTOMERS.length);
	});
});

describe('readByQuery accepts exactly the documented operators and rownum (notes §3.3)', () => {
	const run = async (query: string) => results(await post(sbx.url, envelope({ functions: [rbq(query)] })))[0];

	it('refuses != and <> with the query error', async () => {
		for (const query of ["STATUS != 'active'", "STATUS <> 'active'"]) {
			const res = await run(query);
			expect(res.status).toBe('failure');
			expect(firstError(res).description2).toMatch(/^Query Failed: the operator '(!=|<>)' at \d+ is not supported/);
		}
	});

	it('accepts < > >= <= = like, not like, in, not in, IS NULL, IS NOT NULL, AND, OR, NOT and parentheses', async () => {
		const queries = [
			'CREDITLIMIT < 5000',
			'CREDITLIMIT > 5000',
			'CREDITLIMIT <= 5000 AND CREDITLIMIT >= 1000',
			"NAME like 'A%' OR NAME not like '%e%'",
			"CURRENCY in ('USD', 'EUR') AND CURRENCY not in ('EUR')",
			'CREDITLIMIT IS NULL OR CREDITLIMIT IS NOT NULL',
			"NOT (STATUS = 'active') AND (CURRENCY = 'GBP' OR CURRENCY = 'EUR')",
		];
		for (const query of queries) expect([query, (await run(query)).status]).toEqual([query, 'success']);
		expect(asArray((await run("NOT (STATUS = 'active')")).data.CUSTOMER).map((c: Xml) => c.CUSTOMERID)).toEqual([
			'C-0004',
			'C-0008',
		]);
	});

	it('rownum limits the rows returned: rownum = 1, rownum < 5, combined with AND; not under OR', async () => {
		expect((await run('rownum = 1')).data['@_count']).toBe('1');
		expect((await run('rownum < 5')).data['@_count']).toBe('4');
		const active = await run("STATUS = 'active' AND rownum <= 2");
		expect(asArray(active.data.CUSTOMER).map((c: Xml) => c.CUSTOMERID)).toEqual(['C-0001', 'C-0006']);
		expect((await run("rownum < 3 OR STATUS = 'active'")).status).toBe('failure');
	});
});

describe('sessions are accepted only on the endpoint getAPISession returned', () => {
	it('a session sent to the login endpoint fails authentication; on its endpoint it works', async () => {
		const s = await getSession(sbx.url);
		expect(s.endpoint).not.toBe(sbx.url + GATEWAY);
		const wrong = await post(sbx.url, envelope({ sessionId: s.sessionid, functions: [rbq('')] }));
		expect(wrong.xml.response.operation.authentication.status).toBe('failure');
		expect(wrong.xml.response.operation.result).toBeUndefined();
		expect(wrong.xml.response.operation.errormessage.error).toMatchObject({
			errorno: 'XL03000006',
			description2: 'Invalid session',
		});
		expect(wrong.xml.response.operation.errormessage.error.correction).toContain(s.endpoint);
		const right = await post(sbx.url, envelope({ sessionId: s.sessionid, functions: [rbq('')] }), s.endpoint);
		expect(results(right)[0].status).toBe('success');
		// Login credentials work on both.
		const login = await post(sbx.url, envelope({ functions: [rbq('')] }), s.endpoint);
		expect(results(login)[0].status).toBe('success');
	});
});
