/**
 * The sandbox's receivables functions over HTTP: legacy shape checks (XL03000003), reference
 * checks, invoice -> payment -> credit memo -> reverse, advances, Order Entry, PDF, uniqueid repeats.
 */
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { asArray, envelope, post, type Xml } from '../sandbox/helpers';

let sbx: Sandbox;
beforeAll(async () => {
	sbx = await startSandbox({ port: 0 });
});
afterAll(async () => {
	await sbx.close();
});
beforeEach(() => sbx.reset('intacct'));

const d = (iso: string) => {
	const [y, m, day] = iso.split('-');
	return `<year>${y}</year><month>${m}</month><day>${day}</day>`;
};
const invoiceXml = (
	o: { customer?: string; account?: string; location?: string; amount?: string; no?: string; extra?: string } = {},
) =>
	`<create_invoice><customerid>${o.customer ?? 'C-0001'}</customerid><datecreated>${d('2026-11-01')}</datecreated><datedue>${d('2026-12-01')}</datedue>${o.no ? `<invoiceno>${o.no}</invoiceno>` : ''}${o.extra ?? ''}<invoiceitems><lineitem><glaccountno>${o.account ?? '4000'}</glaccountno><amount>${o.amount ?? '100.00'}</amount><memo>Desk</memo><locationid>${o.location ?? 'US'}</locationid></lineitem><lineitem><glaccountno>4010</glaccountno><amount>50</amount><locationid>US</locationid></lineitem></invoiceitems></create_invoice>`;

async function call(functions: string[], opts: { uniqueId?: boolean; transaction?: boolean } = {}) {
	let xml = envelope({ functions, transaction: opts.transaction });
	if (opts.uniqueId) xml = xml.replace('<uniqueid>false</uniqueid>', '<uniqueid>true</uniqueid>');
	const r = await post(sbx.url, xml);
	return { ...r, results: asArray<Xml>(r.xml?.response?.operation?.result) };
}
const store = () => sbx.state.system('intacct')!.store;
const errnos = (result: Xml) => asArray<Xml>(result.errormessage?.error).map((e) => e.errorno);

describe('sandbox receivables', () => {
	it('creates an invoice with a key, stores header and lines, and rejects unknown references', async () => {
		const r = await call([
			invoiceXml({ no: 'INV-1' }),
			invoiceXml({ customer: 'C-9999' }),
			invoiceXml({ account: '9999' }),
			invoiceXml({ location: 'XX' }),
		]);
		expect(r.results.map((x: Xml) => x.status)).toEqual(['success', 'failure', 'failure', 'failure']);
		expect(r.results[0].key).toBe('1');
		expect(errnos(r.results[1])[0]).toBe('SANDBOX-INVALID-REFERENCE');
		expect(r.results[1].errormessage.error[0].description2).toMatch(/Customer 'C-9999'/);
		expect(r.results[2].errormessage.error[0].description2).toMatch(/GL Account '9999'.*glaccountno/);
		expect(r.results[3].errormessage.error[0].description2).toMatch(/Location 'XX'/);
		expect(r.results[1].errormessage.error[1].description).toBe('Could not create Invoice record!');
		const inv = store().get('ARINVOICE', '1')!.fields;
		expect(inv).toMatchObject({
			RECORDID: 'INV-1',
			CUSTOMERID: 'C-0001',
			STATE: 'Posted',
			MODULEKEY: '4.AR',
			TRX_TOTALENTERED: '150.00',
			TRX_TOTALDUE: '150.00',
		});
		expect(store().count('ARINVOICE')).toBe(1);
		expect(
			store()
				.list('ARINVOICEITEM')
				.map((l) => l.fields.TRX_AMOUNT),
		).toEqual(['100.00', '50.00']);
	});

	it('fails the whole request with XL03000003 when a legacy function breaks the schema (order, unknown, missing)', async () => {
		const outOfOrder =
			'<create_invoice><datecreated><year>2026</year><month>1</month><day>1</day></datecreated><customerid>C-0001</customerid><invoiceitems><lineitem><amount>1</amount></lineitem></invoiceitems></create_invoice>';
		for (const bad of [
			outOfOrder,
			invoiceXml().replace('<memo>', '<colour>x</colour><memo>'),
			'<create_invoice><customerid>C-0001</customerid></create_invoice>',
		]) {
			const r = await call([bad]);
			expect(r.xml.response.control.status).toBe('failure');
			expect(r.xml.response.errormessage.error.errorno).toBe('XL03000003');
		}
		expect(store().count('ARINVOICE')).toBe(0);
	});

	it('accepts tax entries where the 2020 R4 docs put them (outside the 2019 schema)', async () => {
		const xml = invoiceXml({ extra: '' })
			.replace('<invoiceitems>', '<taxsolutionid>United Kingdom - VAT</taxsolutionid><invoiceitems>')
			.replace(
				'<locationid>US</locationid></lineitem><lineitem>',
				'<locationid>US</locationid><taxentries><taxentry><detailid>UK Sale Goods Standard Rate</detailid><trx_tax>20</trx_tax></taxentry></taxentries></lineitem><lineitem>',
			);
		const r = await call([xml]);
		expect(r.results[0].status).toBe('success');
		expect(store().get('ARINVOICE', '1')!.fields.TRX_TOTALENTERED).toBe('170.00');
		const read = await call(['<read><object>ARINVOICE</object><keys>1</keys><fields>*</fields></read>']);
		const lines = asArray<Xml>(read.results[0].data.ARINVOICE.ARINVOICEITEMS.arinvoiceitem);
		expect(lines[0].TAXENTRIES).toEqual({ TAXENTRY: { DETAILID: 'UK Sale Goods Standard Rate', TRX_TAX: '20.00' } });
		expect(lines[1].TAXENTRIES).toBe('');
	});

	it('applies a payment and a credit memo to an invoice, then reverses the payment', async () => {
		await call([invoiceXml({ no: 'INV-9' })]);
		const cm = await call([
			`<create_aradjustment><customerid>C-0001</customerid><datecreated>${d('2026-11-05')}</datecreated><adjustmentno>CM-1</adjustmentno><aradjustmentitems><lineitem><glaccountno>4900</glaccountno><amount>-30</amount><locationid>US</locationid></lineitem></aradjustmentitems></create_aradjustment>`,
		]);
		expect(cm.results[0].status).toBe('success');
		const memo = cm.results[0].key;
		expect(store().get('ARADJUSTMENT', memo)!.fields).toMatchObject({
			ADJUSTMENTTYPE: 'Credit Memo',
			TRX_TOTALDUE: '-30.00',
		});
		const pay = await call([
			`<create><ARPYMT><PAYMENTMETHOD>EFT</PAYMENTMETHOD><CUSTOMERID>C-0001</CUSTOMERID><RECEIPTDATE>11/20/2026</RECEIPTDATE><CURRENCY>USD</CURRENCY><FINANCIALENTITY>BOA-OPS</FINANCIALENTITY><ARPYMTDETAILS><ARPYMTDETAIL><RECORDKEY>1</RECORDKEY><TRX_PAYMENTAMOUNT>100</TRX_PAYMENTAMOUNT></ARPYMTDETAIL><ARPYMTDETAIL><RECORDKEY>1</RECORDKEY><ADJUSTMENTKEY>${memo}</ADJUSTMENTKEY><TRX_ADJUSTMENTAMOUNT>30</TRX_ADJUSTMENTAMOUNT></ARPYMTDETAIL></ARPYMTDETAILS></ARPYMT></create>`,
		]);
		expect(pay.results[0].status).toBe('success');
		expect(pay.results[0].data.arpymt.RECORDNO).toBe('1');
		expect(store().get('ARINVOICE', '1')!.fields).toMatchObject({
			TRX_TOTALPAID: '130.00',
			TRX_TOTALDUE: '20.00',
			STATE: 'Partially Paid',
		});
		expect(store().get('ARADJUSTMENT', memo)!.fields).toMatchObject({ TRX_TOTALDUE: '0.00', STATE: 'Paid' });
		const over = await call([
			`<create><ARPYMT><PAYMENTMETHOD>EFT</PAYMENTMETHOD><CUSTOMERID>C-0001</CUSTOMERID><RECEIPTDATE>11/21/2026</RECEIPTDATE><CURRENCY>USD</CURRENCY><FINANCIALENTITY>BOA-OPS</FINANCIALENTITY><ARPYMTDETAILS><ARPYMTDETAIL><RECORDKEY>1</RECORDKEY><TRX_PAYMENTAMOUNT>25</TRX_PAYMENTAMOUNT></ARPYMTDETAIL></ARPYMTDETAILS></ARPYMT></create>`,
		]);
		expect(over.results[0].status).toBe('failure');
		expect(over.results[0].errormessage.error[0].description2).toMatch(/exceeds its amount due/);
		const rev = await call([
			`<reverse_arpayment key="1"><datereversed>${d('2026-11-22')}</datereversed></reverse_arpayment>`,
		]);
		expect(rev.results[0].status).toBe('success');
		expect(store().get('ARINVOICE', '1')!.fields).toMatchObject({
			TRX_TOTALPAID: '0.00',
			TRX_TOTALDUE: '150.00',
			STATE: 'Posted',
		});
		expect(store().get('ARADJUSTMENT', memo)!.fields).toMatchObject({ TRX_TOTALDUE: '-30.00', STATE: 'Posted' });
		expect(store().get('ARPYMT', '1')!.fields.STATE).toBe('Reversed');
	});

	it('records an advance and an overpayment and applies both later', async () => {
		await call([invoiceXml()]);
		const adv = await call([
			`<create><ARADVANCE><CUSTOMERID>C-0001</CUSTOMERID><PAYMENTMETHOD>Cash</PAYMENTMETHOD><PAYMENTDATE>11/02/2026</PAYMENTDATE><RECEIPTDATE>11/02/2026</RECEIPTDATE><UNDEPOSITEDACCOUNTNO>1200</UNDEPOSITEDACCOUNTNO><ARADVANCEITEMS><ARADVANCEITEM><ACCOUNTNO>2400</ACCOUNTNO><TRX_AMOUNT>40</TRX_AMOUNT><LOCATIONID>US</LOCATIONID></ARADVANCEITEM></ARADVANCEITEMS></ARADVANCE></create>`,
			`<create><ARPYMT><PAYMENTMETHOD>Cash</PAYMENTMETHOD><CUSTOMERID>C-0001</CUSTOMERID><RECEIPTDATE>11/03/2026</RECEIPTDATE><CURRENCY>USD</CURRENCY><UNDEPOSITEDACCOUNTNO>1200</UNDEPOSITEDACCOUNTNO><OVERPAYMENTAMOUNT>15</OVERPAYMENTAMOUNT><OVERPAYMENTLOCATIONID>US</OVERPAYMENTLOCATIONID><ARPYMTDETAILS><ARPYMTDETAIL><RECORDKEY>1</RECORDKEY><TRX_PAYMENTAMOUNT>10</TRX_PAYMENTAMOUNT></ARPYMTDETAIL></ARPYMTDETAILS></ARPYMT></create>`,
		]);
		expect(adv.results.map((r: Xml) => r.status)).toEqual(['success', 'success']);
		expect(store().get('ARPYMT', '1')!.fields).toMatchObject({
			TRX_TOTALENTERED: '25.00',
			OVERPAYMENTREMAINING: '15.00',
		});
		const apply = await call([
			`<create><ARPYMT><PAYMENTMETHOD>Cash</PAYMENTMETHOD><CUSTOMERID>C-0001</CUSTOMERID><RECEIPTDATE>11/04/2026</RECEIPTDATE><CURRENCY>USD</CURRENCY><UNDEPOSITEDACCOUNTNO>1200</UNDEPOSITEDACCOUNTNO><ARPYMTDETAILS><ARPYMTDETAIL><RECORDKEY>1</RECORDKEY><ADVANCEKEY>1</ADVANCEKEY><TRX_POSTEDADVANCEAMOUNT>40</TRX_POSTEDADVANCEAMOUNT></ARPYMTDETAIL><ARPYMTDETAIL><RECORDKEY>1</RECORDKEY><OVERPAYMENTKEY>1</OVERPAYMENTKEY><TRX_POSTEDOVERPAYMENTAMOUNT>15</TRX_POSTEDOVERPAYMENTAMOUNT></ARPYMTDETAIL></ARPYMTDETAILS></ARPYMT></create>`,
		]);
		expect(apply.results[0].status).toBe('success');
		expect(store().get('ARINVOICE', '1')!.fields).toMatchObject({ TRX_TOTALPAID: '65.00', TRX_TOTALDUE: '85.00' });
		expect(store().get('ARADVANCE', '1')!.fields).toMatchObject({ TRX_TOTALDUE: '0.00', STATE: 'Paid' });
		expect(store().get('ARPYMT', '1')!.fields.OVERPAYMENTREMAINING).toBe('0.00');
	});

	it('creates a Sales Invoice that posts an AR invoice with MODULEKEY 8.SO, readable by readByQuery and read', async () => {
		const r = await call([
			`<create_sotransaction><transactiontype>Sales Invoice</transactiontype><datecreated>${d('2026-11-01')}</datecreated><customerid>C-0003</customerid><termname>Net 30</termname><sotransitems><sotransitem><itemid>DESK-HOT</itemid><quantity>2</quantity><locationid>US</locationid></sotransitem></sotransitems></create_sotransaction>`,
		]);
		expect(r.results[0].key).toBe('Sales Invoice-INV0001');
		const q = await call([
			"<readByQuery><object>ARINVOICE</object><fields>RECORDNO,MODULEKEY,TRX_TOTALENTERED</fields><query>MODULEKEY = '8.SO'</query><pagesize>10</pagesize></readByQuery>",
			'<read><object>SODOCUMENT</object><keys>1</keys><fields>*</fields></read>',
		]);
		expect(q.results[0].data.ARINVOICE).toEqual({ RECORDNO: '1', MODULEKEY: '8.SO', TRX_TOTALENTERED: '500.00' });
		expect(q.results[1].data.SODOCUMENT).toMatchObject({
			DOCID: 'Sales Invoice-INV0001',
			PRRECORDKEY: '1',
			TRX_TOTAL: '500.00',
		});
		expect(q.results[1].data.SODOCUMENT.SODOCUMENTENTRIES.sodocumententry).toMatchObject({
			LINE_NO: '0',
			ITEMID: 'DESK-HOT',
		});
		const query = await call([
			'<query><object>ARINVOICE</object><select><field>RECORDNO</field><field>CUSTOMERID</field><field>TRX_TOTALDUE</field></select><filter><equalto><field>MODULEKEY</field><value>8.SO</value></equalto></filter></query>',
		]);
		expect(query.results[0].status).toBe('success');
		expect(query.results[0].data.ARINVOICE).toEqual({ RECORDNO: '1', CUSTOMERID: 'C-0003', TRX_TOTALDUE: '500.00' });
	});

	it('returns a base64 PDF and reads invoices with their lines', async () => {
		await call([invoiceXml({ no: 'INV-PDF' })]);
		const r = await call([
			'<retrievepdf><ARINVOICE><RECORDNO>1</RECORDNO></ARINVOICE></retrievepdf>',
			'<read><object>ARINVOICE</object><keys>1</keys><fields>*</fields></read>',
		]);
		const pdf = Buffer.from(r.results[0].data.arinvoice.pdfdata, 'base64').toString('latin1');
		expect(pdf.startsWith('%PDF-1.4')).toBe(true);
		expect(pdf).toContain('Invoice INV-PDF');
		expect(asArray(r.results[1].data.ARINVOICE.ARINVOICEITEMS.arinvoiceitem)).toHaveLength(2);
	});

	it('does not run a function again when its controlid repeats under uniqueid=true', async () => {
		const first = await call([invoiceXml()], { uniqueId: true });
		expect(first.results[0].status).toBe('success');
		const again = await call([invoiceXml()], { uniqueId: true });
		expect(again.results[0].status).toBeUndefined();
		expect(again.results[0].controlid).toBe('f1');
		expect(store().count('ARINVOICE')).toBe(1);
		// Without uniqueid the same controlid runs again (notes §1.2).
		await call([invoiceXml()]);
		expect(store().count('ARINVOICE')).toBe(2);
	});

	it('updates, reverses and deletes invoices by the documented rules', async () => {
		await call([invoiceXml(), invoiceXml()]);
		const r = await call([
			'<update_invoice key="1"><description>changed</description><updateinvoiceitems><updatelineitem line_num="2"><amount>70</amount></updatelineitem><lineitem><glaccountno>4100</glaccountno><amount>5</amount><locationid>US</locationid></lineitem></updateinvoiceitems></update_invoice>',
			`<reverse_invoice key="2"><datereversed>${d('2026-11-30')}</datereversed></reverse_invoice>`,
			'<delete><object>ARINVOICE</object><keys>1</keys></delete>',
			'<delete><object>ARINVOICE</object><keys>77</keys></delete>',
		]);
		expect(r.results.map((x: Xml) => x.status)).toEqual(['success', 'success', 'success', 'failure']);
		expect(store().get('ARINVOICE', '2')!.fields).toMatchObject({ STATE: 'Reversed', TRX_TOTALDUE: '0.00' });
		expect(store().get('ARINVOICE', '1')).toBeUndefined();
		expect(
			store()
				.list('ARINVOICEITEM')
				.filter((l) => l.fields.RECORDKEY === '1'),
		).toHaveLength(0);
	});
});
