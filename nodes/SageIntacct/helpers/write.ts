import { createHash } from 'crypto';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';
import { errorItem } from '../../shared/items';
import { toNodeError } from '../../shared/errors';
import { redactText } from '../../shared/redact';
import { outcomeUnknown, stoppedWritesError, type WriteLedger } from '../../shared/writeOutcome';
import { entityChoice } from './entity';
import { checkWriteValues } from './values';
import { atItemAsync } from '../../shared/validate';
import { isPossiblyAlreadyProcessed } from '../transport/assumptions';
import type { EntityChoice, IntacctClient } from '../transport/client';
import { IntacctError } from '../transport/errors';
import { LegacyShapeError } from '../transport/legacy';
import type { IntacctResult } from '../transport/response';
import { buildRequestXml, checkRecordKeys, checkXmlNode, removeInvalidXmlChars, type XmlNode } from '../transport/xml';

/** What one operation builds for one item. */
export interface WritePlan {
	/** `{ functionName: content }` */
	body: XmlNode;
	/**
	 * Finds the record this write made (by a natural key: document number, ID, RECORDNO) in the
	 * write's session (`entity`, the item's Entity option): the record, or every candidate (ask for
	 * two, so that two records with the same key are seen), or undefined / [] when it is not there.
	 * Used by the one confirm step (confirmWrite) for a write whose answer was lost, before anything
	 * is re-sent, and for a replay. Without it a lost answer is reported as "outcome unknown".
	 */
	lookup?: (client: IntacctClient, entity: EntityChoice) => Promise<IDataObject | IDataObject[] | undefined>;
	/**
	 * Fields that only name the record an `update` writes (RECORDNO, the ID field): reading them back
	 * proves nothing about whether the update was applied, so the confirm step does not count them.
	 */
	keyFields?: string[];
	/** Shapes the success output; default: the returned record or key. */
	output?: (result: IntacctResult) => IDataObject;
}

/** Reads the record from the UI fields or, when chosen, from the input item as JSON. */
export function recordFromInput(ctx: IExecuteFunctions, i: number, fromFields: () => IDataObject): IDataObject {
	if (ctx.getNodeParameter('recordSource', i, 'fields') !== 'json') return fromFields();
	const raw = ctx.getNodeParameter('record', i, {}) as unknown;
	const value =
		typeof raw === 'string' ? jsonParse<unknown>(raw, { errorMessage: 'Record (JSON) is not valid JSON' }) : raw;
	if (!value || typeof value !== 'object' || Array.isArray(value)) {
		throw new LegacyShapeError('Record (JSON) must be one object in the write shape of this operation.', 'record');
	}
	// Keys become element names: only plain XML names, never markup, attributes or envelope elements.
	checkRecordKeys(value);
	return value as IDataObject;
}

function defaultOutput(result: IntacctResult): IDataObject {
	const record = (result.records[0] ?? {}) as IDataObject;
	return { ...record, ...(result.key ? { key: result.key, RECORDNO: record.RECORDNO ?? result.key } : {}) };
}

/**
 * The function control ID of a write without an Idempotency Key: derived from what is written (the
 * operation, the entity and the canonical function body) and the occurrence number among identical
 * bodies in this run, so running the same items again gives the same control IDs, and Intacct
 * (uniqueid=true) or the look-up recognises them instead of writing them twice.
 */
export function derivedControlId(scope: string, body: XmlNode, occurrence: number): string {
	const digest = createHash('sha256')
		.update(`${scope}\u0000${canonical(body)}`)
		.digest('hex');
	return `auto-${digest.slice(0, 48)}-${occurrence}`;
}

function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
	}
	return JSON.stringify(value ?? null);
}

/** What the function writes, for messages: `create_invoice`, `create CUSTOMER`. */
function describeFunction(body: XmlNode): string {
	const [name, content] = Object.entries(body)[0] ?? ['function', undefined];
	const inner = content && typeof content === 'object' && !Array.isArray(content) ? Object.keys(content)[0] : undefined;
	return ['create', 'update', 'delete'].includes(name) && inner
		? `${name} ${inner === 'object' ? String((content as XmlNode).object) : inner}`
		: name;
}

/** What the confirm step learnt about a write: the one record it made, none, or not decidable. */
export type Confirmation =
	| { kind: 'found'; record: IDataObject }
	| { kind: 'absent' }
	/** An update whose record was read back with other values than it writes: not applied. */
	| { kind: 'notApplied'; record: IDataObject; fields: string[] }
	/** An update whose record was read back, but none of the fields it writes can be seen in it. */
	| { kind: 'undecided'; record: IDataObject }
	| { kind: 'ambiguous'; records: IDataObject[] }
	| { kind: 'noLookup' }
	| { kind: 'failed'; error: unknown };

/**
 * The one confirm step of every Intacct write, for a lost answer and for an "already processed"
 * replay alike: run the plan's look-up in the write's session and say what it really matched.
 * Two candidates are ambiguous (reported, never guessed).
 */
export async function confirmWrite(
	client: IntacctClient,
	plan: WritePlan,
	entity: EntityChoice,
): Promise<Confirmation> {
	if (!plan.lookup) return { kind: 'noLookup' };
	try {
		const found = await plan.lookup(client, entity);
		const records = (Array.isArray(found) ? found : found ? [found] : []).filter((r) => r && typeof r === 'object');
		if (records.length === 0) return { kind: 'absent' };
		if (records.length > 1) return { kind: 'ambiguous', records };
		const update = updatedFields(plan.body);
		if (!update) return { kind: 'found', record: records[0] };
		// An update leaves the record in place whether it ran or not: that the record is there says
		// nothing. It is confirmed only when every written field that the read shows has the written value.
		const { compared, differ } = compareWritten(update, records[0], new Set(['RECORDNO', ...(plan.keyFields ?? [])]));
		if (differ.length) return { kind: 'notApplied', record: records[0], fields: differ };
		if (compared === 0) return { kind: 'undecided', record: records[0] };
		return { kind: 'found', record: records[0] };
	} catch (error) {
		return { kind: 'failed', error };
	}
}

/** The fields a generic `update` (reference §3.1: `<update><OBJECT>…`) writes, or undefined for any other function. */
function updatedFields(body: XmlNode): IDataObject | undefined {
	const content = (body as IDataObject).update;
	if (!content || typeof content !== 'object' || Array.isArray(content)) return undefined;
	const objects = Object.values(content as IDataObject);
	if (objects.length !== 1) return undefined;
	const record = objects[0];
	return record && typeof record === 'object' && !Array.isArray(record) ? (record as IDataObject) : undefined;
}

/** mm/dd/yyyy (generic functions, reference SI-7) or yyyy-mm-dd as yyyy-mm-dd; anything else unchanged. */
function isoDate(value: string): string {
	const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
	if (us) return `${us[3]}-${us[1]}-${us[2]}`;
	return value;
}

/** Whether a written leaf and the value read back are the same value in Intacct's text forms. */
function sameValue(written: unknown, read: unknown): boolean {
	const w = (typeof written === 'string' ? written : String(written as string | number | boolean)).trim();
	const r = (
		read === null || read === undefined
			? ''
			: typeof read === 'string'
				? read
				: String(read as string | number | boolean)
	).trim();
	if (w === r) return true;
	if (/^(true|false)$/i.test(w) && /^(true|false)$/i.test(r)) return w.toLowerCase() === r.toLowerCase();
	const numeric = /^-?\d+(\.\d+)?$/;
	if (numeric.test(w) && numeric.test(r)) return Number(w) === Number(r);
	return isoDate(w) === isoDate(r);
}

/**
 * Compares the leaves an update writes with the record read back. The read shape of nested
 * elements (DISPLAYCONTACT/MAILADDRESS...) is not documented: a leaf is looked for as a nested
 * path, as a dotted name, then as its own name; a leaf the read does not show is not compared.
 * Line arrays and attributes are not compared (Intacct replaces owned lines in full).
 */
export function compareWritten(
	written: IDataObject,
	read: IDataObject,
	skip: Set<string>,
): { compared: number; differ: string[] } {
	let compared = 0;
	const differ: string[] = [];
	const at = (path: string[]): { found: boolean; value?: unknown } => {
		let node: unknown = read;
		for (const part of path) {
			if (!node || typeof node !== 'object' || Array.isArray(node) || !(part in (node as IDataObject))) {
				node = undefined;
				break;
			}
			node = (node as IDataObject)[part];
		}
		if (node !== undefined && (node === null || typeof node !== 'object')) return { found: true, value: node };
		const dotted = path.join('.');
		if (dotted in read && (read[dotted] === null || typeof read[dotted] !== 'object'))
			return { found: true, value: read[dotted] };
		const leaf = path[path.length - 1];
		if (path.length > 1 && leaf in read && (read[leaf] === null || typeof read[leaf] !== 'object'))
			return { found: true, value: read[leaf] };
		return { found: false };
	};
	const walk = (node: IDataObject, path: string[]) => {
		for (const [key, value] of Object.entries(node)) {
			if (value === undefined || key.startsWith('@_') || key === '#text') continue;
			if (path.length === 0 && skip.has(key)) continue;
			if (Array.isArray(value)) continue;
			if (value !== null && typeof value === 'object') {
				walk(value as IDataObject, [...path, key]);
				continue;
			}
			const got = at([...path, key]);
			if (!got.found) continue;
			compared++;
			if (!sameValue(value ?? '', got.value)) differ.push([...path, key].join('.'));
		}
	};
	walk(written, []);
	return { compared, differ };
}

function notApplied(fields: string[], cause: unknown): Error {
	const why = cause instanceof Error ? cause.message : String(cause as string);
	return new Error(`${why}; the record read back has other values in ${fields.join(', ')} than this update writes`);
}

function ambiguity(records: IDataObject[]): Error {
	const numbers = records.map((r) => String(r.RECORDNO ?? r.DOCID ?? r.key ?? '?'));
	return new Error(
		`the look-up by this item's key matched ${records.length} records (RECORDNO ${numbers.join(' and ')}), so which one this write made cannot be told`,
	);
}

interface Planned {
	i: number;
	plan: WritePlan;
	controlId: string;
	entity?: string;
	transaction: boolean;
}

/**
 * Runs a write operation over all input items: plans and checks each item (a bad item becomes its
 * own error), previews or sends them in batches, and returns one output item per input item, paired.
 *
 * Safe by default:
 * - Every function goes with uniqueid=true and a stable control ID (the Idempotency Key, or one
 *   derived from the item: derivedControlId).
 * - A lost, cut or 5xx answer is never re-sent blindly: the record is looked up by its natural key
 *   (the plan's `lookup`); found = written, not found = re-sent once with the same control ID; with
 *   no look-up the item is "outcome unknown" (the duplicate-controlid answer of real Intacct is not
 *   documented, so it is never the only safeguard).
 * - Continue On Fail off: the first failure stops writing. Nothing more is sent (requests waiting
 *   for a slot included), requests in flight are awaited, then stoppedWritesError names the items
 *   written (with RECORDNOs), those with an unknown outcome and those not sent.
 */
export async function executeWrites(
	ctx: IExecuteFunctions,
	client: IntacctClient,
	plan: (itemIndex: number) => WritePlan | Promise<WritePlan>,
): Promise<INodeExecutionData[]> {
	const items = ctx.getInputData();
	const node = ctx.getNode();
	const out: Array<INodeExecutionData | undefined> = new Array(items.length);
	const continueOnFail = ctx.continueOnFail();
	const scope = [ctx.getNodeParameter('resource', 0, ''), ctx.getNodeParameter('operation', 0, '')]
		.map(String)
		.join('/');

	let stop: { item: number; error: unknown } | undefined;
	const written = new Map<number, string | undefined>();
	const unknown = new Set<number>();
	const refused = new Set<number>();
	const occurrences = new Map<string, number>();

	const fail = (i: number, error: unknown) => {
		if (continueOnFail) {
			// The node lets n8n route the item to the error output when the user chose it.
			out[i] = errorItem(error, i, node);
			return;
		}
		refused.add(i);
		if (!stop) stop = { item: i, error };
	};
	const succeed = (p: Planned, json: IDataObject, meta: IDataObject) => {
		out[p.i] = { json: { ...json, _intacct: { controlId: p.controlId, ...meta } }, pairedItem: { item: p.i } };
		const id = json.RECORDNO ?? json.key ?? json.DOCID;
		written.set(p.i, id === undefined || id === null || id === '' ? undefined : String(id as string));
	};
	const unknownOutcome = (p: Planned, cause: unknown, candidates?: IDataObject[]) => {
		const matched = candidates
			? `, and records RECORDNO ${candidates.map((r) => String(r.RECORDNO ?? r.DOCID ?? r.key ?? '?')).join(' and ')} (both match its key)`
			: '';
		const where = `${describeFunction(p.plan.body)} with control ID "${p.controlId}" (input item ${p.i})${p.entity !== undefined ? ` (${p.entity ? `entity ${p.entity}` : 'top level'})` : ''}${matched} in Sage Intacct`;
		const error = outcomeUnknown('Sage Intacct', where, cause);
		if (continueOnFail) {
			out[p.i] = errorItem(error, p.i, node);
			return;
		}
		unknown.add(p.i);
		if (!stop) stop = { item: p.i, error };
	};
	const mayContinue = () => continueOnFail || !stop;

	/** A write whose answer was lost: confirm by look-up; re-send (same control ID) only what is not there. */
	const confirm = async (lost: Array<{ p: Planned; cause: unknown }>, resend: boolean): Promise<Planned[]> => {
		const again: Planned[] = [];
		for (const { p, cause } of lost) {
			const c = await confirmWrite(client, p.plan, p.entity);
			if (c.kind === 'found') succeed(p, c.record, { replay: true, found: true, confirmedByLookup: true });
			else if (c.kind === 'ambiguous') unknownOutcome(p, ambiguity(c.records), c.records);
			// Not there, or an update read back without its values: not written, so sent once more
			// under the same control ID (an update sets values: sending it again cannot add a record).
			else if ((c.kind === 'absent' || c.kind === 'notApplied') && resend) again.push(p);
			else unknownOutcome(p, c.kind === 'notApplied' ? notApplied(c.fields, cause) : cause);
		}
		return again;
	};

	const handle = async (batch: Planned[], results: Array<IntacctResult | IntacctError>, resend: boolean) => {
		const lost: Array<{ p: Planned; cause: unknown }> = [];
		// In an All or Nothing request the item that failed comes first, then those rolled back with
		// it (XL03000009 only), so the stop error names the real cause.
		const rolledBackOnly = (r: IntacctResult | IntacctError) =>
			!(r instanceof IntacctError) &&
			r.status !== 'success' &&
			r.errors.length > 0 &&
			r.errors.every((e) => e.errorno === 'XL03000009');
		const order = batch
			.map((_p, n) => n)
			.sort((a, b) => Number(rolledBackOnly(results[a])) - Number(rolledBackOnly(results[b])) || a - b);
		for (const n of order) {
			const p = batch[n];
			const result = results[n];
			if (result instanceof IntacctError) {
				if (result.notSent) continue;
				if (result.maybeProcessed) lost.push({ p, cause: result });
				else fail(p.i, result);
				continue;
			}
			if (result.status === 'success') {
				succeed(p, (p.plan.output ?? defaultOutput)(result), { replay: false });
				continue;
			}
			if (isPossiblyAlreadyProcessed(result)) {
				// Intacct says this control ID already ran (assumed answer, reference §5.1): nothing was
				// written now, and the earlier request was executed, so this is not an unknown outcome
				// (a template re-run must not log records that exist as failures, issue 20). Return the
				// record when the look-up finds it; `found: false` says the look-up could not name it. Two
				// candidates: which one the earlier request made cannot be told, so it is reported.
				const c = await confirmWrite(client, p.plan, p.entity);
				if (c.kind === 'ambiguous') unknownOutcome(p, ambiguity(c.records), c.records);
				else succeed(p, c.kind === 'found' ? c.record : {}, { replay: true, found: c.kind === 'found' });
				continue;
			}
			fail(p.i, new IntacctError('function', result.errors));
		}
		if (lost.length === 0) return;
		const again = await confirm(lost, resend && mayContinue());
		if (again.length === 0) return;
		if (!mayContinue()) return; // looked up and not there: not written, and now not sent
		await send(again, false);
	};

	const send = async (batch: Planned[], resend: boolean): Promise<void> => {
		const { entity, transaction } = batch[0];
		const results = await client.run(
			batch.map((p) => ({ controlId: p.controlId, body: p.plan.body })),
			{ uniqueId: true, entity, transaction, shouldSend: mayContinue },
		);
		await handle(batch, results, resend);
	};

	// Pipelining: batches are sent while the next ones are planned, so building requests overlaps
	// with waiting for Intacct; at most a few batches are planned ahead, so a stop leaves little
	// planned and nothing more is sent. The client's per-company semaphore keeps at most Max
	// Concurrent Requests in flight.
	const inflight = new Set<Promise<void>>();
	const ahead = Math.max(2, client.concurrency * 2);
	const dispatch = (batch: Planned[]) => {
		const sending: Promise<void> = send(batch, true)
			.catch((error: unknown) => {
				// A bug, not an Intacct answer: the items of this batch have an unknown outcome.
				for (const p of batch) if (!out[p.i] && !written.has(p.i)) unknownOutcome(p, error);
			})
			.finally(() => inflight.delete(sending));
		inflight.add(sending);
	};
	const open = new Map<string, Planned[]>();

	for (let i = 0; i < items.length && mayContinue(); i++) {
		const planned = await Promise.resolve()
			// Input errors name the item ("Item 1: \"ARPYMT.RECEIPTDATE\" ..."), whichever operation raised them.
			.then(async () => await atItemAsync(i, async () => await plan(i)))
			.then(
				(p) => ({ p }),
				(error: unknown) => ({ error }),
			);
		if ('error' in planned) {
			fail(i, planned.error);
			continue;
		}
		const key = String(ctx.getNodeParameter('idempotencyKey', i, '') ?? '').trim();
		const options = ctx.getNodeParameter('writeOptions', i, {}) as IDataObject;
		const entity = entityChoice(options.entity);
		const transaction = !!options.transaction;
		// Checked here, per item, so one bad value fails its own item and not the request it would share.
		const checked = (() => {
			try {
				const body = options.removeInvalidXmlChars ? removeInvalidXmlChars(planned.p.body) : planned.p.body;
				checkXmlNode(body);
				// Dates, currencies and numbers, whatever built the body (fields or Record (JSON) mode).
				checkWriteValues(body, i);
				if (key) checkXmlNode(key, 'Idempotency Key');
				return { body };
			} catch (error) {
				return { error };
			}
		})();
		if ('error' in checked) {
			fail(i, checked.error);
			continue;
		}
		const body = checked.body;
		let controlId = key;
		if (!controlId) {
			const base = derivedControlId(`${scope}|${entity ?? '\u0000'}|${transaction}`, body, 0);
			const n = (occurrences.get(base) ?? 0) + 1;
			occurrences.set(base, n);
			controlId = base.replace(/-0$/, `-${n}`);
		}
		controlId = controlId.slice(0, 256);
		if (options.preview) {
			const xml = buildRequestXml({
				controlId,
				uniqueId: true,
				transaction,
				auth: { sessionId: '***' },
				functions: [{ controlId, body }],
			});
			out[i] = {
				json: { preview: true, idempotencyKey: key || null, controlId, request: redactText(xml) },
				pairedItem: { item: i },
			};
			continue;
		}
		// Requests differ by entity and transaction mode: each group is batched on its own.
		const group = `${entity ?? '\u0000'}|${transaction}`;
		const list = open.get(group) ?? [];
		list.push({ i, plan: { ...planned.p, body }, controlId, entity, transaction });
		open.set(group, list);
		if (list.length >= client.batchSize) {
			open.delete(group);
			dispatch(list);
			while (inflight.size >= ahead) await Promise.race(inflight);
			// Let network I/O (sends, answers) run between batches of CPU-bound planning.
			await new Promise((resolve) => setImmediate(resolve));
		}
	}
	if (mayContinue()) for (const list of open.values()) dispatch(list);
	while (inflight.size > 0) await Promise.all([...inflight]);

	if (stop) {
		const ledger: WriteLedger = {
			written: [...written].sort(([a], [b]) => a - b).map(([itemIndex, id]) => ({ itemIndex, ...(id ? { id } : {}) })),
			unknown: [...unknown].sort((a, b) => a - b),
			notSent: items
				.map((_, n) => n)
				.filter((n) => !written.has(n) && !unknown.has(n) && !refused.has(n) && !out[n]?.json.preview),
		};
		const cause = toNodeError(node, stop.error, stop.item);
		const error = stoppedWritesError(node, stop.item, cause, ledger);
		// The first failure's own code and fix stay with the error (e.g. Intacct's errorno).
		error.context = { ...(error.context ?? {}), causeCode: cause.context?.errorCode, itemIndex: stop.item };
		if (cause.description) error.description = `${cause.description}\n${error.description ?? ''}`;
		const others = [...refused].filter((n) => n !== stop!.item).sort((a, b) => a - b);
		if (others.length) {
			error.description = `${error.description ?? ''} Also refused by Sage Intacct (not written): items ${others.join(', ')}.`;
			error.context = { ...(error.context ?? {}), refused: others };
		}
		throw error;
	}
	return out.filter((x): x is INodeExecutionData => x !== undefined);
}
