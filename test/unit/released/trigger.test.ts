/**
 * The polling trigger's poll(), driven as n8n drives it (static data kept between polls), against
 * the sandbox's Re-Leased with a controlled clock.
 */
import type { IDataObject } from 'n8n-workflow';
import { ReLeasedApi } from '../../../credentials/ReLeasedApi.credentials';
import { ReLeasedTrigger } from '../../../nodes/ReLeased/ReLeasedTrigger.node';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createReLeasedSystem, SANDBOX_API_TOKEN } from '../../../sandbox/released';
import { fakeContext } from '../../helpers/fakeContext';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createReLeasedSystem] });
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

const store = () => sandbox.state.system('released')!.store;

function poller(params: IDataObject, staticData: IDataObject, mode: 'trigger' | 'manual' = 'trigger') {
	const base = fakeContext(new ReLeasedApi(), { baseUrl: sandbox.systemUrl('released'), apiToken: SANDBOX_API_TOKEN });
	const ctx = {
		...base,
		getMode: () => mode,
		getWorkflowStaticData: () => staticData,
		getNodeParameter: (name: string, fallback?: unknown) => (name in params ? params[name] : fallback),
		helpers: { ...base.helpers, returnJsonArray: (records: IDataObject[]) => records.map((json) => ({ json })) },
	};
	return async () => {
		const out = await new ReLeasedTrigger().poll.call(ctx as never);
		return out ? out[0].map((i) => i.json) : [];
	};
}

describe('Re-Leased Trigger', () => {
	it('starts from now, then emits each change once, across the overlap window', async () => {
		const state: IDataObject = {};
		const poll = poller({ recordType: 'invoice', event: 'changed', options: { overlapSeconds: 60 } }, state);
		expect(await poll()).toEqual([]);
		expect((state.invoice as IDataObject).cursor).toBeDefined();

		store().update('invoice', 'inv_3', { reference: 'changed once' });
		const first = await poll();
		expect(first.map((r) => [r.id, r.reference])).toEqual([['inv_3', 'changed once']]);
		// Still inside the overlap window: read again, emitted nothing.
		expect(await poll()).toEqual([]);

		// A second change to the same record is a new version: emitted again.
		await new Promise((r) => setTimeout(r, 5));
		store().update('invoice', 'inv_3', { reference: 'changed twice' });
		expect((await poll()).map((r) => r.reference)).toEqual(['changed twice']);
	});

	it('uses the contract modified-since filter on the wire, with the overlap subtracted', async () => {
		const state: IDataObject = { invoice: { cursor: '2024-05-08T00:00:00.000Z', seen: [] } };
		const poll = poller({ recordType: 'invoice', event: 'changed', options: { overlapSeconds: 3600 } }, state);
		const records = await poll();
		const expected = store()
			.list('invoice')
			.filter((r) => r.modifiedAt >= '2024-05-07T23:00:00.000Z');
		expect(records.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
		const listCall = sandbox.state.log.list({ system: 'released' }).at(-1)!;
		expect(listCall.path).toBe('/released/invoices');
		// The cursor moved to the newest record seen.
		expect((state.invoice as IDataObject).cursor).toBe(
			expected
				.map((r) => r.modifiedAt)
				.sort()
				.at(-1),
		);
	});

	it('filters by invoice status, and "Created" skips updates', async () => {
		const state: IDataObject = {};
		const poll = poller(
			{ recordType: 'invoice', event: 'created', filters: { status: 'AwaitingApproval' }, options: {} },
			state,
		);
		await poll();
		store().update('invoice', 'inv_2', { reference: 'updated, not new' });
		store().insert('invoice', { ...store().get('invoice', 'inv_2')!.fields, invoiceNumber: 'INV-5000' });
		store().insert('invoice', { ...store().get('invoice', 'inv_3')!.fields, invoiceNumber: 'INV-5001' });
		expect((await poll()).map((r) => r.invoiceNumber)).toEqual(['INV-5000']);
	});

	it('looks back on the first run when asked, and keeps one cursor per record type', async () => {
		sandbox.state.clock.set(new Date(Date.now()));
		store().update('contact', 'con_2', { mobile: '1' });
		const state: IDataObject = {};
		const contacts = await poller({ recordType: 'contact', event: 'changed', options: { lookbackHours: 1 } }, state)();
		expect(contacts.map((r) => r.id)).toEqual(['con_2']);
		expect(Object.keys(state)).toEqual(['contact']);
	});

	it('manual mode returns one sample and does not move the cursor', async () => {
		const state: IDataObject = { payment: { cursor: '2024-01-01T00:00:00.000Z', seen: [] } };
		const sample = await poller({ recordType: 'payment', event: 'changed', options: {} }, state, 'manual')();
		expect(sample).toHaveLength(1);
		expect((state.payment as IDataObject).cursor).toBe('2024-01-01T00:00:00.000Z');
	});
});
