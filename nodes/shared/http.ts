import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { SyncError } from './errors';
import { redactText } from './redact';
import { httpClassifier, withRetry, type Classifier, type RetryPolicy, DEFAULT_RETRY_POLICY } from './retry';

/** Any n8n function context that can send authenticated requests (execute, poll, hooks, load options). */
export interface HttpContext {
	helpers: {
		httpRequestWithAuthentication(
			this: unknown,
			credentialsType: string,
			requestOptions: IHttpRequestOptions,
		): Promise<unknown>;
	};
}

export interface JsonResponse<T = unknown> {
	statusCode: number;
	headers: Record<string, string>;
	body: T;
}

/** Reads a system's error body into its own code and message. */
export type ErrorReader = (status: number, body: unknown) => { code: string; message: string; fix?: string };

export interface JsonRequest {
	system: string;
	credentialType: string;
	request: IHttpRequestOptions;
	/** Whether repeating the request is safe (reads, or writes guarded by an idempotency check). */
	idempotent: boolean;
	readError: ErrorReader;
	/** Values to mask if they ever appear in an error (e.g. a key sent in the body). */
	secrets?: string[];
	retry?: RetryPolicy;
	/** Extra check on a 2xx body: some APIs answer 200 with an error envelope. */
	checkBody?: (body: unknown) => { code: string; message: string; status?: number } | undefined;
	/** Overrides the retry decision (e.g. a spent daily quota answers 429 but must not be retried). */
	classify?: Classifier;
}

/**
 * The one way the JSON connectors call their APIs: n8n's authenticated request helper, full
 * response, status errors turned into SyncError with the system's own code, retries per the
 * shared rules (429 always, 5xx and network only when idempotent).
 */
export async function requestJson<T = IDataObject>(ctx: HttpContext, req: JsonRequest): Promise<JsonResponse<T>> {
	return await withRetry(
		async () => {
			const res = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, req.credentialType, {
				json: true,
				...req.request,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			})) as JsonResponse<T>;
			const body = parseMaybeJson(res.body);
			if (res.statusCode >= 400) {
				const { code, message, fix } = req.readError(res.statusCode, body);
				const details = [`HTTP ${res.statusCode} ${code}: ${message}`, fix ? `How to fix: ${fix}` : '']
					.filter(Boolean)
					.join('\n');
				const error = new SyncError(
					redactText(`${req.system} error ${code}: ${message}`, req.secrets),
					req.system,
					code,
					redactText(details, req.secrets),
					res.statusCode,
				);
				throw Object.assign(error, { headers: res.headers, statusCode: res.statusCode });
			}
			const bad = req.checkBody?.(body);
			if (bad) {
				throw Object.assign(
					new SyncError(
						redactText(`${req.system} error ${bad.code}: ${bad.message}`, req.secrets),
						req.system,
						bad.code,
						redactText(bad.message, req.secrets),
						bad.status ?? res.statusCode,
					),
					{ headers: res.headers, statusCode: bad.status ?? res.statusCode },
				);
			}
			return { ...res, body: body as T };
		},
		req.classify ?? httpClassifier({ idempotent: req.idempotent }),
		req.retry ?? DEFAULT_RETRY_POLICY,
	);
}

function parseMaybeJson(body: unknown): unknown {
	if (Buffer.isBuffer(body)) body = body.toString('utf8');
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body);
	} catch {
		return body;
	}
}
