/**
 * Sage Intacct > AP Term (APTERM): the plain resource added in three files (issue 14's proof).
 * The node runs in n8n's engine against a small gateway in this file that answers like Sage's
 * XML gateway (our sandbox does not model APTERM); every request is validated against api.xsd.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IDataObject } from 'n8n-workflow';
import { validateXML } from 'xmllint-wasm';
import { parseXml } from '../../../nodes/SageIntacct/transport/xml';
import type { Sandbox } from '../../../sandbox/server';
import { runIntacctNode } from '../../helpers/intacct';
import { INTACCT_XSD_PATH } from '../../helpers/xsd';

jest.setTimeout(120_000);

const TERMS = [
	{ RECORDNO: '7', NAME: 'Net 30', DESCRIPTION: '30 days', STATUS: 'active' },
	{ RECORDNO: '8', NAME: 'Net 60', DESCRIPTION: '60 days', STATUS: 'active' },
];

let server: Server;
let url = '';
const requests: string[] = [];

const xmlOf = (object: string, rows: Array<Record<string, string>>) =>
	rows
		.map(
			(r) =>
				`<${object}>${Object.entries(r)
					.map(([k, v]) => `<${k}>${v}</${k}>`)
					.join('')}</${object}>`,
		)
		.join('');

function answer(body: string): string {
	const fn = (parseXml(body) as any).request.operation.content.function;
	const name = Object.keys(fn).find((k) => !k.startsWith('@_'))!;
	const head = `<status>success</status><function>${name}</function><controlid>${fn['@_controlid']}</controlid>`;
	let data = '';
	if (name === 'getAPISession') {
		data = `<data><api><sessionid>S1</sessionid><endpoint>${url}</endpoint><locationid></locationid></api></data>`;
	} else if (name === 'readByQuery') {
		// APTERM has terms; anything else (the entity list a top-level read asks for) is empty.
		const rows = fn[name].object === 'APTERM' ? TERMS : [];
		data = `<data listtype="${fn[name].object}" count="${rows.length}" totalcount="${rows.length}" numremaining="0">${xmlOf(fn[name].object, rows)}</data>`;
	} else if (name === 'read') {
		const keys = String(fn[name].keys).split(',');
		const rows = fn[name].object === 'APTERM' ? TERMS.filter((t) => keys.includes(t.RECORDNO)) : [];
		data = `<data listtype="${fn[name].object}" count="${rows.length}">${xmlOf(fn[name].object, rows)}</data>`;
	}
	return `<?xml version="1.0" encoding="UTF-8"?><response><control><status>success</status></control><operation><authentication><status>success</status><sessiontimeout>2099-01-01T00:00:00-08:00</sessiontimeout></authentication><result>${head}${data}</result></operation></response>`;
}

beforeAll(async () => {
	server = createServer((req, res) => {
		let body = '';
		req.on('data', (c: Buffer) => (body += c.toString('utf8')));
		req.on('end', () => {
			requests.push(body);
			res.writeHead(200, { 'content-type': 'text/xml' }).end(answer(body));
		});
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ia/xml/xmlgw.phtml`;
});
afterAll(async () => await new Promise((r) => server.close(r)));
beforeEach(() => (requests.length = 0));

const gateway = () => ({ systemUrl: () => url }) as unknown as Sandbox;

async function run(parameters: IDataObject) {
	const r = await runIntacctNode(gateway(), parameters, [{}], { endpointUrl: url });
	expect(r.status).toBe('success');
	return r.nodeOutput('Intacct');
}

/** The functions the node sent after logging in, each as { name: its element }. */
function sent(): Array<Record<string, any>> {
	return requests
		.map((b) => (parseXml(b) as any).request.operation.content.function)
		.filter((f) => !('getAPISession' in f))
		.map((f) => Object.fromEntries(Object.entries(f).filter(([k]) => !k.startsWith('@_'))));
}

async function expectSchemaValid() {
	const schema = readFileSync(INTACCT_XSD_PATH, 'utf8');
	const result = await validateXML({
		xml: requests.map((contents, n) => ({ fileName: `r${n}.xml`, contents })),
		schema: [{ fileName: 'api.xsd', contents: schema }],
	});
	expect(result.errors.map((e) => e.message)).toEqual([]);
}

describe('Sage Intacct > AP Term', () => {
	it('Get Many reads APTERM with readByQuery and returns every term', async () => {
		const out = await run({ resource: 'apTerm', operation: 'getAll', returnAll: true });
		expect(out.map((t) => t.NAME)).toEqual(['Net 30', 'Net 60']);
		expect(sent().filter((f) => f.readByQuery?.object === 'APTERM')).toHaveLength(1);
		await expectSchemaValid();
	});

	it('Get reads one term by its record number', async () => {
		const out = await run({ resource: 'apTerm', operation: 'get', recordNo: '8' });
		expect(out).toEqual([expect.objectContaining({ RECORDNO: '8', NAME: 'Net 60' })]);
		expect(sent()).toContainEqual({ read: expect.objectContaining({ object: 'APTERM', keys: '8' }) });
		await expectSchemaValid();
	});

	it('Get of a record number that matches nothing is an item error that names it', async () => {
		const out = await run({ resource: 'apTerm', operation: 'get', recordNo: '99' });
		expect(String(out[0].error ?? JSON.stringify(out[0]))).toMatch(/AP term.*RECORDNO 99/);
	});
});
