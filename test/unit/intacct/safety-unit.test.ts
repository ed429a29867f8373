/**
 * Issue 12 and 20, transport side: throttling has its own budget, readMore is never repeated
 * blindly, short lists are errors, sessions belong to one credential, request bodies are checked
 * for element names and characters XML forbids, and the credential test never echoes a password.
 */
import nock from 'nock';
import { SageIntacctApi } from '../../../credentials/SageIntacctApi.credentials';
import { sageIntacctApiTest } from '../../../nodes/SageIntacct/methods/credentialTest';
import { clearSessionCache, IntacctClient } from '../../../nodes/SageIntacct/transport/client';
import { IntacctError } from '../../../nodes/SageIntacct/transport/errors';
import {
	buildRequestXml,
	checkRecordKeys,
	parseXml,
	removeInvalidXmlChars,
} from '../../../nodes/SageIntacct/transport/xml';
import { httpClassifier, withRetry } from '../../../nodes/shared/retry';
import { fakeContext } from '../../helpers/fakeContext';

const HOST = 'http://intacct-safety.test';
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

const ok = (inner: string) =>
	`<response><control><status>success</status></control><operation><authentication><status>success</status><sessiontimeout>2099-01-01T00:00:00-08:00</sessiontimeout></authentication>${inner}</operation></response>`;
const sessionResult = (id: string) =>
	ok(
		`<result><status>success</status><function>getAPISession</function><controlid>getAPISession</controlid><data><api><sessionid>${id}</sessionid><endpoint>${HOST}${PATH}</endpoint><locationid></locationid></api></data></result>`,
	);
const isSession = (body: string) => body.includes('<getAPISession');
const gw0010 =
	'<response><control><status>failure</status></control><errormessage><error><errorno>GW-0010</errorno><description>Rate limited</description><description2></description2><correction></correction></error></errormessage></response>';

function functionOf(body: string): { controlid: string; name: string; content: any } {
	const doc = parseXml(body) as any;
	const f = doc.request.operation.content.function;
	const name = Object.keys(f).find((k) => !k.startsWith('@_'))!;
	return { controlid: f['@_controlid'], name, content: f[name] };
}
const customers = (fn: string, controlid: string, ids: string[], total: number, remaining: number, resultId: string) =>
	ok(
		`<result><status>success</status><function>${fn}</function><controlid>${controlid}</controlid><data listtype="CUSTOMER" count="${ids.length}" totalcount="${total}" numremaining="${remaining}" resultId="${resultId}">${ids
			.map((id) => `<CUSTOMER><RECORDNO>${id}</RECORDNO></CUSTOMER>`)
			.join('')}</data></result>`,
	);

function client(creds: Record<string, string> = credentials, options = {}) {
	const ctx = fakeContext(new SageIntacctApi(), creds);
	return new IntacctClient(ctx as any, { retry: FAST, ...options });
}

beforeEach(() => {
	clearSessionCache();
	nock.disableNetConnect();
});
afterEach(() => {
	nock.cleanAll();
	nock.enableNetConnect();
});

describe('throttling is not failure (issue 20 case 3)', () => {
	it('withRetry: six 429s in a row do not use up the 5xx budget; the throttle budget is bounded in time', async () => {
		let calls = 0;
		let clock = 0;
		const policy = { maxAttempts: 6, baseDelayMs: 10, maxDelayMs: 100, maxTotalMs: 1000 };
		const result = await withRetry(
			async () => {
				calls++;
				if (calls <= 6) throw { statusCode: 429, headers: { 'retry-after': '2' } };
				if (calls === 7) throw { statusCode: 503 };
				return 'read';
			},
			httpClassifier({ idempotent: true }),
			policy,
			async (ms) => {
				clock += ms;
			},
			() => clock,
		);
		expect(result).toBe('read');
		expect(calls).toBe(8);
		// Retry-After honoured (2 s each) although longer than the 5xx policy's 100 ms cap.
		expect(clock).toBeGreaterThanOrEqual(12_000);

		// Endless throttling still ends: within the throttle budget's total time.
		clock = 0;
		calls = 0;
		await expect(
			withRetry(
				async () => {
					calls++;
					throw { statusCode: 429, headers: { 'retry-after': '30' } };
				},
				httpClassifier({ idempotent: true }),
				{ ...policy, throttle: { maxAttempts: 100, baseDelayMs: 1000, maxDelayMs: 60_000, maxTotalMs: 300_000 } },
				async (ms) => {
					clock += ms;
				},
				() => clock,
			),
		).rejects.toEqual({ statusCode: 429, headers: { 'retry-after': '30' } });
		expect(clock).toBeLessThanOrEqual(300_000);
		expect(calls).toBe(11);
	});

	it('a read answered by six GW-0010 / 429 in a row still returns its records', async () => {
		nock(HOST).post(PATH).reply(200, sessionResult('S1'));
		for (let n = 0; n < 6; n++) {
			if (n % 2) nock(HOST).post(PATH).reply(429, gw0010, { 'Retry-After': '0' });
			else nock(HOST).post(PATH).reply(200, gw0010);
		}
		nock(HOST)
			.post(PATH)
			.reply(200, (_u, body) => {
				const fn = functionOf(String(body));
				return customers('readByQuery', fn.controlid, ['1'], 1, 0, '');
			});
		const rows = await client(credentials, {
			retry: { ...FAST, throttle: { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 5, maxTotalMs: 5000 } },
		}).readByQuery({ object: 'CUSTOMER' });
		expect(rows).toEqual([{ RECORDNO: '1' }]);
		expect(nock.isDone()).toBe(true);
	});
});

describe('readMore is never repeated blindly (issue 20 case 2)', () => {
	/**
	 * A server whose readMore advances the result set even when its answer is lost, like Intacct's.
	 * 5 records in pages of 2.
	 */
	function pagingServer(loseReadMore: number[], lose: 'reset' | '502' = 'reset') {
		const ids = ['1', '2', '3', '4', '5'];
		let sets = 0;
		const positions = new Map<string, number>();
		let readMores = 0;
		const log: string[] = [];
		nock(HOST)
			.post(PATH)
			.times(30)
			.reply(function (_u, body, cb) {
				const text = String(body);
				if (isSession(text)) return cb(null, [200, sessionResult('S1')]);
				const fn = functionOf(text);
				log.push(fn.name);
				if (fn.name === 'readByQuery') {
					const id = `RS${++sets}`;
					positions.set(id, 2);
					return cb(null, [200, customers('readByQuery', fn.controlid, ids.slice(0, 2), 5, 3, id)]);
				}
				const rs = String(fn.content.resultId);
				const at = positions.get(rs) ?? 5;
				const page = ids.slice(at, at + 2);
				positions.set(rs, at + page.length);
				readMores++;
				if (loseReadMore.includes(readMores)) {
					if (lose === 'reset')
						return cb(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), undefined as never);
					return cb(null, [502, 'bad gateway']);
				}
				return cb(null, [200, customers('readMore', fn.controlid, page, 5, 5 - at - page.length, rs)]);
			});
		return { log };
	}

	it('a lost readMore answer restarts the query: every record once, none skipped', async () => {
		const server = pagingServer([1]);
		const rows = await client().readByQuery({ object: 'CUSTOMER', pageSize: 2 });
		expect(rows.map((r) => r.RECORDNO)).toEqual(['1', '2', '3', '4', '5']);
		// The lost readMore was not repeated on the same result set: the query started again.
		expect(server.log).toEqual(['readByQuery', 'readMore', 'readByQuery', 'readMore', 'readMore']);
	});

	it('a readMore answered 502 restarts too; readMore failing every time fails loudly, never short', async () => {
		pagingServer([1], '502');
		expect((await client().readByQuery({ object: 'CUSTOMER', pageSize: 2 })).map((r) => r.RECORDNO)).toEqual([
			'1',
			'2',
			'3',
			'4',
			'5',
		]);
		nock.cleanAll();
		clearSessionCache();
		pagingServer([1, 2, 3, 4, 5, 6]);
		const error = await client()
			.readByQuery({ object: 'CUSTOMER', pageSize: 2 })
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(IntacctError);
		expect((error as IntacctError).errorno).toBe('READMORE_FAILED');
		expect((error as Error).message).toMatch(/CUSTOMER/);
	});

	it('fewer records than Intacct reported (totalcount / numremaining) is an error, not a short success', async () => {
		nock(HOST).post(PATH).reply(200, sessionResult('S1'));
		nock(HOST)
			.post(PATH)
			.reply(200, (_u, body) => customers('readByQuery', functionOf(String(body)).controlid, ['1', '2'], 5, 0, ''));
		const error = await client()
			.readByQuery({ object: 'CUSTOMER' })
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(IntacctError);
		expect((error as IntacctError).errorno).toBe('SHORT_LIST');
		expect((error as Error).message).toMatch(/2 of the 5/);

		// numremaining > 0 with no resultId to follow it
		nock(HOST)
			.post(PATH)
			.reply(200, (_u, body) => customers('readByQuery', functionOf(String(body)).controlid, ['1', '2'], 5, 3, ''));
		await expect(client().readByQuery({ object: 'CUSTOMER' })).rejects.toMatchObject({ errorno: 'SHORT_LIST' });
	});
});

describe('sessions belong to exactly one credential (issue 12 case 3)', () => {
	it('a credential with a wrong password signs in itself, even after the right one has a session', async () => {
		const signIns: string[] = [];
		nock(HOST)
			.post(PATH)
			.times(10)
			.reply(200, (_u, body) => {
				const text = String(body);
				if (isSession(text)) {
					const password = /<login>.*<password>([^<]*)<\/password>/.exec(text)?.[1];
					signIns.push(String(password));
					if (password !== 'user-secret-2') {
						return '<response><control><status>success</status></control><operation><authentication><status>failure</status></authentication><errormessage><error><errorno>XL03000006</errorno><description>Sign-in information is incorrect. Please check your request.</description><description2></description2><correction></correction></error></errormessage></operation></response>';
					}
					return sessionResult('S-RIGHT');
				}
				return customers('readByQuery', functionOf(text).controlid, ['1'], 1, 0, '');
			});
		await expect(client().readByQuery({ object: 'CUSTOMER' })).resolves.toHaveLength(1);
		const wrong = await client({ ...credentials, userPassword: 'wrong-password-9' })
			.readByQuery({ object: 'CUSTOMER' })
			.catch((e: unknown) => e);
		expect(wrong).toBeInstanceOf(IntacctError);
		expect((wrong as Error).message).toMatch(/Sign-in information is incorrect/);
		expect(JSON.stringify(wrong)).not.toContain('wrong-password-9');
		// A different sender password or sender ID is a different session too.
		const otherSender = await client({ ...credentials, senderPassword: 'other-sender-pw' })
			.readByQuery({ object: 'CUSTOMER' })
			.catch((e: unknown) => e);
		expect(otherSender).toBeInstanceOf(Array);
		expect(signIns).toEqual(['user-secret-2', 'wrong-password-9', 'user-secret-2']);
	});
});

describe('request bodies: element names and characters (issue 12 cases 5 and 7)', () => {
	const build = (record: Record<string, unknown>) =>
		buildRequestXml({
			controlId: 'c',
			uniqueId: true,
			auth: { sessionId: 'S' },
			functions: [{ controlId: 'f1', body: { create: { CUSTOMER: record as never } } }],
		});

	it.each([
		['STATUS>inactive</STATUS><!--', /STATUS>inactive/],
		['#comment', /#comment/],
		['?xml', /\?xml/],
		['@_controlid', /controlid/],
		['NAME X', /NAME X/],
		['login', /envelope/],
		['password', /envelope/],
		['sessionid', /envelope/],
		['function', /envelope/],
		['xmlThing', /xmlThing/],
	])('the key %j is refused with an error naming it', (key, message) => {
		expect(() => build({ NAME: 'K', [key]: 'x' })).toThrow(message);
	});

	it('a record given as JSON may not use builder keys (#text, @_ attributes) either', () => {
		expect(() => checkRecordKeys({ NAME: 'M', '#text': 'x' })).toThrow(/"#text"/);
		expect(() => checkRecordKeys({ NAME: 'M', LINES: [{ '@_line_num': 1 }] })).toThrow(/LINES\[0\]\.@_line_num/);
		expect(() => checkRecordKeys({ NAME: 'M', CONTACT: { '#comment': 'intacct:login' } })).toThrow(/CONTACT\.#comment/);
		expect(() =>
			checkRecordKeys({ NAME: 'M', CONTACTINFO: { CONTACT: { NAME: 'x' } }, LINES: [{ AMOUNT: 1 }] }),
		).not.toThrow();
	});

	it('refuses characters XML 1.0 forbids, naming the field; removing them is possible on request', () => {
		for (const bad of ['\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\uFFFE', '\uFFFF', '\uD800', 'a\uDC00']) {
			expect(() => build({ NAME: `Acme${bad}Ltd` })).toThrow(/create\.CUSTOMER\.NAME contains the character U\+/);
		}
		// Tab, line feed, carriage return and a proper surrogate pair are fine.
		expect(build({ NAME: 'A\tB\nC\rD 😀' })).toContain('<NAME>A\tB\nC\rD 😀</NAME>');
		expect(
			removeInvalidXmlChars({ create: { CUSTOMER: { NAME: 'Acme\u0001 Ltd\uFFFF', LINES: ['x\u0002'] } } }),
		).toEqual({ create: { CUSTOMER: { NAME: 'Acme Ltd', LINES: ['x'] } } });
	});
});

describe('credential test (issue 12 case 10)', () => {
	it('an endpoint that reflects the request in an HTTP 500 body does not get either password into the message', async () => {
		const ctx = {
			helpers: {
				// n8n's legacy request helper (request-promise) rejects a 500 with the body in the message.
				request: async (options: { body: string }) => {
					throw Object.assign(
						new Error(`500 - ${JSON.stringify(`<html>Server error. You sent: ${options.body}</html>`)}`),
						{ statusCode: 500 },
					);
				},
			},
		};
		const data = { ...credentials, senderPassword: 's3cret&<sender>', userPassword: 'user"pass\'word' };
		const result = await sageIntacctApiTest.call(
			ctx as never,
			{ id: '1', name: 'x', type: 'sageIntacctApi', data } as never,
		);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/Could not reach Sage Intacct: 500/);
		for (const leaked of ['s3cret', 'user"pass', 'user\\"pass', 'user&quot;pass', 'sender&gt;', '&lt;sender'])
			expect(result.message).not.toContain(leaked);
		expect(result.message).not.toMatch(/<password>[^*<]/);

		// A 200 whose error text quotes the passwords.
		const esc = (t: string) =>
			t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
		const quoting = {
			helpers: {
				request: async () =>
					`<response><control><status>failure</status></control><errormessage><error><errorno>XL03000006</errorno><description>bad login for password ${esc(data.userPassword)} / ${esc(data.senderPassword)}</description><description2></description2><correction></correction></error></errormessage></response>`,
			},
		};
		const second = await sageIntacctApiTest.call(
			quoting as never,
			{ id: '1', name: 'x', type: 'sageIntacctApi', data } as never,
		);
		expect(second.status).toBe('Error');
		expect(second.message).not.toContain('s3cret');
		expect(second.message).not.toContain('user"pass');
	});
});
