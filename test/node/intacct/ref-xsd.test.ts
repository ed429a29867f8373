/**
 * Every request the reference, party, AP, GL, dimension and Any Object operations send, captured on
 * the wire (a recording proxy in front of the sandbox) and validated as a whole against Sage's own
 * api.xsd (2019 R3), for each option that changes the XML.
 *
 * Known conflict, documented here: the `query` function (reference 3.4) is newer than the 2019 R3
 * schema, which does not list it; those requests are asserted to fail ONLY on the <query> element.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IDataObject } from 'n8n-workflow';
import { validateXML } from 'xmllint-wasm';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { connectChain, MANUAL_TRIGGER, runWorkflow } from '../../helpers/engine';
import { INTACCT_NODE_TYPE, intacctEngineOptions } from '../../helpers/intacct';
import { INTACCT_XSD_PATH } from '../../helpers/xsd';

jest.setTimeout(60_000);

let sandbox: Sandbox;
let proxy: Server;
let proxyUrl: string;
const captured: string[] = [];

beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
	const gateway = `${sandbox.systemUrl('intacct')}/ia/xml/xmlgw.phtml`;
	proxy = createServer((req, res) => {
		let body = '';
		req.on('data', (d) => (body += d));
		req.on('end', async () => {
			captured.push(body);
			// Keep the query string: the session endpoint getAPISession returns is the gateway URL plus one.
			const search = new URL(req.url ?? '/', 'http://proxy').search;
			const upstream = await fetch(gateway + search, {
				method: 'POST',
				headers: { 'content-type': 'application/xml' },
				body,
			});
			// Sessions name their endpoint: point it back at the proxy so every later call is seen too.
			const text = (await upstream.text()).split(gateway).join(proxyUrl);
			res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/xml' }).end(text);
		});
	});
	await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
	proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/gw`;
});
afterAll(async () => {
	await new Promise((r) => proxy.close(r));
	await sandbox.close();
});

async function run(parameters: IDataObject, items: IDataObject[] = [{}]) {
	const r = await runWorkflow({
		workflow: {
			nodes: [
				{ name: 'Start', type: MANUAL_TRIGGER },
				{
					name: 'Intacct',
					type: INTACCT_NODE_TYPE,
					parameters: { idempotencyKey: '', ...parameters },
					onError: 'continueRegularOutput',
				},
			],
			connections: connectChain('Start', 'Intacct'),
			pinData: { Start: items.map((json) => ({ json })) },
		},
		startNode: 'Start',
		...intacctEngineOptions(sandbox, { endpointUrl: proxyUrl }),
	});
	return r;
}

const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const bill = {
	resource: 'apBill',
	vendorId: 'V-0002',
	billDate: '2026-11-03T00:00:00',
	lines: {
		line: [
			{
				accountNo: '6200',
				amount: 100,
				locationId: 'UK-LON',
				taxDetailId: 'UK Purchase Goods Standard Rate',
				taxAmount: 20,
			},
		],
	},
	additionalFields: {
		dueDate: '2026-12-03T00:00:00',
		billNumber: 'XSD-1',
		currency: 'GBP',
		exchangeRateType: 'Intacct Daily Rate',
		action: 'Submit',
	},
};

/** One entry per option combination that changes the XML. */
const OPERATIONS: Array<[string, IDataObject, IDataObject[]?]> = (
	[
		[
			'customer create (fields, custom field)',
			{
				resource: 'customer',
				operation: 'create',
				name: 'X',
				additionalFields: { email: 'a@b.c', city: 'Y', creditLimit: 10, onHold: true },
				customFields: { field: [{ name: 'GLDIMLINE_OF_BUSINESS', value: 'COWORK' }] },
			},
		],
		[
			'customer create (whole record, idempotency key, all-or-nothing, entity)',
			{
				resource: 'customer',
				operation: 'create',
				recordSource: 'json',
				record: '={{ $json }}',
				idempotencyKey: 'xsd-key-1',
				writeOptions: { transaction: true, entity: 'UK' },
			},
			[{ NAME: 'J', DISPLAYCONTACT: { PRINTAS: 'J', MAILADDRESS: { CITY: 'Z' } } }],
		],
		[
			'customer update by ID',
			{
				resource: 'customer',
				operation: 'update',
				lookupBy: 'id',
				recordId: rl('C-0001'),
				updateFields: { name: 'N' },
			},
		],
		[
			'customer update by RECORDNO',
			{
				resource: 'customer',
				operation: 'update',
				lookupBy: 'recordNo',
				recordNo: '2',
				updateFields: { status: 'inactive' },
			},
		],
		['customer upsert', { resource: 'customer', operation: 'upsert', name: 'U', customerId: 'C-0003' }],
		['customer delete by ID', { resource: 'customer', operation: 'delete', lookupBy: 'id', recordId: rl('C-0012') }],
		[
			'customer get by ID and by RECORDNO',
			{ resource: 'customer', operation: 'get', lookupBy: 'id', recordId: rl('C-0001'), options: { fields: 'NAME' } },
		],
		['customer get by RECORDNO', { resource: 'customer', operation: 'get', lookupBy: 'recordNo', recordNo: '1' }],
		[
			'vendor update (RECORDNO look-up)',
			{
				resource: 'vendor',
				operation: 'update',
				lookupBy: 'id',
				recordId: rl('V-0001'),
				updateFields: { termName: 'Net 30' },
			},
		],
		[
			'vendor get many (filters, limit, entity)',
			{
				resource: 'vendor',
				operation: 'getAll',
				limit: 2,
				filters: { status: 'active', modifiedSince: '2025-01-01T00:00:00', query: "NAME LIKE 'N%'" },
				options: { entity: 'US' },
			},
		],
		['AP bill create (tax entry, rate type)', { ...bill, operation: 'create' }],
		[
			'AP bill update (lines replaced)',
			{
				resource: 'apBill',
				operation: 'update',
				lookupBy: 'recordNo',
				recordNo: '1',
				updateFields: { description: 'd' },
				lines: { line: [{ accountNo: '5000', amount: 1, locationId: 'US-NYC' }] },
			},
		],
		[
			'AP bill upsert',
			{
				...bill,
				operation: 'upsert',
				billNumber: 'NWF-1001',
				vendorId: 'V-0001',
				lines: { line: [{ accountNo: '5000', amount: 1, locationId: 'US-NYC' }] },
				additionalFields: { dueDate: '2026-12-03T00:00:00' },
			},
		],
		['AP bill get by number', { resource: 'apBill', operation: 'get', lookupBy: 'id', recordId: 'TC-2207' }],
		['AP bill delete', { resource: 'apBill', operation: 'delete', lookupBy: 'recordNo', recordNo: '2' }],
		[
			'AP payment create',
			{
				resource: 'apPayment',
				operation: 'create',
				vendorId: 'V-0001',
				paymentDate: '2026-11-05T00:00:00',
				currency: 'USD',
				lines: { line: [{ billRecordNo: '1', amount: 5, discountDate: '2026-11-01T00:00:00' }] },
				additionalFields: { bankAccountId: 'BOA-OPS', paymentMethod: 'EFT', action: 'Draft' },
			},
		],
		[
			'AP payment get many',
			{ resource: 'apPayment', operation: 'getAll', returnAll: true, filters: { vendorId: 'V-0001' } },
		],
		[
			'journal create',
			{
				resource: 'journalEntry',
				operation: 'create',
				journal: 'GJ',
				batchDate: '2026-11-30T00:00:00',
				title: 't',
				lines: {
					line: [
						{
							accountNo: '5000',
							side: '1',
							amount: 5,
							locationId: 'US',
							currency: 'GBP',
							exchangeRateType: 'Intacct Daily Rate',
						},
						{ accountNo: '2000', side: '-1', amount: 5, locationId: 'US' },
					],
				},
				additionalFields: { reverseDate: '2026-12-01T00:00:00', state: 'Draft' },
			},
		],
		[
			'GL account create',
			{
				resource: 'glAccount',
				operation: 'create',
				accountNo: '6400',
				title: 'T',
				normalBalance: 'debit',
				closingType: 'closing account',
				additionalFields: { requireLocation: true },
			},
		],
		[
			'project update by ID (documented)',
			{
				resource: 'project',
				operation: 'update',
				lookupBy: 'id',
				recordId: 'P-0001',
				updateFields: { endDate: '2026-12-31T00:00:00' },
			},
		],
		[
			'AR term create (legacy create_arterm)',
			{
				resource: 'arTerm',
				operation: 'create',
				name: 'Net 7',
				termFields: { status: 'active', dueday: 7, duefrom: 'from invoice date', description: 'week' },
			},
		],
		[
			'AR term update (legacy update_arterm)',
			{ resource: 'arTerm', operation: 'update', termName: 'Net 15', termFields: { description: 'two weeks' } },
		],
		['item create', { resource: 'item', operation: 'create', itemId: 'I-X', name: 'n', itemType: 'Kit' }],
		[
			'tax detail get (readByName)',
			{ resource: 'taxDetail', operation: 'get', lookupBy: 'id', recordId: 'UK Sale Zero Rate' },
		],
		['dimension getDimensions', { resource: 'dimension', operation: 'getDimensions' }],
		[
			'dimension create',
			{ resource: 'dimension', operation: 'create', dimension: 'LINE_OF_BUSINESS', valueId: 'X1', valueName: 'x' },
		],
		[
			'any object read by name',
			{
				resource: 'anyObject',
				operation: 'read',
				object: 'VENDOR',
				keyType: 'name',
				keys: 'V-0001,V-0002',
				options: { fields: 'NAME', docparid: '' },
			},
		],
		[
			'any object raw query',
			{
				resource: 'anyObject',
				operation: 'query',
				object: 'CLASS',
				queryMode: 'raw',
				fields: '*',
				rawQuery: "STATUS = 'active'",
				limit: 5,
			},
		],
		[
			'any object create/update/delete',
			{
				resource: 'anyObject',
				operation: 'create',
				object: 'CLASS',
				fieldValues: {
					field: [
						{ name: 'CLASSID', value: 'Z' },
						{ name: 'NAME', value: 'Z' },
					],
				},
			},
		],
		['any object delete', { resource: 'anyObject', operation: 'delete', object: 'CLASS', keys: '1' }],
		[
			'any object raw XML',
			{
				resource: 'anyObject',
				operation: 'rawXml',
				xml: '<readByQuery><object>VENDOR</object><query></query><pagesize>10</pagesize></readByQuery>',
			},
		],
	] as Array<[string, IDataObject, IDataObject[]?]>
).map(([label, parameters, items]) => [label, parameters, items ?? [{}]]);
const QUERY_BUILDER: IDataObject = {
	resource: 'anyObject',
	operation: 'query',
	object: 'VENDOR',
	queryMode: 'builder',
	fields: 'VENDORID,NAME',
	conditions: {
		condition: [
			{ field: 'STATUS', operator: 'equalto', value: 'active' },
			{ field: 'NAME', operator: 'like', value: 'N%' },
			{ field: 'RECORDNO', operator: 'between', value: '1,3' },
		],
	},
	combine: 'or',
	sort: { order: [{ field: 'NAME', direction: 'descending' }] },
	limit: 3,
	options: { caseInsensitive: true, showPrivate: true },
};

let schema: string;
async function validate(xml: string) {
	schema ??= readFileSync(INTACCT_XSD_PATH, 'utf8');
	const r = await validateXML({
		xml: [{ fileName: 'request.xml', contents: xml }],
		schema: [{ fileName: 'api.xsd', contents: schema }],
	});
	return { valid: r.valid, errors: r.errors.map((e) => e.message ?? String(e)) };
}
const functionNames = (xml: string) => [...xml.matchAll(/<function controlid="[^"]*"><([A-Za-z_]+)/g)].map((m) => m[1]);

describe('every request of the reference/party/AP/GL/Any Object operations validates against api.xsd', () => {
	it.each(OPERATIONS)('%s', async (_label, parameters, items) => {
		captured.length = 0;
		const r = await run(parameters, items);
		expect(r.status).toBe('success');
		const sent = captured.filter((b) => !b.includes('<getAPISession'));
		expect(sent.length).toBeGreaterThan(0);
		for (const xml of [...captured]) {
			const result = await validate(xml);
			if (!result.valid)
				throw new Error(
					`invalid (${functionNames(xml).join(',')}): ${result.errors.join('; ')}\n${xml.slice(0, 1500)}`,
				);
		}
	});

	it('the query function is outside the 2019 R3 schema: only its <query> element is reported', async () => {
		captured.length = 0;
		const r = await run(QUERY_BUILDER);
		expect(r.status).toBe('success');
		const queries = captured.filter((b) => functionNames(b).includes('query'));
		expect(queries).toHaveLength(1);
		const result = await validate(queries[0]);
		expect(result.valid).toBe(false);
		expect(result.errors.length).toBeGreaterThan(0);
		for (const e of result.errors) expect(e).toMatch(/'query'/);
		// Everything around it (control, session, function controlid) is schema-valid: swap the function.
		const swapped = queries[0].replace(/<query>.*<\/query>/s, '<getDimensions></getDimensions>');
		expect((await validate(swapped)).valid).toBe(true);
	});

	it('the entity option opens an entity-level session with a schema-valid getAPISession', async () => {
		captured.length = 0;
		await run({ resource: 'vendor', operation: 'getAll', limit: 1, options: { entity: 'UK' } });
		const session = captured.find((b) => b.includes('<getAPISession><locationid>UK</locationid></getAPISession>'));
		expect(session).toBeDefined();
		expect((await validate(session!)).valid).toBe(true);
	});
});
