import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleAdmin } from './admin';
import { classifyRequest } from './faults';
import { CONSOLE_PREFIX, renderSystemPage } from '../console/page';
import { HttpError, escapeHtml, json, readBody, send, sleep } from './http';
import type { SandboxState, SystemRuntime } from './state';
import { renderStatusPage } from './statusPage';
import type { SandboxRequest, SandboxResponse, SystemContext } from './types';

function defaultFailure(kind: 'throttled' | 'serverError', status: number): SandboxResponse {
	return {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8' },
		body: kind === 'throttled' ? 'Too Many Requests' : 'Internal Server Error',
	};
}

/** 'intacct' for '/console/intacct' (or '/console/intacct/'), else undefined. */
function consoleSystem(path: string): string | undefined {
	if (!path.startsWith(CONSOLE_PREFIX + '/')) return undefined;
	const rest = path.slice(CONSOLE_PREFIX.length + 1).replace(/\/$/, '');
	return rest && !rest.includes('/') ? decodeURIComponent(rest) : undefined;
}

/** The one request listener: status page, admin API, then each system by its path prefix. */
export function createRequestListener(state: SandboxState) {
	return (req: IncomingMessage, res: ServerResponse): void => {
		void dispatch(state, req, res).catch((err: unknown) => {
			const status = err instanceof HttpError ? err.status : 500;
			const details = err instanceof HttpError ? err.details : undefined;
			send(res, json(status, { error: (err as Error).message ?? String(err), details }));
		});
	};
}

async function dispatch(state: SandboxState, req: IncomingMessage, res: ServerResponse): Promise<void> {
	const url = new URL(req.url ?? '/', state.baseUrl || 'http://127.0.0.1');
	const method = (req.method ?? 'GET').toUpperCase();
	const fullPath = url.pathname;

	if (fullPath === '/' && (method === 'GET' || method === 'HEAD')) {
		send(res, {
			status: 200,
			headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
			body: renderStatusPage(state, url.searchParams.has('live')),
		});
		return;
	}

	// The console's page per system: /console/<system> (the system prefixes belong to the APIs).
	const page = consoleSystem(fullPath);
	if (page !== undefined && (method === 'GET' || method === 'HEAD')) {
		if (!state.systems.has(page)) {
			send(res, {
				status: 404,
				headers: { 'content-type': 'text/html; charset=utf-8' },
				body: `<p>No system '${escapeHtml(page)}'. <a href="/">Back to the console</a></p>`,
			});
			return;
		}
		send(res, {
			status: 200,
			headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
			body: renderSystemPage(state, page, url.searchParams.has('live')),
		});
		return;
	}

	if (fullPath === '/__admin' || fullPath.startsWith('/__admin/')) {
		const body = await readBody(req);
		const sreq: SandboxRequest = {
			method,
			url,
			path: fullPath.slice('/__admin'.length) || '/',
			fullPath,
			headers: req.headers,
			body,
			locals: {},
		};
		send(res, await handleAdmin(state, sreq));
		return;
	}

	for (const runtime of state.systems.values()) {
		const { prefix } = runtime.module;
		if (fullPath === prefix || fullPath.startsWith(prefix + '/')) {
			const body = await readBody(req);
			const sreq: SandboxRequest = {
				method,
				url,
				path: fullPath.slice(prefix.length) || '/',
				fullPath,
				headers: req.headers,
				body,
				locals: {},
			};
			await handleSystem(state, runtime, sreq, res);
			return;
		}
	}

	send(res, json(404, { error: `no route ${method} ${fullPath}` }));
}

async function handleSystem(
	state: SandboxState,
	runtime: SystemRuntime,
	req: SandboxRequest,
	res: ServerResponse,
): Promise<void> {
	const { module } = runtime;
	const ctx: SystemContext = state.context(module.name);
	const started = Date.now();

	let operations: string[] = [];
	let concurrencyKey: string | undefined;
	try {
		const info = module.describe?.(req, ctx) ?? {};
		operations = info.operations ?? [];
		concurrencyKey = info.concurrencyKey;
	} catch {
		// describe() is best effort; handle() reports the real error.
	}
	const operation = operations.length ? operations.join(',') : undefined;
	state.changes.noteRequest(state.systems, classifyRequest(req.method, operations), state.clock.now().toISOString());
	const entry = state.log.start({
		time: state.clock.now().toISOString(),
		system: module.name,
		method: req.method,
		path: req.fullPath,
		operation,
		operations,
		kind: classifyRequest(req.method, operations),
	});
	const finish = (response: SandboxResponse | 'dropped'): void => {
		entry.durationMs = Date.now() - started;
		if (response === 'dropped') {
			entry.status = 'dropped';
			res.socket?.destroy();
			res.destroy();
			return;
		}
		entry.status = response.status;
		send(res, response);
	};
	const failure = (kind: 'throttled' | 'serverError', status: number, retryAfterSeconds?: number): SandboxResponse => {
		const response =
			module.failureResponse?.(kind, req, { status, retryAfterSeconds }, ctx) ?? defaultFailure(kind, status);
		if (retryAfterSeconds !== undefined) {
			response.headers = { ...response.headers, 'retry-after': String(retryAfterSeconds) };
		}
		return response;
	};

	// Concurrency: count this request in flight for its key until the socket is done with it.
	if (module.concurrencyLimit !== undefined && concurrencyKey !== undefined) {
		const key = `${module.name}:${concurrencyKey}`;
		const current = state.inFlight.get(key) ?? 0;
		if (current >= module.concurrencyLimit) {
			entry.faults.push('concurrencyLimit');
			finish(failure('throttled', 429));
			return;
		}
		state.inFlight.set(key, current + 1);
		let released = false;
		const release = (): void => {
			if (released) return;
			released = true;
			const n = (state.inFlight.get(key) ?? 1) - 1;
			if (n <= 0) state.inFlight.delete(key);
			else state.inFlight.set(key, n);
		};
		res.once('finish', release);
		res.once('close', release);
	}

	const plan = state.faults.take(module.name, operation, req.fullPath, req.method, operations);
	entry.faults.push(...plan.labels);
	if (plan.latencyMs > 0) await sleep(plan.latencyMs, state.closing.signal);

	const terminal = plan.terminal;
	if (terminal?.type === 'http5xx') {
		finish(failure('serverError', terminal.status ?? 500));
		return;
	}
	if (terminal?.type === 'http429') {
		finish(failure('throttled', 429, terminal.retryAfterSeconds ?? 1));
		return;
	}

	let response: SandboxResponse;
	try {
		response = await module.handle(req, ctx);
	} catch (err) {
		response = json(500, { error: `sandbox ${module.name} handler failed: ${(err as Error).message}` });
	}
	finish(terminal?.type === 'dropAfterCommit' ? 'dropped' : response);
}
