import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';
import { OfficeRndTrigger } from '../../../nodes/OfficeRnd/OfficeRndTrigger.node';
import { signatureHeader } from '../../../nodes/OfficeRnd/transport/signature';

/**
 * Issue 12 case 9: a correctly signed delivery is never answered 500. Empty, non-JSON or wrongly
 * shaped bodies get a 4xx with a reason; a valid delivery is processed whatever its content type.
 */
const SECRET = 'whsec_unit_secret_0123456789';

function call(rawBody: string, contentType: string, parsedBody: unknown) {
	const sent: { status?: number; body?: IDataObject } = {};
	const staticData: IDataObject = { webhookId: 'w1', webhookSecret: SECRET };
	const headers = {
		'officernd-signature': signatureHeader(rawBody, SECRET, Math.floor(Date.now() / 1000)),
		'content-type': contentType,
	};
	const res = {
		status(code: number) {
			sent.status = code;
			return res;
		},
		json(body: IDataObject) {
			sent.body = body;
			return res;
		},
	};
	const ctx = {
		getRequestObject: () => ({ headers, rawBody: Buffer.from(rawBody, 'utf8'), body: parsedBody }),
		getResponseObject: () => res,
		getBodyData: () => parsedBody,
		getNodeParameter: (name: string, fallback?: unknown) =>
			(({ mode: 'webhook', events: ['invoice.updated'] }) as IDataObject)[name] ?? fallback,
		getWorkflowStaticData: () => staticData,
		getWorkflow: () => ({ id: 'wf-bodies' }),
		getNode: () => ({
			id: `node-${Math.random()}`,
			name: 'OfficeRnD Trigger',
			type: 'x',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		}),
	} as unknown as IWebhookFunctions;
	return { sent, run: async () => await new OfficeRndTrigger().webhook.call(ctx) };
}

const delivery = (n: number) =>
	JSON.stringify({
		eventType: 'invoice.updated',
		data: { object: { _id: `66a0c0ffee00000000000${100 + n}`, modifiedAt: new Date().toISOString(), status: 'paid' } },
	});

describe('OfficeRnD Trigger: signed deliveries with bad or unusual bodies', () => {
	it('an empty body is a 400 with a reason, not a 500', async () => {
		const { sent, run } = call('', 'application/json', {});
		const out = await run();
		expect(out.workflowData).toBeUndefined();
		expect(sent.status).toBe(400);
		expect(String(sent.body?.message)).toMatch(/Empty body/);
	});

	it.each([
		['text/plain', undefined],
		['application/vnd.officernd+json', undefined],
		['application/json; charset=utf-8', 'parsed'],
	])('a valid delivery sent as %s starts the workflow with the parsed event', async (contentType, parsed) => {
		const raw = delivery(contentType.length);
		// n8n parses only application/json; for other types the parsed body is empty or the raw text.
		const { sent, run } = call(raw, contentType, parsed ? JSON.parse(raw) : raw);
		const out = await run();
		expect(sent.status).toBeUndefined();
		expect(out.workflowData?.[0][0].json).toEqual(JSON.parse(raw));
	});

	it.each([
		['not JSON', 'eventType=invoice.updated', 400, /not JSON/],
		['a JSON array', '[1,2]', 422, /JSON object/],
		['a JSON string', '"invoice.updated"', 422, /JSON object/],
		['eventType not a string', '{"eventType":5,"data":{"object":{}}}', 422, /eventType/],
		['data not an object', '{"eventType":"invoice.updated","data":"x"}', 422, /"data"/],
		['data.object not an object', '{"eventType":"invoice.updated","data":{"object":[1]}}', 422, /data\.object/],
	])('%s is a 4xx with a reason and starts nothing', async (_label, raw, status, reason) => {
		const { sent, run } = call(raw, 'application/json', {});
		const out = await run();
		expect(out.workflowData).toBeUndefined();
		expect(sent.status).toBe(status);
		expect(String(sent.body?.message)).toMatch(reason);
	});
});
