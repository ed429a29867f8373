import { sleep } from 'n8n-workflow';

/**
 * Retry with exponential backoff and full jitter, bounded by attempts AND total time.
 * Every connector calls its system through this one loop (ARCHITECTURE: "Limits").
 */
export interface RetryPolicy {
	maxAttempts: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/**
	 * No retry of an error is started once this much time has passed since the first attempt,
	 * not counting the time spent waiting out throttling (which has its own budget below).
	 */
	maxTotalMs: number;
	/**
	 * Throttling (HTTP 429, Intacct GW-0010) is not failure: it is retried within this separate,
	 * longer budget, so a burst of 429s does not use up the attempts meant for 5xx errors.
	 * Omitted: DEFAULT_THROTTLE_POLICY.
	 */
	throttle?: ThrottlePolicy;
}

export interface ThrottlePolicy {
	/** Throttled answers tolerated within one call (each one waits before the next attempt). */
	maxAttempts: number;
	/** Backoff when the server gives no Retry-After. */
	baseDelayMs: number;
	/** Cap on one wait, Retry-After included (a server asking for an hour is not obeyed blindly). */
	maxDelayMs: number;
	/** No retry is started once this much time has passed since the first attempt. */
	maxTotalMs: number;
}

/** About five minutes of being throttled before a call gives up; one wait is at most a minute. */
export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
	maxAttempts: 30,
	baseDelayMs: 1_000,
	maxDelayMs: 60_000,
	maxTotalMs: 300_000,
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
	maxAttempts: 6,
	baseDelayMs: 250,
	maxDelayMs: 10_000,
	maxTotalMs: 60_000,
	throttle: DEFAULT_THROTTLE_POLICY,
};

export interface RetryDecision {
	retry: boolean;
	/** Server-requested wait (Retry-After), honoured instead of the backoff when present. */
	retryAfterMs?: number;
	/** The server is throttling (429, GW-0010): counted against the throttle budget, not the error budget. */
	throttled?: boolean;
}

export type Classifier = (error: unknown) => RetryDecision;

export function backoffDelay(
	attempt: number,
	policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
	random: () => number = Math.random,
) {
	const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
	return Math.floor(random() * cap);
}

export async function withRetry<T>(
	fn: (attempt: number) => Promise<T>,
	classify: Classifier,
	policy: RetryPolicy = DEFAULT_RETRY_POLICY,
	wait: (ms: number) => Promise<void> = sleep,
	now: () => number = Date.now,
): Promise<T> {
	const started = now();
	const throttle = policy.throttle ?? DEFAULT_THROTTLE_POLICY;
	let errors = 0;
	let throttles = 0;
	// Time spent waiting out throttling does not count against the error budget.
	let throttledMs = 0;
	for (let attempt = 1; ; attempt++) {
		let failure: unknown;
		try {
			return await fn(attempt);
		} catch (error) {
			failure = error;
		}
		// The caller's own error is rethrown unchanged: connectors shape it for n8n at the item level.
		const decision = classify(failure);
		if (!decision.retry) throw failure;
		if (decision.throttled) {
			throttles++;
			if (throttles >= throttle.maxAttempts) throw failure;
			const delay = Math.min(
				decision.retryAfterMs ?? Math.max(backoffDelay(throttles, throttle), throttle.baseDelayMs),
				throttle.maxDelayMs,
			);
			if (now() - started + delay > throttle.maxTotalMs) throw failure;
			const before = now();
			await wait(delay);
			throttledMs += Math.max(delay, now() - before);
			continue;
		}
		errors++;
		if (errors >= policy.maxAttempts) throw failure;
		const delay = Math.min(decision.retryAfterMs ?? backoffDelay(errors, policy), policy.maxDelayMs);
		if (now() - started - throttledMs + delay > policy.maxTotalMs) throw failure;
		await wait(delay);
	}
}

/** Parses an HTTP Retry-After header (seconds or HTTP date) into milliseconds. */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Network-level failures where the request may never have reached the server. */
const NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'ETIMEDOUT',
	'EPIPE',
	'EAI_AGAIN',
	'ENOTFOUND',
	'ECONNABORTED',
	'UND_ERR_SOCKET',
]);

export function httpStatusOf(error: unknown): number | undefined {
	const e = error as {
		httpCode?: string | number;
		statusCode?: number;
		status?: number;
		response?: { status?: number; statusCode?: number };
	};
	const raw = e?.statusCode ?? e?.status ?? e?.response?.status ?? e?.response?.statusCode ?? e?.httpCode;
	const n = Number(raw);
	return Number.isFinite(n) && n > 0 ? n : undefined;
}

export function isNetworkError(error: unknown): boolean {
	const e = error as { code?: string; cause?: { code?: string } };
	return NETWORK_CODES.has(e?.code ?? '') || NETWORK_CODES.has(e?.cause?.code ?? '');
}

export function retryAfterOf(error: unknown): number | undefined {
	const e = error as { response?: { headers?: Record<string, unknown> }; headers?: Record<string, unknown> };
	const headers = e?.response?.headers ?? e?.headers;
	return parseRetryAfter(headers?.['retry-after']);
}

/**
 * The common HTTP rule: 429 and 5xx and network errors are transient. A write is only
 * retried when the caller says it is idempotent, since its outcome is unknown otherwise.
 */
export function httpClassifier(options: { idempotent: boolean }): Classifier {
	return (error) => {
		const status = httpStatusOf(error);
		// Throttled requests were refused, not processed: safe to repeat, within the throttle budget.
		if (status === 429) return { retry: true, throttled: true, retryAfterMs: retryAfterOf(error) };
		if (!options.idempotent) return { retry: false };
		if (status !== undefined && status >= 500) return { retry: true, retryAfterMs: retryAfterOf(error) };
		if (status === undefined && isNetworkError(error)) return { retry: true };
		return { retry: false };
	};
}
