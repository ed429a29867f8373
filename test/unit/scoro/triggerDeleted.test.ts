import type { IDataObject } from 'n8n-workflow';
import { ScoroApi } from '../../../credentials/ScoroApi.credentials';
import { ScoroTrigger } from '../../../nodes/Scoro/ScoroTrigger.node';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createScoroSystem, SCORO_SANDBOX_CREDENTIALS } from '../../../sandbox/scoro';
import { fakeContext } from '../../helpers/fakeContext';

/**
 * Issue 12 case 9: a Scoro delivery for a record that no longer exists is answered 200 and produces an
 * item saying the record is gone (before: the view's 404 became a 500 with a stack, and Scoro retried).
 */
let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createScoroSystem] });
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

let n = 0;
function deliver(module: string, body: IDataObject) {
	const response: { code?: number; body?: unknown } = {};
	const res = {
		status(code: number) {
			response.code = code;
			return res;
		},
		json(b: unknown) {
			response.body = b;
			return res;
		},
	};
	const staticData: IDataObject = { secret: 'tok-123', webhooks: { modify: '41' }, url: 'http://127.0.0.1/webhook' };
	const params: IDataObject = { mode: 'webhook', module, events: ['create', 'modify'] };
	const ctx = Object.assign(
		fakeContext(new ScoroApi(), { siteUrl: sandbox.systemUrl('scoro'), ...SCORO_SANDBOX_CREDENTIALS }),
		{
			getNodeParameter: (name: string, fallback?: unknown) => (name in params ? params[name] : fallback),
			getWorkflowStaticData: () => staticData,
			getWorkflow: () => ({ id: `wf-deleted-${++n}` }),
			getQueryData: () => ({ n8n_token: 'tok-123' }),
			getBodyData: () => body,
			getResponseObject: () => res,
		},
	);
	return { response, run: async () => await new ScoroTrigger().webhook.call(ctx as never) };
}

describe('Scoro Trigger: a delivery for a record that no longer exists', () => {
	it('a view module (invoices): 200 and an item saying the invoice is gone', async () => {
		const { response, run } = deliver('invoices', {
			module: 'invoices',
			action: 'modify',
			webhook_id: '41',
			data: { id: 98765 },
		});
		const out = await run();
		expect(response.code ?? 200).toBe(200);
		const [item] = out.workflowData?.[0] ?? [];
		expect(item?.json).toMatchObject({
			id: 98765,
			is_deleted: true,
			notFound: true,
			scoroEvent: { module: 'invoices', action: 'modify' },
		});
		expect(String(item?.json.message)).toMatch(/no longer exists in Scoro/);
	});

	it('a list-read module (receipts): 200 and an item saying the receipt is gone', async () => {
		const { response, run } = deliver('receipts', {
			module: 'receipts',
			action: 'create',
			webhook_id: '41',
			data: { id: 777777 },
		});
		const out = await run();
		expect(response.code ?? 200).toBe(200);
		expect(out.workflowData?.[0][0].json).toMatchObject({ id: 777777, notFound: true });
	});
});
