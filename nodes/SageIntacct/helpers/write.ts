import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';
import { errorItem } from '../../shared/items';
import { toNodeError } from '../../shared/errors';
import { redactText } from '../../shared/redact';
import { entityChoice } from './entity';
import { isPossiblyAlreadyProcessed } from '../transport/assumptions';
import type { IntacctClient } from '../transport/client';
import { IntacctError } from '../transport/errors';
import { LegacyShapeError } from '../transport/legacy';
import type { IntacctResult } from '../transport/response';
import { buildRequestXml, type XmlNode } from '../transport/xml';

/** What one operation builds for one item. */
export interface WritePlan {
	/** `{ functionName: content }` */
	body: XmlNode;
	/** Finds the record this write would have made, to return it on a replay (possibly undefined). */
	lookup?: (client: IntacctClient) => Promise<IDataObject | undefined>;
	/** Shapes the success output; default: the returned record or key. */
	output?: (result: IntacctResult) => IDataObject;
}

/** Reads the record from the UI fields or, when chosen, from the input item as JSON. */
export function recordFromInput(ctx: IExecuteFunctions, i: number, fromFields: () => IDataObject): IDataObject {
	if (ctx.getNodeParameter('recordSource', i, 'fields') !== 'json') return fromFields();
	const raw = ctx.getNodeParameter('record', i, {}) as unknown;
	const value = typeof raw === 'string' ? jsonParse<unknown>(raw, { errorMessage: 'Record (JSON) is not valid JSON' }) : raw;
	if (!value || typeof value !== 'object' || Array.isArray(value)) {
		throw new LegacyShapeError('Record (JSON) must be one object in the write shape of this operation.', 'record');
	}
	return value as IDataObject;
}

function defaultOutput(result: IntacctResult): IDataObject {
	const record = (result.records[0] ?? {}) as IDataObject;
	return { ...record, ...(result.key ? { key: result.key, RECORDNO: record.RECORDNO ?? result.key } : {}) };
}

/**
 * Runs a write operation over all input items: plans each item (a bad item becomes its own error),
 * previews or sends them in batches (keyed items with uniqueid=true), confirms possible replays by
 * looking the record up, and returns one output item per input item, paired.
 */
export async function executeWrites(
	ctx: IExecuteFunctions,
	client: IntacctClient,
	plan: (itemIndex: number) => WritePlan | Promise<WritePlan>,
): Promise<INodeExecutionData[]> {
	const items = ctx.getInputData();
	const out: Array<INodeExecutionData | undefined> = new Array(items.length);
	type Planned = { i: number; plan: WritePlan; controlId: string; keyed: boolean; entity?: string; transaction: boolean };
	let planned: Planned[] = [];
	const runId = ctx.getExecutionId?.() ?? 'run';

	const fail = (i: number, error: unknown) => {
		if (!ctx.continueOnFail()) throw toNodeError(ctx.getNode(), error, i);
		// The node lets n8n route the item to the error output when the user chose it.
		out[i] = errorItem(error, i, ctx.getNode());
	};

	// Items per pipelined window: a few requests' worth, so several requests are in flight per window.
	const window = client.batchSize * 4;
	const inflight: Array<Promise<void>> = [];
	// Requests differ by uniqueid, entity and transaction mode: send each group on its own.
	const send = async (chunk: Planned[]): Promise<void> => {
		const groups = new Map<string, Planned[]>();
		for (const p of chunk) {
			const g = `${p.keyed}|${p.entity ?? '\u0000'}|${p.transaction}`;
			const list = groups.get(g);
			if (list) list.push(p);
			else groups.set(g, [p]);
		}
		for (const group of groups.values()) {
			const { keyed, entity, transaction } = group[0];
			const results = await client.run(
				group.map((p) => ({ controlId: p.controlId, body: p.plan.body })),
				{ uniqueId: keyed, entity, transaction },
			);
			for (let n = 0; n < group.length; n++) {
				const { i, plan: p, controlId } = group[n];
				const result = results[n];
				if (result instanceof IntacctError) {
					fail(i, result);
					continue;
				}
				if (result.status === 'success') {
					const json = (p.output ?? defaultOutput)(result);
					out[i] = { json: { ...json, _intacct: { controlId, replay: false } }, pairedItem: { item: i } };
					continue;
				}
				if (keyed && isPossiblyAlreadyProcessed(result)) {
					const existing = p.lookup ? await p.lookup(client) : undefined;
					out[i] = {
						json: { ...(existing ?? {}), _intacct: { controlId, replay: true, found: !!existing } },
						pairedItem: { item: i },
					};
					continue;
				}
				fail(i, new IntacctError('function', result.errors));
			}
		}
	};

	for (let i = 0; i < items.length; i++) {
		const planned1 = await Promise.resolve()
			.then(() => plan(i))
			.then((p) => ({ p }), (error: unknown) => ({ error }));
		if ('error' in planned1) {
			fail(i, planned1.error);
			continue;
		}
		const key = String(ctx.getNodeParameter('idempotencyKey', i, '') ?? '').trim();
		const options = ctx.getNodeParameter('writeOptions', i, {}) as IDataObject;
		const controlId = key || `${runId}-${ctx.getNode().name}-${i}`.slice(0, 256);
		if (options.preview) {
			const xml = buildRequestXml({
				controlId,
				uniqueId: !!key,
				transaction: !!options.transaction,
				auth: { sessionId: '***' },
				functions: [{ controlId, body: planned1.p.body }],
			});
			out[i] = {
				json: { preview: true, idempotencyKey: key || null, controlId, request: redactText(xml) },
				pairedItem: { item: i },
			};
			continue;
		}
		planned.push({ i, plan: planned1.p, controlId, keyed: !!key, entity: entityChoice(options.entity), transaction: !!options.transaction });
		// Pipelining: once a window of items is planned it is sent while the next window is planned,
		// so building requests overlaps with waiting for Intacct. The client's per-company semaphore
		// keeps at most Max Concurrent Requests in flight, however many windows are queued.
		if (planned.length >= window) {
			const sending = send(planned);
			planned = [];
			// Awaited below; this only stops an early rejection being reported as "unhandled".
			sending.catch(() => undefined);
			inflight.push(sending);
			// Let network I/O (sends, answers) run between windows of CPU-bound planning.
			await new Promise((resolve) => setImmediate(resolve));
		}
	}

	inflight.push(send(planned));
	await Promise.all(inflight);
	return out.filter((x): x is INodeExecutionData => x !== undefined);
}
