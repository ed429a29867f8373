/**
 * Requests captured on the wire: a recording proxy in front of the sandbox's Intacct gateway, for
 * tests that validate every request an operation sends against Sage's api.xsd. Registers its own
 * beforeAll/afterAll; `run` executes the Sage Intacct node once in n8n's engine through the proxy.
 */
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IDataObject } from 'n8n-workflow';
import { validateXML } from 'xmllint-wasm';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { connectChain, MANUAL_TRIGGER, runWorkflow } from './engine';
import { INTACCT_NODE_TYPE, intacctEngineOptions } from './intacct';
import { INTACCT_XSD_PATH } from './xsd';

export interface RecordedIntacct {
	/** Set in beforeAll. */
	sandbox: Sandbox;
	/** Every request body, labelled with the `run` that sent it. */
	captured: Array<{ label: string; xml: string }>;
	run(name: string, parameters: IDataObject, items?: IDataObject[]): Promise<IDataObject[]>;
	validate(xml: string): Promise<{ valid: boolean; errors: string[] }>;
	/** One xmllint run for many documents (the schema is parsed once); errors are sorted back by document. */
	validateMany(xmls: string[]): Promise<Array<{ valid: boolean; errors: string[] }>>;
}

export function useRecordedIntacct(): RecordedIntacct {
	let proxy: Server;
	let proxyUrl = '';
	let label = '';
	const schema = readFileSync(INTACCT_XSD_PATH, 'utf8');
	const wire: RecordedIntacct = {
		sandbox: undefined as unknown as Sandbox,
		captured: [],
		async run(name, parameters, items = [{}]) {
			label = name;
			const r = await runWorkflow({
				workflow: {
					nodes: [
						{ name: 'Start', type: MANUAL_TRIGGER },
						{ name: 'Intacct', type: INTACCT_NODE_TYPE, parameters: { idempotencyKey: '', ...parameters } },
					],
					connections: connectChain('Start', 'Intacct'),
					pinData: { Start: items.map((json) => ({ json })) },
				},
				...intacctEngineOptions(wire.sandbox, { endpointUrl: proxyUrl }),
			});
			if (r.status !== 'success')
				throw new Error(`${name}: ${r.error?.message ?? JSON.stringify(r.runData.Intacct?.[0]?.error)}`);
			return r.nodeOutput('Intacct');
		},
		async validate(xml) {
			return (await wire.validateMany([xml]))[0]!;
		},
		async validateMany(xmls) {
			const result = await validateXML({
				xml: xmls.map((contents, n) => ({ fileName: `r${n}.xml`, contents })),
				schema: [{ fileName: 'api.xsd', contents: schema }],
			});
			return xmls.map((_x, n) => {
				const errors = result.errors.filter((e) => e.loc?.fileName === `r${n}.xml`).map((e) => e.message ?? String(e));
				return { valid: errors.length === 0, errors };
			});
		},
	};

	beforeAll(async () => {
		wire.sandbox = await startSandbox({ port: 0 });
		const target = new URL(wire.sandbox.systemUrl('intacct'));
		proxy = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (c: Buffer) => chunks.push(c));
			req.on('end', () => {
				const body = Buffer.concat(chunks);
				wire.captured.push({ label, xml: body.toString('utf8') });
				const fwd = httpRequest(
					{
						host: target.hostname,
						port: target.port,
						path: `${target.pathname}${req.url}`,
						method: req.method,
						headers: { ...req.headers, host: target.host },
					},
					(r) => {
						// getAPISession returns the endpoint for later calls: point it back at the proxy.
						const parts: Buffer[] = [];
						r.on('data', (c: Buffer) => parts.push(c));
						r.on('end', () => {
							const text = Buffer.concat(parts)
								.toString('utf8')
								.split(wire.sandbox.systemUrl('intacct') + '/ia/xml/xmlgw.phtml')
								.join(proxyUrl);
							const { 'content-length': _l, ...headers } = r.headers;
							res.writeHead(r.statusCode ?? 502, headers);
							res.end(text);
						});
					},
				);
				fwd.end(body);
			});
		});
		await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
		proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/ia/xml/xmlgw.phtml`;
	});
	afterAll(async () => {
		await new Promise((r) => proxy.close(r));
		await wire.sandbox.close();
	});
	return wire;
}
