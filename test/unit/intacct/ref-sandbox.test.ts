/**
 * Sandbox Intacct gateway: generic create/update/delete/read/readByName, query, lookup,
 * getDimensions, the reference seed, AP bills, AP payments, journals and the webhook admin route.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { adminJson, asArray, envelope, post, type Xml } from '../sandbox/helpers';

let sbx: Sandbox;
beforeAll(async () => {
	sbx = await startSandbox({ port: 0 });
});
afterAll(async () => {
	await sbx.close();
});
beforeEach(async () => {
	await sbx.reset('intacct');
});

async function call(fn: string, opts: { locationId?: string; transaction?: boolean } = {}): Promise<Xml> {
	const r = await post(
		sbx.url,
		envelope({
			functions: [fn],
			login: opts.locationId ? { locationId: opts.locationId } : undefined,
			transaction: opts.transaction,
		}),
	);
	expect(r.status).toBe(200);
	return r.xml.response.operation.result;
}
const errnos = (result: Xml) => asArray(result.errormessage?.error).map((e: Xml) => e.errorno);
const text = (result: Xml) => JSON.stringify(result.errormessage ?? '');

describe('generic create/update/delete', () => {
	it('creates a vendor from DISPLAYCONTACT, numbers it, and reads it back by ID and RECORDNO', async () => {
		const created = await call(
			'<create><VENDOR><NAME>Acme Paper</NAME><DISPLAYCONTACT><PRINTAS>Acme Paper Inc</PRINTAS><EMAIL1>ap@acme.example</EMAIL1><MAILADDRESS><CITY>Austin</CITY></MAILADDRESS></DISPLAYCONTACT></VENDOR></create>',
		);
		expect(created.status).toBe('success');
		expect(created.data['@_listtype']).toBe('objects');
		const { RECORDNO, VENDORID } = created.data.vendor;
		expect(VENDORID).toBe('V-0006');
		const byName = await call(
			`<readByName><object>VENDOR</object><keys>${VENDORID}</keys><fields>*</fields></readByName>`,
		);
		expect(byName.data.VENDOR).toMatchObject({
			RECORDNO,
			NAME: 'Acme Paper',
			PRINTAS: 'Acme Paper Inc',
			EMAIL1: 'ap@acme.example',
			CITY: 'Austin',
			STATUS: 'active',
			CONTACTNAME: 'Acme Paper(VV-0006)',
		});
		const byKey = await call(
			`<read><object>VENDOR</object><keys>${RECORDNO}</keys><fields>VENDORID,NAME</fields></read>`,
		);
		expect(byKey.data.VENDOR).toEqual({ VENDORID: 'V-0006', NAME: 'Acme Paper' });
	});

	it('rejects a create without the required fields, naming them, and a duplicate ID with BL34000061', async () => {
		const missing = await call('<create><VENDOR><VENDORID>V-X</VENDORID><NAME>No print-as</NAME></VENDOR></create>');
		expect(missing.status).toBe('failure');
		expect(text(missing)).toContain('PRINTAS is required');
		const dup = await call(
			'<create><VENDOR><VENDORID>V-0001</VENDORID><NAME>Again</NAME><DISPLAYCONTACT><PRINTAS>Again</PRINTAS></DISPLAYCONTACT></VENDOR></create>',
		);
		expect(errnos(dup)[0]).toBe('BL34000061');
		const unknown = await call(
			'<create><VENDOR><NAME>X</NAME><NAMEE>typo</NAMEE><DISPLAYCONTACT><PRINTAS>X</PRINTAS></DISPLAYCONTACT></VENDOR></create>',
		);
		expect(text(unknown)).toContain('NAMEE');
		const dupAccount = await call(
			'<create><GLACCOUNT><ACCOUNTNO>2000</ACCOUNTNO><TITLE>x</TITLE><NORMALBALANCE>credit</NORMALBALANCE><CLOSINGTYPE>non-closing account</CLOSINGTYPE></GLACCOUNT></create>',
		);
		expect(errnos(dupAccount)[0]).toBe('BL01001973');
	});

	it('updates a customer by CUSTOMERID (documented) but a vendor only by RECORDNO', async () => {
		const c = await call(
			'<update><CUSTOMER><CUSTOMERID>C-0003</CUSTOMERID><NAME>Cobalt Renamed</NAME></CUSTOMER></update>',
		);
		expect(c.status).toBe('success');
		expect(sbx.state.system('intacct')!.store.get('CUSTOMER', '3')!.fields.NAME).toBe('Cobalt Renamed');
		const v = await call('<update><VENDOR><VENDORID>V-0001</VENDORID><NAME>x</NAME></VENDOR></update>');
		expect(v.status).toBe('failure');
		expect(text(v)).toContain('RECORDNO is required');
		const v2 = await call('<update><VENDOR><RECORDNO>1</RECORDNO><NAME>Northwind 2</NAME></VENDOR></update>');
		expect(v2.data.vendor).toEqual({ RECORDNO: '1', VENDORID: 'V-0001' });
	});

	it('deletes by RECORDNO and fails an unknown key without deleting the others', async () => {
		const bad = await call('<delete><object>CLASS</object><keys>1,99</keys></delete>');
		expect(bad.status).toBe('failure');
		expect(sbx.state.system('intacct')!.store.count('CLASS')).toBe(3);
		const ok = await call('<delete><object>CLASS</object><keys>3</keys></delete>');
		expect(ok.status).toBe('success');
		expect(sbx.state.system('intacct')!.store.count('CLASS')).toBe(2);
	});

	it('refuses writes to read-only objects (tax details, terms, entities)', async () => {
		const r = await call('<create><TAXDETAIL><DETAILID>X</DETAILID></TAXDETAIL></create>');
		expect(r.status).toBe('failure');
		expect(text(r)).toContain('not supported');
	});
});

describe('AP bills, AP payments and journals', () => {
	const bill = (lines: string, extra = '') =>
		`<create><APBILL><VENDORID>V-0003</VENDORID><WHENCREATED>03/01/2025</WHENCREATED><WHENDUE>03/31/2025</WHENDUE><RECORDID>PT-1</RECORDID>${extra}<APBILLITEMS>${lines}</APBILLITEMS></APBILL></create>`;

	it('creates a bill with lines, totals and nested lines on read', async () => {
		const r = await call(
			bill(
				'<APBILLITEM><ACCOUNTNO>6000</ACCOUNTNO><TRX_AMOUNT>100.5</TRX_AMOUNT><LOCATIONID>US-NYC</LOCATIONID><DEPARTMENTID>OPS</DEPARTMENTID><GLDIMLINE_OF_BUSINESS>COWORK</GLDIMLINE_OF_BUSINESS></APBILLITEM><APBILLITEM><ACCOUNTNO>6100</ACCOUNTNO><TRX_AMOUNT>20</TRX_AMOUNT><LOCATIONID>US-SF</LOCATIONID></APBILLITEM>',
			),
		);
		expect(r.status).toBe('success');
		const read = await call(`<read><object>APBILL</object><keys>${r.data.apbill.RECORDNO}</keys></read>`);
		expect(read.data.APBILL).toMatchObject({
			VENDORNAME: 'Paper Trail Supplies',
			TOTALDUE: '120.50',
			STATE: 'Posted',
			WHENCREATED: '03/01/2025',
			CURRENCY: 'USD',
		});
		expect(asArray(read.data.APBILL.APBILLITEMS.APBILLITEM).map((l: Xml) => l.ACCOUNTNO)).toEqual(['6000', '6100']);
	});

	it('requires a location per line, a due date unless Draft, and known references', async () => {
		expect(
			text(await call(bill('<APBILLITEM><ACCOUNTNO>6000</ACCOUNTNO><TRX_AMOUNT>1</TRX_AMOUNT></APBILLITEM>'))),
		).toContain('APBILLITEM[1].LOCATIONID is required');
		expect(
			text(
				await call(
					bill(
						'<APBILLITEM><ACCOUNTNO>9999</ACCOUNTNO><TRX_AMOUNT>1</TRX_AMOUNT><LOCATIONID>US</LOCATIONID></APBILLITEM>',
					),
				),
			),
		).toContain("GL Account '9999'");
		const draft = `<create><APBILL><VENDORID>V-0003</VENDORID><WHENCREATED>03/01/2025</WHENCREATED><ACTION>Draft</ACTION><APBILLITEMS><APBILLITEM><ACCOUNTNO>6000</ACCOUNTNO><TRX_AMOUNT>1</TRX_AMOUNT><LOCATIONID>US</LOCATIONID></APBILLITEM></APBILLITEMS></APBILL></create>`;
		expect((await call(draft)).status).toBe('success');
		expect(text(await call(draft.replace('<ACTION>Draft</ACTION>', '')))).toContain('WHENDUE is required');
		expect(
			text(
				await call(
					bill(
						'<APBILLITEM><ACCOUNTNO>6000</ACCOUNTNO><TRX_AMOUNT>1</TRX_AMOUNT><LOCATIONID>US</LOCATIONID></APBILLITEM>',
						'<WHENPOSTED>2025-03-01</WHENPOSTED>',
					),
				),
			),
		).toContain('mm/dd/yyyy');
	});

	it('pays a bill with an AP payment and refuses to overpay', async () => {
		const over = await call(
			'<create><APPYMT><FINANCIALENTITY>BOA-OPS</FINANCIALENTITY><PAYMENTMETHOD>EFT</PAYMENTMETHOD><VENDORID>V-0001</VENDORID><PAYMENTDATE>03/05/2025</PAYMENTDATE><CURRENCY>USD</CURRENCY><APPYMTDETAILS><APPYMTDETAIL><RECORDKEY>1</RECORDKEY><TRX_PAYMENTAMOUNT>1200.01</TRX_PAYMENTAMOUNT></APPYMTDETAIL></APPYMTDETAILS></APPYMT></create>',
		);
		expect(text(over)).toContain('exceeds the amount due');
		const ok = await call(
			'<create><APPYMT><FINANCIALENTITY>BOA-OPS</FINANCIALENTITY><PAYMENTMETHOD>EFT</PAYMENTMETHOD><VENDORID>V-0001</VENDORID><PAYMENTDATE>03/05/2025</PAYMENTDATE><CURRENCY>USD</CURRENCY><APPYMTDETAILS><APPYMTDETAIL><RECORDKEY>1</RECORDKEY><TRX_PAYMENTAMOUNT>200</TRX_PAYMENTAMOUNT></APPYMTDETAIL></APPYMTDETAILS></APPYMT></create>',
		);
		expect(ok.status).toBe('success');
		const billAfter = sbx.state.system('intacct')!.store.get('APBILL', '1')!.fields;
		expect(billAfter).toMatchObject({ TOTALPAID: '200.00', TOTALDUE: '1000.00', STATE: 'Partially Paid' });
	});

	it('creates a balanced journal and rejects unbalanced ones and missing BASELOCATION_NO across entities', async () => {
		const je = (a: string, b: string, base = '') =>
			`<create><GLBATCH><JOURNAL>GJ</JOURNAL><BATCH_DATE>03/31/2025</BATCH_DATE><BATCH_TITLE>Test</BATCH_TITLE>${base}<ENTRIES><GLENTRY><ACCOUNTNO>6000</ACCOUNTNO><TR_TYPE>1</TR_TYPE><TRX_AMOUNT>${a}</TRX_AMOUNT><LOCATION>US-NYC</LOCATION></GLENTRY><GLENTRY><ACCOUNTNO>2000</ACCOUNTNO><TR_TYPE>-1</TR_TYPE><TRX_AMOUNT>${b}</TRX_AMOUNT><LOCATION>${base ? 'UK-LON' : 'US'}</LOCATION></GLENTRY></ENTRIES></GLBATCH></create>`;
		expect((await call(je('50', '50'))).status).toBe('success');
		expect(text(await call(je('50', '40')))).toContain('do not balance');
		expect(text(await call(je('50', '50', '<BASELOCATION_NO>US</BASELOCATION_NO>'.replace('US', 'US'))))).not.toContain(
			'BASELOCATION_NO is required',
		);
		const cross = je('50', '50', '').replace('<LOCATION>US</LOCATION>', '<LOCATION>UK-LON</LOCATION>');
		expect(text(await call(cross))).toContain('BASELOCATION_NO is required');
	});
});

describe('query, lookup, getDimensions, entity visibility', () => {
	it('query: select, filter, orderby, pagesize/offset paging with totalcount', async () => {
		const q = (offset: number) =>
			`<query><object>VENDOR</object><select><field>VENDORID</field><field>NAME</field></select><filter><equalto><field>STATUS</field><value>active</value></equalto></filter><orderby><order><field>VENDORID</field><descending/></order></orderby><options><showprivate>true</showprivate></options><pagesize>3</pagesize><offset>${offset}</offset></query>`;
		const p1 = await call(q(0));
		expect(p1.data['@_totalcount']).toBe('4');
		expect(p1.data['@_numremaining']).toBe('1');
		expect(asArray(p1.data.VENDOR).map((v: Xml) => v.VENDORID)).toEqual(['V-0004', 'V-0003', 'V-0002']);
		const p2 = await call(q(3));
		expect(asArray(p2.data.VENDOR).map((v: Xml) => v.VENDORID)).toEqual(['V-0001']);
		expect(p2.data['@_numremaining']).toBe('0');
	});

	it('query: pagesize above 2000 and a missing select are rejected; top level hides private-entity records unless showprivate', async () => {
		expect(
			text(
				await call(
					'<query><object>VENDOR</object><select><field>VENDORID</field></select><pagesize>2001</pagesize></query>',
				),
			),
		).toContain('pagesize');
		expect(text(await call('<query><object>VENDOR</object></query>'))).toContain('select');
		const hidden = await call('<query><object>VENDOR</object><select><field>VENDORID</field></select></query>');
		expect(asArray(hidden.data.VENDOR).map((v: Xml) => v.VENDORID)).toEqual(['V-0001', 'V-0003', 'V-0005']);
		const uk = await call('<query><object>VENDOR</object><select><field>VENDORID</field></select></query>', {
			locationId: 'UK',
		});
		expect(asArray(uk.data.VENDOR).map((v: Xml) => v.VENDORID)).toEqual(['V-0001', 'V-0002', 'V-0003', 'V-0005']);
		const ci = await call(
			'<query><object>VENDOR</object><select><field>VENDORID</field></select><filter><like><field>NAME</field><value>paper%</value></like></filter><options><caseinsensitive>true</caseinsensitive></options></query>',
		);
		expect(ci.data.VENDOR.VENDORID).toBe('V-0003');
	});

	it('lookup lists fields; getDimensions lists standard dimensions and the UDD', async () => {
		const l = await call('<lookup><object>GLACCOUNT</object></lookup>');
		const ids = asArray(l.data.Type.Fields.Field).map((f: Xml) => f.ID);
		expect(ids).toEqual(expect.arrayContaining(['ACCOUNTNO', 'TITLE', 'NORMALBALANCE']));
		const d = await call('<getDimensions/>');
		const dims = asArray(d.data.dimension);
		expect(dims.find((x: Xml) => x.objectName === 'LINE_OF_BUSINESS')).toMatchObject({ userDefinedDimension: 'true' });
		expect(dims.find((x: Xml) => x.objectName === 'DEPARTMENT')).toMatchObject({ userDefinedDimension: 'false' });
	});

	it('seed: deterministic reference data', async () => {
		const st = sbx.state.system('intacct')!.store;
		expect(st.list('DEPARTMENT').map((r) => r.fields.DEPARTMENTID)).toEqual(['OPS', 'SALES', 'FIN', 'FAC', 'OLD']);
		expect(st.list('TAXDETAIL').map((r) => r.fields.TAXTYPE)).toEqual(['S', 'S', 'P', 'P']);
		expect(st.list('SODOCUMENTPARAMS').map((r) => r.fields.DOCID)).toContain('Sales Invoice');
		expect(st.count('APBILLITEM')).toBe(3);
	});
});

describe('legacy create_arterm / update_arterm', () => {
	it('creates and updates a term; elements out of schema order are a control-level XL03000003', async () => {
		const ok = await call(
			'<create_arterm><name>Net 5</name><description>five</description><due><dueday>5</dueday><duefrom>from invoice date</duefrom></due></create_arterm>',
		);
		expect(ok).toMatchObject({ status: 'success', key: 'Net 5' });
		expect((await call('<update_arterm name="Net 5"><status>inactive</status></update_arterm>')).status).toBe(
			'success',
		);
		expect(sbx.state.system('intacct')!.store.find('ARTERM', (r) => r.fields.NAME === 'Net 5')!.fields).toMatchObject({
			DUEDATE: '5',
			STATUS: 'inactive',
		});
		expect(errnos(await call('<create_arterm><name>Net 30</name></create_arterm>'))[0]).toBe('BL34000061');
		const r = await post(
			sbx.url,
			envelope({ functions: ['<create_arterm><description>x</description><name>Late</name></create_arterm>'] }),
		);
		expect(r.xml.response.control.status).toBe('failure');
		expect(r.xml.response.errormessage.error.errorno).toBe('XL03000003');
	});
});

describe('admin: Platform Trigger webhook delivery', () => {
	let server: Server;
	let url: string;
	const seen: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
	let statuses: number[] = [];
	beforeAll(async () => {
		server = createServer((req, res) => {
			let body = '';
			req.on('data', (d) => (body += d));
			req.on('end', () => {
				seen.push({ headers: req.headers, body });
				res.writeHead(statuses.shift() ?? 200).end('ok');
			});
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
	});
	afterAll(() => new Promise((r) => server.close(r)));

	it('posts with the bearer token and repeats the same idempotency key on retries', async () => {
		seen.length = 0;
		statuses = [503, 429];
		const r = await adminJson(sbx.url, 'POST', '/intacct/webhook', {
			url,
			token: 'tok-123',
			object: 'CUSTOMER',
			recordNo: '3',
			retryDelaysMs: [0, 0, 0],
		});
		expect(r.status).toBe(200);
		expect(r.json.attempts.map((a: Xml) => a.status)).toEqual([503, 429, 200]);
		expect(seen).toHaveLength(3);
		expect(new Set(seen.map((s) => s.headers['idempotency-key'])).size).toBe(1);
		expect(seen[0].headers.authorization).toBe('Bearer tok-123');
		expect(JSON.parse(seen[0].body)).toEqual({ object: 'CUSTOMER', recordNo: '3', event: 'Set' });
	});

	it('refuses non-loopback URLs', async () => {
		const r = await adminJson(sbx.url, 'POST', '/intacct/webhook', { url: 'http://example.com/x', token: 't' });
		expect(r.status).toBe(400);
	});
});
