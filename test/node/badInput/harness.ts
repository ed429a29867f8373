/**
 * Table-driven bad-input cases: each runs a node in n8n's engine against the sandbox with two
 * input items (a good one first, then a bad one) and "On Error: Continue", and asserts
 *  (a) the bad item's result is an error item naming the item, the field and the fix,
 *  (b) nothing was written for it (the sandbox's request log: writes equal the good item's),
 *  (c) no secret of the credential appears in the error.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import type { RunWorkflowResult } from '../../helpers/engine';
import type { Sandbox } from '../../../sandbox/server';

export interface BadCase {
	name: string;
	/** Node parameters; per-item values come from expressions such as `={{ $json.date }}`. */
	params: IDataObject;
	/** The good item first; the bad one second (items are 0-based: the bad one is item 1). */
	good: IDataObject;
	bad: IDataObject;
	/** The field as the message must name it. */
	field: RegExp | string;
	/** The fix the message must give (expected format, an example, what to do). */
	fix: RegExp;
	/** Writes the good item makes (default 1; 0 for reads). */
	goodWrites?: number;
	/** Growth of the connector's stored collection (default: goodWrites). */
	storedDelta?: number;
	/** Exactly this many requests reached the sandbox (e.g. only the good item's one). */
	requests?: number;
	/** A value that must not appear in any request path the sandbox saw (e.g. the bad ID). */
	notInPaths?: string;
}

export interface Connector {
	sandbox: () => Sandbox;
	system: string;
	nodeName: string;
	run: (params: IDataObject, items: INodeExecutionData[]) => Promise<RunWorkflowResult>;
	/** Requests that change something (for Scoro, whose API is all POST: the write actions). */
	isWrite: (entry: { method: string; path: string; operation?: string }) => boolean;
	secrets: string[];
	/** Records in the sandbox's target collection: after the run it must have grown by the good item's writes only. */
	stored?: () => number;
}

interface LogEntry {
	method: string;
	path: string;
	operation?: string;
	status: number | string | null;
}

export function sandboxLog(sandbox: Sandbox, system: string): LogEntry[] {
	return sandbox.state.log.list({ system }) as LogEntry[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function checkBadCase(c: Connector, tc: BadCase): Promise<void> {
	const sandbox = c.sandbox();
	sandbox.state.log.clear();
	const before = c.stored?.();
	const run = await c.run(tc.params, [{ json: tc.good }, { json: tc.bad }]);
	expect(run.status).toBe('success');
	const items = run.nodeItems(c.nodeName);
	const errors = items.filter((it) => it.json.error !== undefined);
	const oks = items.filter((it) => it.json.error === undefined);
	// The good item went through (its own result), the bad one is the only error.
	if (errors.length !== 1)
		throw new Error(`expected exactly one error item, got ${JSON.stringify(items.map((i) => i.json)).slice(0, 1500)}`);
	expect(oks.length).toBeGreaterThanOrEqual(1);
	expect(oks.every((it) => (it.pairedItem as { item: number }).item === 0)).toBe(true);
	const [err] = errors;
	// n8n keeps the error item paired with its input (its json carries only the message).
	expect(err.pairedItem).toEqual({ item: 1 });
	const text = `${String(err.json.error)} ${String(err.json.errorDetails ?? '')}`;
	// (a) names the item, the field and the fix.
	expect(text).toMatch(/\bitem 1\b/i);
	expect(text).toMatch(typeof tc.field === 'string' ? new RegExp(escape(tc.field)) : tc.field);
	expect(text).toMatch(tc.fix);
	// (b) nothing written for the bad item: exactly the good item's writes reached the sandbox.
	const log = sandboxLog(sandbox, c.system);
	const writes = log.filter((e) => c.isWrite(e));
	expect(writes.length).toBe(tc.goodWrites ?? 1);
	if (c.stored) expect(c.stored() - before!).toBe(tc.storedDelta ?? tc.goodWrites ?? 1);
	if (tc.requests !== undefined) expect(log.map((e) => `${e.method} ${e.path}`)).toHaveLength(tc.requests);
	if (tc.notInPaths) {
		for (const e of log) expect(decodeURIComponent(e.path)).not.toContain(tc.notInPaths);
	}
	// (c) no secret in the message (or anywhere in the error item).
	const whole = JSON.stringify(err.json);
	for (const secret of c.secrets) expect(whole).not.toContain(secret);
}

/** Defines one jest test per case. */
export function badInputSuite(c: Connector, cases: BadCase[]): void {
	it('has at least 50 cases', () => expect(cases.length).toBeGreaterThanOrEqual(50));
	it.each(cases.map((tc) => [tc.name, tc] as const))('%s', async (_name, tc) => {
		await checkBadCase(c, tc);
	});
}
