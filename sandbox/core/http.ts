import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxResponse } from './types';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export class HttpError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly details?: unknown,
	) {
		super(message);
	}
}

export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > limit) {
				reject(new HttpError(413, `body larger than ${limit} bytes`));
				req.destroy();
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

export function json(status: number, value: unknown): SandboxResponse {
	return {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8' },
		body: JSON.stringify(value, null, 2),
	};
}

export function parseJsonBody(body: string): unknown {
	if (body.trim() === '') return {};
	try {
		return JSON.parse(body) as unknown;
	} catch {
		throw new HttpError(400, 'body is not valid JSON');
	}
}

export function send(res: ServerResponse, response: SandboxResponse): void {
	if (res.headersSent || res.destroyed) return;
	const body = response.body ?? '';
	res.writeHead(response.status, {
		'content-length': String(Buffer.byteLength(body)),
		...response.headers,
	});
	res.end(body);
}

export function escapeHtml(value: unknown): string {
	const text = typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** Resolves after `ms`, or at once when `signal` aborts (server closing). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
	return new Promise((resolve) => {
		if (ms <= 0 || signal?.aborted) return resolve();
		const timer = setTimeout(done, ms);
		function done(): void {
			clearTimeout(timer);
			signal?.removeEventListener('abort', done);
			resolve();
		}
		signal?.addEventListener('abort', done, { once: true });
	});
}
