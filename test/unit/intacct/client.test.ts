import nock from 'nock';
import { SageIntacctApi } from '../../../credentials/SageIntacctApi.credentials';
import { clearSessionCache, IntacctClient } from '../../../nodes/SageIntacct/transport/client';
import { IntacctError } from '../../../nodes/SageIntacct/transport/errors';
import { parseXml } from '../../../nodes/SageIntacct/transport/xml';
import { fakeContext } from '../../helpers/fakeContext';

const HOST = 'http://intacct.test';
const PATH = '/ia/xml/xmlgw.phtml';
const credentials = {
	senderId: 'SND',
	senderPassword: 'sender-secret-1',
	userId: 'u',
	companyId: 'CO',
	userPassword: 'user-secret-2',
	entityId: '',
	endpointUrl: HOST + PATH,
};
const FAST = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 20, maxTotalMs: 2000 };

const ok = (inner: string, timeout = '2099-01-01T00:00:00-08:00') =>
	`<response><control><status>success</status></control><operation><authentication><status>success</status><sessiontimeout>${timeout}</sessiontimeout></authentication>${inner}</operation></response>`;
const sessionResult = (id: string) =>
	ok(
		`<result><status>success</status><function>getAPISession</function><controlid>getAPISession</controlid><data><api><sessionid>${id}</sessionid><endpoint>${HOST}${PATH}</endpoint><locationid></locationid></api></data></result>`,
	);

function functionsOf(body: string): Array<{ controlid: string; name: string; content: any }> {
	const doc = parseXml(body) as any;
	const fns = doc.request.operation.content.function;
	return (Array.isArray(fns) ? fns : [fns]).map((f: any) => {
		const name = Object.keys(f).find((k) => !k.startsWith('@_'))!;
		return { controlid: f['@_controlid'], name, content: f[name] };
	});
}
const isSession = (body: string) => body.includes('<getAPISession');

function client(options = {}) {
	const ctx = fakeContext(new SageIntacctApi(), credentials);
	return { ctx, client: new IntacctClient(ctx as any, { retry: FAST, ...options }) };
}

beforeEach(() => {
	clearSessionCache();
	nock.disableNetConnect();
});
afterEach(() => {
	nock.cleanAll();
	nock.enableNetConnect();
});

describe('IntacctClient', () => {
	it('opens one session, reuses it, and pages readByQuery with readMore', async () => {
		let sessions = 0;
		const seen: string[] = [];
		nock(HOST)
			.post(PATH)
			.times(4)
			.reply(200, (_uri, body) => {
				const text = String(body);
				if (isSession(text)) {
					sessions++;
					expect(text).toContain('<password>user-secret-2</password>');
					return sessionResult('S1');
				}
				expect(text).toContain('<sessionid>S1</sessionid>');
				const [fn] = functionsOf(text);
				seen.push(fn.name);
				if (fn.name === 'readByQuery') {
					return ok(
						`<result><status>success</status><function>readByQuery</function><controlid>${fn.controlid}</controlid><data listtype="CUSTOMER" count="2" totalcount="3" numremaining="1" resultId="R9"><CUSTOMER><CUSTOMERID>A</CUSTOMERID></CUSTOMER><CUSTOMER><CUSTOMERID>B</CUSTOMERID></CUSTOMER></data></result>`,
					);
				}
				expect(fn.content.resultId).toBe('R9');
				return ok(
					`<result><status>success</status><function>readMore</function><controlid>${fn.controlid}</controlid><data listtype="CUSTOMER" count="1" totalcount="3" numremaining="0"><CUSTOMER><CUSTOMERID>C</CUSTOMERID></CUSTOMER></data></result>`,
				);
			});
		const { client: c } = client();
		const first = await c.readByQuery({ object: 'CUSTOMER', pageSize: 2 });
		expect(first.map((r) => r.CUSTOMERID)).toEqual(['A', 'B', 'C']);
		const second = await c.readByQuery({ object: 'CUSTOMER', pageSize: 2, limit: 2 });
		expect(second.map((r) => r.CUSTOMERID)).toEqual(['A', 'B']);
		expect(sessions).toBe(1);
		expect(seen).toEqual(['readByQuery', 'readMore', 'readByQuery']);
	});

	it('renews an expired session once and repeats the call', async () => {
		let sessionCount = 0;
		let calls = 0;
		nock(HOST)
			.post(PATH)
			.times(4)
			.reply(200, (_uri, body) => {
				const text = String(body);
				if (isSession(text)) return sessionResult(`S${++sessionCount}`);
				calls++;
				if (text.includes('<sessionid>S1</sessionid>')) {
					return '<response><control><status>success</status></control><operation><authentication><status>failure</status></authentication><errormessage><error><errorno>XL03000006</errorno><description></description><description2>Invalid session</description2><correction></correction></error></errormessage></operation></response>';
				}
				const [fn] = functionsOf(text);
				return ok(
					`<result><status>success</status><function>readByQuery</function><controlid>${fn.controlid}</controlid><data listtype="CUSTOMER" count="0" totalcount="0" numremaining="0"></data></result>`,
				);
			});
		const { client: c } = client();
		await expect(c.readByQuery({ object: 'CUSTOMER' })).resolves.toEqual([]);
		expect(sessionCount).toBe(2);
		expect(calls).toBe(2);
	});

	it('renews a session again when the new one was also refused as expired, at most three times', async () => {
		// Under a short company session timeout (or a slow network) a fresh session can expire before
		// the request that uses it arrives; Intacct refused the request, so nothing ran and a fresh
		// session is safe. After three renewals the error goes to the caller.
		const invalid =
			'<response><control><status>success</status></control><operation><authentication><status>failure</status></authentication><errormessage><error><errorno>XL03000006</errorno><description></description><description2>Invalid session</description2><correction></correction></error></errormessage></operation></response>';
		const run = async (goodSession: string | undefined) => {
			let sessionCount = 0;
			let calls = 0;
			nock(HOST)
				.post(PATH)
				.times(10)
				.reply(200, (_uri, body) => {
					const text = String(body);
					if (isSession(text)) return sessionResult(`S${++sessionCount}`);
					calls++;
					if (!goodSession || !text.includes(`<sessionid>${goodSession}</sessionid>`)) return invalid;
					const [fn] = functionsOf(text);
					return ok(
						`<result><status>success</status><function>readByQuery</function><controlid>${fn.controlid}</controlid><data listtype="CUSTOMER" count="0" totalcount="0" numremaining="0"></data></result>`,
					);
				});
			const { client: c } = client();
			const outcome = await c.readByQuery({ object: 'CUSTOMER' }).then(
				(records) => ({ records }),
				(error: unknown) => ({ error }),
			);
			nock.cleanAll();
			return { outcome, sessionCount, calls };
		};
		const third = await run('S3');
		expect(third.outcome).toEqual({ records: [] });
		expect(third.sessionCount).toBe(3);
		expect(third.calls).toBe(3);
		const never = await run(undefined);
		expect('error' in never.outcome && String((never.outcome.error as Error).message)).toMatch(/Invalid session/);
		// One try and three renewals (the first try may reuse the session cached by the run above).
		expect(never.calls).toBe(4);
		expect(never.sessionCount).toBeGreaterThanOrEqual(3);
	});

	it('retries 429 with Retry-After and GW-0010, then succeeds', async () => {
		nock(HOST).post(PATH).reply(200, sessionResult('S1'));
		nock(HOST)
			.post(PATH)
			.reply(
				429,
				'<response><control><status>failure</status></control><errormessage><error><errorno>GW-0010</errorno><description>Rate limited</description><description2></description2><correction></correction></error></errormessage></response>',
				{ 'Retry-After': '0' },
			);
		nock(HOST)
			.post(PATH)
			.reply(
				200,
				'<response><control><status>failure</status></control><errormessage><error><errorno>GW-0010</errorno><description>Too many</description><description2></description2><correction></correction></error></errormessage></response>',
			);
		nock(HOST)
			.post(PATH)
			.reply(200, (_u, body) => {
				const [fn] = functionsOf(String(body));
				return ok(
					`<result><status>success</status><function>readByQuery</function><controlid>${fn.controlid}</controlid><data listtype="CUSTOMER" count="1" totalcount="1" numremaining="0"><CUSTOMER><CUSTOMERID>Z</CUSTOMERID></CUSTOMER></data></result>`,
				);
			});
		const { client: c } = client();
		const rows = await c.readByQuery({ object: 'CUSTOMER' });
		expect(rows).toEqual([{ CUSTOMERID: 'Z' }]);
		expect(nock.isDone()).toBe(true);
	});

	it('never repeats a write after a 5xx, even with uniqueid: it comes back as possibly processed', async () => {
		nock(HOST).post(PATH).reply(200, sessionResult('S1'));
		nock(HOST).post(PATH).reply(502, 'bad gateway');
		const { client: c } = client();
		const fn = { controlId: 'w1', body: { create: { CUSTOMER: { NAME: 'X' } } } };
		const [result] = await c.run([fn]);
		expect(result).toBeInstanceOf(IntacctError);
		expect((result as IntacctError).httpStatus).toBe(502);
		expect((result as IntacctError).maybeProcessed).toBe(true);
		expect(nock.isDone()).toBe(true);

		// With uniqueid=true the transport still does not repeat it: helpers/write.ts confirms the
		// outcome by a look-up (the duplicate-controlid answer of real Intacct is unverified).
		nock(HOST).post(PATH).reply(502, 'bad gateway');
		const [again] = await c.run([fn], { uniqueId: true });
		expect((again as IntacctError).maybeProcessed).toBe(true);
		expect(nock.isDone()).toBe(true);
	});

	it('batches functions, matches results by controlid, fails only the failed function', async () => {
		const requests: number[] = [];
		nock(HOST)
			.post(PATH)
			.times(10)
			.reply(200, (_u, body) => {
				const text = String(body);
				if (isSession(text)) return sessionResult('S1');
				const fns = functionsOf(text);
				requests.push(fns.length);
				// answer in reverse order: the client must match by controlid, not position
				const results = fns
					.reverse()
					.map((f) =>
						f.controlid === 'item-7'
							? `<result><status>failure</status><function>create</function><controlid>${f.controlid}</controlid><errormessage><error><errorno>BL34000061</errorno><description>Another Customer with the given value(s) already exists</description><description2></description2><correction>Use a unique value instead</correction></error></errormessage></result>`
							: `<result><status>success</status><function>create</function><controlid>${f.controlid}</controlid><data listtype="objects" count="1"><customer><CUSTOMERID>${f.content.CUSTOMER.CUSTOMERID}</CUSTOMERID></customer></data></result>`,
					)
					.join('');
				return ok(results);
			});
		const { client: c } = client({ batchSize: 5 });
		const fns = Array.from({ length: 12 }, (_, i) => ({
			controlId: `item-${i}`,
			body: { create: { CUSTOMER: { CUSTOMERID: `C${i}` } } },
		}));
		const results = await c.run(fns);
		expect(requests.sort()).toEqual([2, 5, 5]);
		results.forEach((r, i) => {
			if (i === 7) {
				expect(r).not.toBeInstanceOf(IntacctError);
				expect((r as any).status).toBe('failure');
				expect((r as any).errors[0].errorno).toBe('BL34000061');
			} else {
				expect((r as any).records[0].CUSTOMERID).toBe(`C${i}`);
			}
		});
	});

	it('keeps at most maxConcurrent requests in flight', async () => {
		let inFlight = 0;
		let peak = 0;
		nock(HOST)
			.post(PATH)
			.times(20)
			.reply(200, async (_u, body) => {
				const text = String(body);
				if (isSession(text)) return sessionResult('S1');
				inFlight++;
				peak = Math.max(peak, inFlight);
				await new Promise((r) => setTimeout(r, 20));
				inFlight--;
				const fns = functionsOf(text);
				return ok(
					fns
						.map(
							(f) =>
								`<result><status>success</status><function>create</function><controlid>${f.controlid}</controlid></result>`,
						)
						.join(''),
				);
			});
		const { client: c } = client({ batchSize: 1, maxConcurrent: 2 });
		await c.run(
			Array.from({ length: 8 }, (_, i) => ({ controlId: `k${i}`, body: { create: { CUSTOMER: { NAME: 'n' } } } })),
		);
		expect(peak).toBe(2);
	});

	it('explains an unauthorised sender and never leaks a password', async () => {
		nock(HOST)
			.post(PATH)
			.reply(
				200,
				'<response><control><status>success</status></control><operation><authentication><status>failure</status></authentication><errormessage><error><errorno>XL03000006</errorno><description>Invalid Web Services Authorization</description><description2>The sender ID SND is not authorized to make Web Services requests to company ID CO.</description2><correction>Contact the company administrator</correction></error></errormessage></operation></response>',
			);
		const { client: c } = client();
		const error = await c.readByQuery({ object: 'CUSTOMER' }).catch((e) => e);
		expect(error).toBeInstanceOf(IntacctError);
		expect(error.code).toBe('XL03000006');
		expect(error.details).toMatch(/Company > Setup > Security > Web Services authorizations/);
		const everything = `${error.message} ${error.details} ${JSON.stringify(error)}`;
		expect(everything).not.toContain('sender-secret-1');
		expect(everything).not.toContain('user-secret-2');
	});
});
