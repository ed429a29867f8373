import { rememberInProcess, seenInProcess, webhookReplier } from '../../../nodes/shared/webhook';
import type { IWebhookFunctions } from 'n8n-workflow';

describe('shared/webhook', () => {
	it('remembers delivery keys per trigger scope, bounded, and says whether a key was new', () => {
		expect(rememberInProcess('wf-1:node-a', 'k1', 2)).toBe(true);
		expect(rememberInProcess('wf-1:node-a', 'k1', 2)).toBe(false);
		expect(seenInProcess('wf-1:node-a', 'k1')).toBe(true);
		// Another trigger node has its own memory.
		expect(seenInProcess('wf-1:node-b', 'k1')).toBe(false);
		rememberInProcess('wf-1:node-a', 'k2', 2);
		rememberInProcess('wf-1:node-a', 'k3', 2);
		// The oldest key goes once the scope holds more than `max`.
		expect(seenInProcess('wf-1:node-a', 'k1')).toBe(false);
		expect(seenInProcess('wf-1:node-a', 'k3')).toBe(true);
	});

	it('answers with the status and body and starts no run', () => {
		const sent: unknown[] = [];
		const res = { status: (code: number) => ({ json: (body: unknown) => sent.push([code, body]) }) };
		const reply = webhookReplier({ getResponseObject: () => res } as unknown as IWebhookFunctions);
		expect(reply(401, { error: 'Unauthorized' })).toEqual({ noWebhookResponse: true });
		expect(sent).toEqual([[401, { error: 'Unauthorized' }]]);
	});
});
