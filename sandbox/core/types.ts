import type { IncomingHttpHeaders } from 'node:http';
import type { SandboxClock } from './clock';
import type { RecordStore, StoredRecord } from './store';

/** A request as a system module sees it: body already read, path relative to the module's prefix. */
export interface SandboxRequest {
	method: string;
	url: URL;
	/** Path after the system prefix, e.g. '/ia/xml/xmlgw.phtml'. */
	path: string;
	/** Full path, e.g. '/intacct/ia/xml/xmlgw.phtml'. */
	fullPath: string;
	headers: IncomingHttpHeaders;
	body: string;
	/** Scratch space for a module to keep what it parsed in describe() for handle(). */
	locals: Record<string, unknown>;
}

export interface SandboxResponse {
	status: number;
	headers?: Record<string, string>;
	body?: string;
}

/** What a module tells the core about a request before it is handled. */
export interface RequestInfo {
	/** Label for the request log, counts and fault matching (e.g. 'getAPISession' or 'readByQuery,readMore'). */
	operations?: string[];
	/** Requests with the same key share the module's concurrencyLimit (e.g. the Intacct company ID). */
	concurrencyKey?: string;
}

export interface SystemContext {
	system: string;
	store: RecordStore;
	clock: SandboxClock;
	/** e.g. 'http://127.0.0.1:5680' */
	baseUrl: string;
	/** baseUrl + the module's prefix, e.g. 'http://127.0.0.1:5680/intacct' */
	systemUrl: string;
}

export type FailureKind = 'throttled' | 'serverError';

/**
 * One simulated system. Adding a system = one folder exporting a factory for this interface,
 * plus one line in sandbox/systems.ts.
 *
 * Factories (not singletons) because a module may keep runtime state (e.g. Intacct sessions) and
 * every started sandbox gets its own.
 */
export interface SystemModule {
	/** Lower-case identifier used in admin URLs, e.g. 'intacct'. */
	readonly name: string;
	/** Path prefix, e.g. '/intacct'. */
	readonly prefix: string;
	/** Human title for the status page. */
	readonly title: string;
	/** At most this many requests in flight per concurrencyKey; more get failureResponse('throttled'). */
	readonly concurrencyLimit?: number;

	/** Define collections and insert the seed data (store is empty). Must be deterministic. */
	seed(store: RecordStore, ctx: SystemContext): void;
	/** Clear runtime state that is not records (sessions, settings). Called on reset before seed. */
	reset?(ctx: SystemContext): void;
	/** Cheap look at the request for logging, fault matching and concurrency. Must not write. */
	describe?(req: SandboxRequest, ctx: SystemContext): RequestInfo;
	/** Handle a request; writes are committed when the promise resolves. */
	handle(req: SandboxRequest, ctx: SystemContext): Promise<SandboxResponse> | SandboxResponse;
	/**
	 * The system's own body for a throttled (429) or server error (5xx) answer. The core adds the
	 * status and Retry-After. Default: a short text/plain body.
	 */
	failureResponse?(
		kind: FailureKind,
		req: SandboxRequest,
		opts: { status: number; retryAfterSeconds?: number },
		ctx: SystemContext,
	): SandboxResponse;
	/** System-specific admin routes under /__admin/<name>/... ; return undefined for 404. */
	admin?(
		req: SandboxRequest & { json: unknown },
		ctx: SystemContext,
	): Promise<SandboxResponse | undefined> | SandboxResponse | undefined;
	/** Called after an admin write to a record (later: webhooks). */
	onAdminWrite?(collection: string, record: StoredRecord, created: boolean, ctx: SystemContext): void | Promise<void>;
}

export type SystemFactory = () => SystemModule;
