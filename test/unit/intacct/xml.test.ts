import { SageIntacctApi } from '../../../credentials/SageIntacctApi.credentials';
import { parseResponse } from '../../../nodes/SageIntacct/transport/response';
import {
	buildRequestXml,
	LOGIN_MARK,
	parseXml,
	renderCredentialBlocks,
	SENDER_MARK,
} from '../../../nodes/SageIntacct/transport/xml';

const creds = {
	senderId: 'S&ND<ER',
	senderPassword: 'p&ss<word>"',
	userId: 'user',
	companyId: 'CO',
	userPassword: "u'pw&",
	entityId: 'US',
};

describe('Intacct request envelope', () => {
	it('escapes every value and keeps secrets out until the credential fills them in', () => {
		const xml = buildRequestXml({
			controlId: 'c-1',
			uniqueId: true,
			auth: 'login',
			functions: [
				{ controlId: 'f<1>', body: { readByQuery: { object: 'CUSTOMER', query: "NAME = 'A & B <x>'", fields: '*' } } },
			],
		});
		expect(xml).toContain(SENDER_MARK);
		expect(xml).toContain(LOGIN_MARK);
		expect(xml).toContain('<uniqueid>true</uniqueid>');
		expect(xml).toContain('<dtdversion>3.0</dtdversion>');
		expect(xml).not.toContain('A & B <x>');
		const parsed = parseXml(xml) as any;
		expect(parsed.request.operation.content.function.readByQuery.query).toBe("NAME = 'A & B <x>'");
		expect(parsed.request.operation.content.function['@_controlid']).toBe('f<1>');
	});

	it('sends uniqueid false explicitly and the session id when a session is used', () => {
		const xml = buildRequestXml({ controlId: 'c', uniqueId: false, auth: { sessionId: 'SESS' }, functions: [] });
		expect(xml).toContain('<uniqueid>false</uniqueid>');
		expect(xml).toContain('<sessionid>SESS</sessionid>');
		expect(xml).not.toContain(LOGIN_MARK);
	});

	it('renders escaped credential blocks in place of the marks only', () => {
		const xml = renderCredentialBlocks(
			buildRequestXml({
				controlId: 'c',
				uniqueId: false,
				auth: 'login',
				functions: [{ controlId: 'x', body: { getAPISession: '' } }],
			}),
			creds,
		);
		const parsed = parseXml(xml) as any;
		expect(parsed.request.control.senderid).toBe(creds.senderId);
		expect(parsed.request.control.password).toBe(creds.senderPassword);
		expect(parsed.request.operation.authentication.login).toEqual({
			userid: 'user',
			companyid: 'CO',
			password: creds.userPassword,
			locationid: 'US',
		});
	});

	it('data that imitates a mark is escaped and never replaced by a secret', () => {
		const xml = buildRequestXml({
			controlId: 'c',
			uniqueId: false,
			auth: { sessionId: 's' },
			functions: [{ controlId: 'x', body: { create: { CUSTOMER: { NAME: SENDER_MARK } } } }],
		});
		const rendered = renderCredentialBlocks(xml, creds);
		expect(rendered.split('p&amp;ss').length - 1).toBe(1); // only the real control block
		expect((parseXml(rendered) as any).request.operation.content.function.create.CUSTOMER.NAME).toBe(SENDER_MARK);
	});

	it('the credential authenticate fills a string body and leaves others alone', async () => {
		const cred = new SageIntacctApi();
		const body = buildRequestXml({ controlId: 'c', uniqueId: false, auth: 'login', functions: [] });
		const out = await cred.authenticate(creds, { url: 'http://x', body });
		expect(String(out.body)).toContain('<senderid>S&amp;ND&lt;ER</senderid>');
		const obj = await cred.authenticate(creds, { url: 'http://x', body: { a: 1 } });
		expect(obj.body).toEqual({ a: 1 });
	});
});

describe('Intacct response parsing', () => {
	it('reads control-level failures', () => {
		const r = parseResponse(
			'<response><control><status>failure</status></control><errormessage><error><errorno>XL03000003</errorno><description>XML parse</description><description2>line 3</description2><correction></correction></error></errormessage></response>',
		);
		expect(r.controlStatus).toBe('failure');
		expect(r.controlErrors).toEqual([
			{ errorno: 'XL03000003', description: 'XML parse', description2: 'line 3', correction: '' },
		]);
	});

	it('reads authentication failures and function results with several errors', () => {
		const auth = parseResponse(
			'<response><control><status>success</status></control><operation><authentication><status>failure</status></authentication><errormessage><error><errorno>XL03000006</errorno><description></description><description2>Sign-in information is incorrect</description2><correction></correction></error></errormessage></operation></response>',
		);
		expect(auth.authStatus).toBe('failure');
		expect(auth.authErrors[0].errorno).toBe('XL03000006');
		const fn = parseResponse(
			'<response><control><status>success</status></control><operation><authentication><status>success</status><sessiontimeout>2026-11-22T10:00:00-08:00</sessiontimeout></authentication>' +
				'<result><status>failure</status><function>create</function><controlid>a</controlid><errormessage><error><errorno>BL34000061</errorno><description>dup</description><description2>Another Customer exists</description2><correction>Use a unique value</correction></error><error><errorno>BL01001973</errorno><description>Could not create Customer record</description><description2></description2><correction></correction></error></errormessage></result>' +
				'<result><status>success</status><function>readByQuery</function><controlid>b</controlid><data listtype="CUSTOMER" count="2" totalcount="5" numremaining="3" resultId="R1"><CUSTOMER><CUSTOMERID>007</CUSTOMERID></CUSTOMER><CUSTOMER><CUSTOMERID>C-2</CUSTOMERID></CUSTOMER></data></result></operation></response>',
		);
		expect(fn.sessionTimeout).toBe('2026-11-22T10:00:00-08:00');
		expect(fn.results[0].errors.map((e) => e.errorno)).toEqual(['BL34000061', 'BL01001973']);
		expect(fn.results[1]).toMatchObject({
			count: 2,
			totalCount: 5,
			numRemaining: 3,
			resultId: 'R1',
			listType: 'CUSTOMER',
		});
		// Values stay strings: an ID like 007 must not become 7.
		expect(fn.results[1].records.map((r) => r.CUSTOMERID)).toEqual(['007', 'C-2']);
	});
});
