import { INTACCT_SANDBOX_CREDENTIALS as CREDS, INTACCT_SEED_CUSTOMERS } from '../../../sandbox/intacct/seed';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { adminJson, asArray, envelope, getSession, post, type Xml } from './helpers';

let sbx: Sandbox;

beforeAll(async () => {
	sbx = await startSandbox({ port: 0 });
});
afterAll(async () => {
	await sbx.close();
});
beforeEach(async () => {
	await adminJson(sbx.url, 'POST', '/reset');
});

const rbq = (query: string, opts: { fields?: string; pagesize?: number | string; object?: string } = {}): string =>
	`<readByQuery><object>${opts.object ?? 'CUSTOMER'}</object><fields>${opts.fields ?? '*'}</fields><query>${query
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(
			/>/g,
			'&gt;',
		)}</query>${opts.pagesize !== undefined ? `<pagesize>${opts.pagesize}</pagesize>` : ''}</readByQuery>`;

function result(r: { xml: Xml }, i = 0): Xml {
	return asArray(r.xml.response.operation.result)[i];
}

/** Seeded customers shared at the top level (no owning entity): what a top-level session sees. */
const SHARED_SEED = INTACCT_SEED_CUSTOMERS.filter((c) => !c.fields.MEGAENTITYID);
const top = (customerIds: string[]): string[] =>
	customerIds.filter((id) => SHARED_SEED.some((c) => c.fields.CUSTOMERID === id));

function ids(res: Xml): string[] {
	return asArray(res.data.CUSTOMER).map((c: Xml) => c.CUSTOMERID);
}

describe('control and authentication failures', () => {
	it('wrong sender password → control failure XMLGW_JPP0002', async () => {
		const r = await post(sbx.url, envelope({ senderPassword: 'wrong', functions: ['<getAPISession/>'] }));
		expect(r.status).toBe(200);
		expect(r.xml.response.control).toMatchObject({ status: 'failure', senderid: CREDS.senderId, dtdversion: '3.0' });
		expect(r.xml.response.operation).toBeUndefined();
		expect(r.xml.response.errormessage.error.errorno).toBe('XMLGW_JPP0002');
		expect(r.xml.response.errormessage.error.description).toContain('Sign-in information is incorrect');
	});

	it('sender not authorised for the company → authentication failure XL03000006', async () => {
		for (const sender of [CREDS.unauthorizedSender, { senderId: 'NEVER_HEARD_OF', senderPassword: 'x' }]) {
			const r = await post(
				sbx.url,
				envelope({ senderId: sender.senderId, senderPassword: sender.senderPassword, functions: ['<getAPISession/>'] }),
			);
			expect(r.xml.response.control.status).toBe('success');
			const op = r.xml.response.operation;
			expect(op.authentication).toMatchObject({ status: 'failure', userid: CREDS.userId, companyid: CREDS.companyId });
			expect(op.result).toBeUndefined();
			expect(op.errormessage.error.errorno).toBe('XL03000006');
			expect(op.errormessage.error.description2).toBe(
				`Invalid Web Services Authorization: the sender ID '${sender.senderId}' is not authorized to make Web Services requests to company ID '${CREDS.companyId}'.`,
			);
		}
	});

	it('wrong user password (or unknown user/company) → authentication failure XL03000006 sign-in', async () => {
		for (const login of [{ password: 'nope' }, { userId: 'someone' }, { companyId: 'OTHER-CO' }]) {
			const r = await post(sbx.url, envelope({ login, functions: ['<getAPISession/>'] }));
			const op = r.xml.response.operation;
			expect(op.authentication.status).toBe('failure');
			expect(op.errormessage.error).toMatchObject({
				errorno: 'XL03000006',
				description2: 'Sign-in information is incorrect',
			});
		}
	});

	it('malformed XML → control failure XL03000003', async () => {
		const r = await post(sbx.url, '<request><control><senderid>x</senderid></request>');
		expect(r.xml.response.control.status).toBe('failure');
		expect(r.xml.response.errormessage.error.errorno).toBe('XL03000003');
		const missing = await post(
			sbx.url,
			envelope({ functions: ['<getAPISession/>'] }).replace(/<dtdversion>3.0<\/dtdversion>/, ''),
		);
		expect(missing.xml.response.errormessage.error).toMatchObject({
			errorno: 'XL03000003',
			description2: 'Control block is missing dtdversion element',
		});
		const noCtl = await post(
			sbx.url,
			envelope({ functions: ['<getAPISession/>'] }).replace('<function controlid="f1">', '<function>'),
		);
		expect(noCtl.xml.response.errormessage.error.errorno).toBe('XL03000003');
	});

	it('GET is not supported', async () => {
		expect((await fetch(`${sbx.url}/intacct/ia/xml/xmlgw.phtml`)).status).toBe(405);
	});
});

describe('getAPISession and sessions', () => {
	it('returns sessionid, the sandbox endpoint and locationid, with the authentication block', async () => {
		const s = await getSession(sbx.url);
		expect(s.sessionid).toMatch(/\S+/);
		// A session endpoint of its own (notes §1.6): the gateway URL marked as the sandbox's "pod".
		expect(s.endpoint).toBe(`${sbx.url}/intacct/ia/xml/xmlgw.phtml?pod=sbx1`);
		expect(s.locationid).toBe('');
		expect(s.auth).toMatchObject({
			status: 'success',
			userid: CREDS.userId,
			companyid: CREDS.companyId,
			locationid: '',
		});
		expect(s.auth.sessiontimestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
		const ts = Date.parse(s.auth.sessiontimestamp);
		expect(Date.parse(s.auth.sessiontimeout) - ts).toBe(2 * 3600 * 1000);
	});

	it('gives entity-level sessions for seeded entities and fails for unknown ones', async () => {
		const uk = await getSession(sbx.url, 'UK');
		expect(uk.locationid).toBe('UK');
		const r = await post(
			sbx.url,
			envelope({ sessionId: uk.sessionid, functions: [rbq('', { fields: 'CUSTOMERID,MEGAENTITYID' })] }),
			uk.endpoint,
		);
		expect(r.xml.response.operation.authentication.locationid).toBe('UK');
		const rows = asArray(result(r).data.CUSTOMER) as Array<{ MEGAENTITYID: string }>;
		expect(rows.every((c) => c.MEGAENTITYID === '' || c.MEGAENTITYID === 'UK')).toBe(true);
		expect(rows.some((c) => c.MEGAENTITYID === 'UK')).toBe(true);

		const bad = await post(
			sbx.url,
			envelope({ functions: ['<getAPISession><locationid>FR</locationid></getAPISession>'] }),
		);
		expect(result(bad).status).toBe('failure');
		expect(result(bad).errormessage.error.description2).toContain("'FR'");
	});

	it('sessions slide on each call and expire after the configured timeout', async () => {
		await adminJson(sbx.url, 'POST', '/clock', { now: '2026-02-01T12:00:00Z', frozen: true });
		expect((await adminJson(sbx.url, 'POST', '/intacct/session-timeout', { seconds: 600 })).status).toBe(200);
		const s = await getSession(sbx.url);
		expect(Date.parse(s.auth.sessiontimeout) - Date.parse(s.auth.sessiontimestamp)).toBe(600_000);

		await adminJson(sbx.url, 'POST', '/clock', { advanceSeconds: 500 });
		const ok = await post(
			sbx.url,
			envelope({ sessionId: s.sessionid, functions: [rbq("CUSTOMERID = 'C-0001'")] }),
			s.endpoint,
		);
		expect(ok.xml.response.operation.authentication.status).toBe('success');
		expect(ok.xml.response.operation.authentication.sessiontimeout).toBe('2026-02-01T04:18:20-08:00');

		await adminJson(sbx.url, 'POST', '/clock', { advanceSeconds: 500 }); // 500 s after the last call: still alive (sliding)
		const still = await post(
			sbx.url,
			envelope({ sessionId: s.sessionid, functions: [rbq("CUSTOMERID = 'C-0001'")] }),
			s.endpoint,
		);
		expect(still.xml.response.operation.authentication.status).toBe('success');

		await adminJson(sbx.url, 'POST', '/clock', { advanceSeconds: 601 });
		const expired = await post(
			sbx.url,
			envelope({ sessionId: s.sessionid, functions: [rbq("CUSTOMERID = 'C-0001'")] }),
			s.endpoint,
		);
		expect(expired.xml.response.control.status).toBe('success');
		expect(expired.xml.response.operation.authentication.status).toBe('failure');
		expect(expired.xml.response.operation.errormessage.error).toMatchObject({
			errorno: 'XL03000006',
			description2: 'Invalid session',
		});

		const unknown = await post(sbx.url, envelope({ sessionId: 'made-up', functions: ['<getAPISession/>'] }));
		expect(unknown.xml.response.operation.errormessage.error.description2).toBe('Invalid session');
		expect((await adminJson(sbx.url, 'POST', '/intacct/session-timeout', { seconds: 0 })).status).toBe(400);
	});
});

describe('readByQuery / readMore', () => {
	it('pages with pagesize 5 and readMore until numremaining=0, returning exactly the seed', async () => {
		const s = await getSession(sbx.url);
		const first = await post(
			sbx.url,
			envelope({ sessionId: s.sessionid, functions: [rbq('', { pagesize: 5 })] }),
			s.endpoint,
		);
		let res = result(first);
		expect(res).toMatchObject({ status: 'success', function: 'readByQuery', controlid: 'f1' });
		// Notes §1.7: the top level sees the 8 shared customers, not the 4 private to US or UK.
		expect(res.data).toMatchObject({
			'@_listtype': 'CUSTOMER',
			'@_count': '5',
			'@_totalcount': '8',
			'@_numremaining': '3',
		});
		const resultId = res.data['@_resultId'];
		expect(resultId).toMatch(/\S/);
		const rows: Xml[] = [...asArray(res.data.CUSTOMER)];
		const pages = [res.data['@_count']];
		for (let guard = 0; res.data['@_numremaining'] !== '0' && guard < 10; guard++) {
			const more = await post(
				sbx.url,
				envelope({ sessionId: s.sessionid, functions: [`<readMore><resultId>${resultId}</resultId></readMore>`] }),
				s.endpoint,
			);
			res = result(more);
			expect(res).toMatchObject({ status: 'success', function: 'readMore' });
			pages.push(res.data['@_count']);
			rows.push(...asArray(res.data.CUSTOMER));
		}
		expect(pages).toEqual(['5', '3']);
		expect(res.data['@_resultId']).toBe('');
		expect(rows).toHaveLength(SHARED_SEED.length);
		rows.forEach((row, i) => {
			const seed = SHARED_SEED[i]!;
			expect(row.RECORDNO).toBe(String(seed.recordNo));
			for (const [k, v] of Object.entries(seed.fields)) expect([k, row[k]]).toEqual([k, v === null ? '' : String(v)]);
			expect(row.WHENMODIFIED).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
		});
		expect(rows[0].WHENCREATED).toBe('01/03/2025 08:15:00');

		// The result set is gone once exhausted.
		const again = await post(
			sbx.url,
			envelope({ sessionId: s.sessionid, functions: [`<readMore><resultId>${resultId}</resultId></readMore>`] }),
			s.endpoint,
		);
		expect(result(again).status).toBe('failure');
	});

	it('filters: =, >= on timestamps and numbers, AND, OR, IN, LIKE, IS NULL, field lists (top level: shared records only)', async () => {
		const q = async (query: string, fields = 'CUSTOMERID'): Promise<string[]> => {
			const r = await post(sbx.url, envelope({ functions: [rbq(query, { fields, pagesize: 1000 })] }));
			expect(result(r).status).toBe('success');
			return ids(result(r));
		};
		expect(await q("CUSTOMERID = 'C-0003'")).toEqual(top(['C-0003']));
		expect(await q("STATUS = 'inactive'")).toEqual(top(['C-0004', 'C-0008']));
		expect(await q("WHENMODIFIED >= '01/10/2026 00:00:00'")).toEqual(top(['C-0010', 'C-0011']));
		expect(await q("WHENMODIFIED >= '01/10/2026 00:00:00' AND CURRENCY = 'EUR'")).toEqual(top(['C-0010']));
		expect(await q('CREDITLIMIT >= 20000')).toEqual(top(['C-0003', 'C-0007', 'C-0011']));
		expect(await q("CREDITLIMIT >= '20000' OR CURRENCY = 'EUR'")).toEqual(
			top(['C-0003', 'C-0004', 'C-0006', 'C-0007', 'C-0010', 'C-0011']),
		);
		expect(await q("CURRENCY IN ('GBP', 'EUR') AND STATUS = 'active'")).toEqual(
			top(['C-0002', 'C-0005', 'C-0006', 'C-0010', 'C-0012']),
		);
		expect(await q("NAME LIKE 'K%'")).toEqual(top(['C-0011']));
		expect(await q("NAME LIKE '%Co%' AND NOT NAME LIKE '%Coworking%'")).toEqual(top(['C-0003', 'C-0009', 'C-0010']));
		expect(await q("NAME = 'Harbor & Hale\\'s Café'")).toEqual(top(['C-0008']));
		expect(await q('CREDITLIMIT IS NULL')).toEqual(top(['C-0004']));
		expect(await q("MEGAENTITYID IN ('US')")).toEqual(top(['C-0003', 'C-0007']));
		expect(await q("name = 'kestrel robotics'")).toEqual(top([])); // string operands are case-sensitive

		const r = await post(
			sbx.url,
			envelope({ functions: [rbq("CUSTOMERID = 'C-0001'", { fields: 'name, CUSTOMERID' })] }),
		);
		expect(result(r).data.CUSTOMER).toEqual({ NAME: 'Acme Coworking Ltd', CUSTOMERID: 'C-0001' });
	});

	it('defaults pagesize to 100 and rejects out-of-range page sizes and bad queries', async () => {
		const all = await post(sbx.url, envelope({ functions: [rbq('')] }));
		expect(result(all).data).toMatchObject({ '@_count': String(SHARED_SEED.length), '@_numremaining': '0' });
		for (const pagesize of [0, 1001, 'abc']) {
			const r = await post(sbx.url, envelope({ functions: [rbq('', { pagesize })] }));
			expect(result(r).status).toBe('failure');
			expect(result(r).errormessage.error.description2).toContain('pagesize');
		}
		expect(result(await post(sbx.url, envelope({ functions: [rbq('', { pagesize: 1000 })] }))).status).toBe('success');
		for (const query of ["NAME = 'unterminated", 'NOPE = 1', "STATUS 'x'"]) {
			const r = await post(sbx.url, envelope({ functions: [rbq(query)] }));
			expect(result(r).status).toBe('failure');
		}
		const badObj = await post(sbx.url, envelope({ functions: [rbq('', { object: 'WIDGET' })] }));
		expect(result(badObj).errormessage.error.description2).toContain('WIDGET');
		const badField = await post(sbx.url, envelope({ functions: [rbq('', { fields: 'NAME,NOPE' })] }));
		expect(result(badField).errormessage.error.description2).toContain('NOPE');
	});

	it('reads LOCATIONENTITY and answers each function of a batch in its own result', async () => {
		const r = await post(
			sbx.url,
			envelope({
				functions: [
					rbq('', { object: 'LOCATIONENTITY', fields: 'LOCATIONID' }),
					'<frobnicate/>',
					rbq("CUSTOMERID = 'C-0001'", { fields: 'NAME' }),
				],
			}),
		);
		const results = asArray(r.xml.response.operation.result);
		expect(results).toHaveLength(3);
		expect(asArray(results[0].data.LOCATIONENTITY).map((e: Xml) => e.LOCATIONID)).toEqual(['US', 'UK']);
		expect(results[1]).toMatchObject({ status: 'failure', function: 'frobnicate', controlid: 'f2' });
		expect(results[1].errormessage.error.errorno).toBe('SANDBOX-UNSUPPORTED-FUNCTION');
		expect(results[2]).toMatchObject({ status: 'success', controlid: 'f3' });
	});

	it('under transaction="true" one failure fails every function with XL03000009', async () => {
		const r = await post(sbx.url, envelope({ transaction: true, functions: [rbq(''), '<frobnicate/>'] }));
		const results = asArray(r.xml.response.operation.result);
		expect(results.map((x: Xml) => x.status)).toEqual(['failure', 'failure']);
		expect(asArray(results[0].errormessage.error).map((e: Xml) => e.errorno)).toEqual(['XL03000009']);
		expect(asArray(results[1].errormessage.error).map((e: Xml) => e.errorno)).toEqual([
			'SANDBOX-UNSUPPORTED-FUNCTION',
			'XL03000009',
		]);
	});
});

describe('concurrency limit', () => {
	it('a third concurrent request for the same company gets HTTP 429 GW-0010', async () => {
		const s = await getSession(sbx.url);
		await adminJson(sbx.url, 'POST', '/faults', { system: 'intacct', type: 'latency', latencyMs: 400 });
		const bodies = [
			envelope({ sessionId: s.sessionid, functions: [rbq('')] }),
			envelope({ functions: [rbq('')] }), // login auth, same company
			envelope({ sessionId: s.sessionid, functions: [rbq('')] }),
		];
		const endpoints = [s.endpoint, undefined, s.endpoint];
		const responses = await Promise.all(bodies.map((b, i) => post(sbx.url, b, endpoints[i])));
		const statuses = responses.map((r) => r.status).sort();
		expect(statuses).toEqual([200, 200, 429]);
		const throttled = responses.find((r) => r.status === 429)!;
		expect(throttled.xml.response.control.status).toBe('failure');
		expect(throttled.xml.response.errormessage.error.errorno).toBe('GW-0010');
		await adminJson(sbx.url, 'DELETE', '/faults');

		// Slots are released: the next requests pass again.
		expect(sbx.state.inFlight.size).toBe(0);
		const after = await Promise.all([post(sbx.url, bodies[0]!, s.endpoint), post(sbx.url, bodies[1]!)]);
		expect(after.map((r) => r.status)).toEqual([200, 200]);
		const log = (await adminJson(sbx.url, 'GET', '/requests?system=intacct')).json;
		expect(log.filter((e: Xml) => e.status === 429)).toHaveLength(1);
	});
});
