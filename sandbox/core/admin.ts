import { z } from 'zod';
import { renderAdminIndex } from '../console/adminIndex';
import { BULK_SEEDERS, bulkSeedSchema } from './bulkSeed';
import { faultInputSchema } from './faults';
import { HttpError, json, parseJsonBody } from './http';
import type { SandboxState } from './state';
import type { SandboxRequest, SandboxResponse } from './types';

const clockSchema = z
	.object({
		now: z.string().datetime({ offset: true }).optional(),
		advanceSeconds: z
			.number()
			.finite()
			.min(-10 * 365 * 86400)
			.max(10 * 365 * 86400)
			.optional(),
		frozen: z.boolean().optional(),
	})
	.strict();

const fieldValue: z.ZodType<unknown> = z.lazy(() =>
	z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(fieldValue), z.record(fieldValue)]),
);
const recordSchema = z
	.object({
		id: z.string().min(1).max(200).optional(),
		fields: z.record(fieldValue),
	})
	.strict();

/** Whole-sandbox checkpoints kept for POST /__admin/restore/:id (each is a full copy: bounded). */
const MAX_CHECKPOINTS = 20;

function parse<T>(schema: z.ZodType<T>, body: string): T {
	const result = schema.safeParse(parseJsonBody(body));
	if (!result.success) throw new HttpError(400, 'invalid body', result.error.issues);
	return result.data;
}

function requireSystem(state: SandboxState, name: string): void {
	if (!state.systems.has(name)) throw new HttpError(404, `unknown system '${name}'`);
}

/**
 * The JSON admin API under /__admin (see sandbox/README.md for the list).
 * `path` is the part after '/__admin'.
 */
export async function handleAdmin(state: SandboxState, req: SandboxRequest): Promise<SandboxResponse> {
	const { method } = req;
	const parts = req.path.split('/').filter(Boolean).map(decodeURIComponent);
	const [head, a, b] = parts;

	// GET /__admin: the list of routes (an HTML page for a browser: the console links here).
	if (parts.length === 0 && method === 'GET') {
		const page = renderAdminIndex(state, String(req.headers.accept ?? '').includes('text/html'));
		return { status: 200, headers: { 'content-type': page.type }, body: page.body };
	}

	if (head === 'changes' && method === 'GET' && parts.length === 1) {
		const only = req.url.searchParams.get('system') ?? undefined;
		if (only) requireSystem(state, only);
		const systems: Record<string, Record<string, unknown>> = {};
		for (const [name, { store }] of state.systems) {
			if (only && name !== only) continue;
			const out: Record<string, unknown> = {};
			for (const c of store.collectionNames()) {
				const ch = state.changes.collection(name, c, store.list(c));
				const pick = (m: Map<string, string>, v: string): string[] =>
					[...m].filter(([, x]) => x === v).map(([id]) => id);
				if (!ch.sinceReset.size && !ch.deletedSinceReset.length) continue;
				out[c] = {
					new: pick(ch.sinceReset, 'new'),
					changed: pick(ch.sinceReset, 'changed'),
					deleted: ch.deletedSinceReset,
					lastRun: { new: pick(ch.lastRun, 'new'), changed: pick(ch.lastRun, 'changed'), deleted: ch.deletedInLastRun },
				};
			}
			systems[name] = out;
		}
		return json(200, { resetAt: state.changes.resetAt, lastRun: state.changes.lastRun ?? null, systems });
	}

	if (head === 'reset' && method === 'POST' && parts.length === 1) {
		const system = req.url.searchParams.get('system') ?? undefined;
		if (system) requireSystem(state, system);
		state.reset(system);
		return json(200, { ok: true, reset: system ?? 'all', clock: state.clock.describe() });
	}

	if (head === 'state' && method === 'GET' && parts.length <= 2) {
		if (a) {
			requireSystem(state, a);
			return json(200, state.snapshot(a)[a]);
		}
		return json(200, { clock: state.clock.describe(), systems: state.snapshot() });
	}

	if (head === 'requests') {
		if (parts.length === 1 && method === 'GET') {
			const system = req.url.searchParams.get('system') ?? undefined;
			return json(200, state.log.list({ system }));
		}
		if (parts.length === 1 && method === 'DELETE') {
			state.log.clear(req.url.searchParams.get('system') ?? undefined);
			return json(200, { ok: true });
		}
		if (a === 'counts' && parts.length === 2 && method === 'GET') return json(200, state.log.counts());
		if (a === 'totals' && parts.length === 2 && method === 'GET') return json(200, state.log.totals());
	}

	if (head === 'faults' && parts.length === 2 && a && method === 'DELETE') {
		const id = Number(a);
		if (!Number.isInteger(id) || !state.faults.remove(id)) throw new HttpError(404, `no active fault '${a}'`);
		return json(200, { ok: true, removed: id });
	}

	if (head === 'faults' && parts.length === 1) {
		if (method === 'GET') return json(200, state.faults.list());
		if (method === 'DELETE') {
			state.faults.clear(req.url.searchParams.get('system') ?? undefined);
			return json(200, { ok: true });
		}
		if (method === 'POST') {
			const input = parse(faultInputSchema, req.body);
			if (input.system) requireSystem(state, input.system);
			try {
				return json(201, state.faults.add(input));
			} catch (e) {
				throw new HttpError(409, (e as Error).message);
			}
		}
	}

	if (head === 'records' && method === 'POST' && parts.length === 3 && a && b) {
		requireSystem(state, a);
		const input = parse(recordSchema, req.body);
		const runtime = state.system(a)!;
		const { record, created } = runtime.store.upsert(b, input.id, input.fields as never);
		await runtime.module.onAdminWrite?.(b, record, created, state.context(a));
		return json(created ? 201 : 200, { created, record });
	}

	if (head === 'seed' && method === 'POST' && parts.length === 2 && a) {
		requireSystem(state, a);
		const seeder = BULK_SEEDERS[a];
		if (!seeder) throw new HttpError(404, `no bulk seeder for '${a}' (have: ${Object.keys(BULK_SEEDERS).join(', ')})`);
		const input = parse(bulkSeedSchema, req.body);
		const made = seeder(state.system(a)!.store, input);
		return json(201, made);
	}

	if (head === 'checkpoint' && parts.length === 1 && method === 'POST') {
		if (state.checkpoints.size >= MAX_CHECKPOINTS) throw new HttpError(409, `at most ${MAX_CHECKPOINTS} checkpoints`);
		const id = `cp${state.checkpoints.size + 1}`;
		state.checkpoints.set(id, state.checkpoint());
		return json(201, { id });
	}

	if (head === 'restore' && parts.length === 2 && a && method === 'POST') {
		const cp = state.checkpoints.get(a);
		if (!cp) throw new HttpError(404, `no checkpoint '${a}'`);
		state.restore(cp);
		return json(200, { ok: true, restored: a });
	}

	if (head === 'clock' && parts.length === 1) {
		if (method === 'GET') return json(200, state.clock.describe());
		if (method === 'POST') {
			const input = parse(clockSchema, req.body);
			if (input.now === undefined && input.advanceSeconds === undefined && input.frozen === undefined) {
				throw new HttpError(400, 'give now, advanceSeconds or frozen');
			}
			if (input.now !== undefined) state.clock.set(new Date(input.now));
			if (input.advanceSeconds !== undefined) state.clock.advance(input.advanceSeconds);
			if (input.frozen === true) state.clock.freeze();
			if (input.frozen === false) state.clock.unfreeze();
			return json(200, state.clock.describe());
		}
	}

	// System-specific admin routes: /__admin/<system>/...
	if (head && state.systems.has(head)) {
		const runtime = state.system(head)!;
		const sub: SandboxRequest & { json: unknown } = {
			...req,
			path: '/' + parts.slice(1).join('/'),
			json: req.body ? parseJsonBody(req.body) : {},
		};
		const response = await runtime.module.admin?.(sub, state.context(head));
		if (response) return response;
	}

	throw new HttpError(404, `no admin route ${method} /__admin${req.path}`);
}
