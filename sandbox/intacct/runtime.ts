import type { SandboxRequest, SystemContext } from '../core/types';

/** Default session duration (notes §1.6 show ~2 h and 24 h windows; 2 h chosen, admin settable). */
export const DEFAULT_SESSION_TIMEOUT_SECONDS = 2 * 60 * 60;
/** Bound on result sets kept for readMore; the oldest are dropped first. ASSUMED: real lifetime undocumented. */
export const MAX_RESULT_SETS = 200;
export const MAX_SESSIONS = 1000;
/** ASSUMED (sandbox only): the query string that marks the session endpoint; see sessionEndpoint. */
export const SESSION_ENDPOINT_QUERY = 'pod=sbx1';

export interface IntacctIdentity {
	senderid: string;
	companyid: string;
	userid: string;
	/** Entity ID; '' = top level. */
	locationid: string;
	/** Set when the request authenticated with a session. */
	sessionId?: string;
}

export interface IntacctSession {
	id: string;
	companyid: string;
	userid: string;
	locationid: string;
	createdAtMs: number;
	/** Sliding: now + timeout on every call (notes §1.6). */
	expiresAtMs: number;
}

export interface ResultSet {
	id: string;
	object: string;
	companyid: string;
	/** Projected rows of the original query (readMore pages this snapshot; notes §9.13). */
	rows: Array<Record<string, string>>;
	offset: number;
	pagesize: number;
}

/** Runtime state of the Intacct gateway that is not records: sessions, readMore result sets, settings. */
export class IntacctRuntime {
	sessionTimeoutSeconds = DEFAULT_SESSION_TIMEOUT_SECONDS;
	readonly sessions = new Map<string, IntacctSession>();
	readonly resultSets = new Map<string, ResultSet>();
	/** `companyid|function controlid` of functions completed under uniqueid=true (repeat detection). */
	readonly executedControlIds = new Set<string>();
	private sessionSeq = 0;
	private resultSeq = 0;

	reset(): void {
		this.sessionTimeoutSeconds = DEFAULT_SESSION_TIMEOUT_SECONDS;
		this.sessions.clear();
		this.resultSets.clear();
		this.executedControlIds.clear();
		this.sessionSeq = 0;
		this.resultSeq = 0;
	}

	createSession(identity: Omit<IntacctIdentity, 'senderid' | 'sessionId'>, nowMs: number): IntacctSession {
		// Drop expired sessions first; then bound the map.
		for (const [id, s] of this.sessions) if (s.expiresAtMs <= nowMs) this.sessions.delete(id);
		while (this.sessions.size >= MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
		const n = ++this.sessionSeq;
		// Deterministic, shaped like the SDK fixtures' ids (which end in '..').
		const id = `sbx${String(n).padStart(6, '0')}${identity.companyid.replace(/[^A-Za-z0-9]/g, '')}..`;
		const session: IntacctSession = {
			id,
			companyid: identity.companyid,
			userid: identity.userid,
			locationid: identity.locationid,
			createdAtMs: nowMs,
			expiresAtMs: nowMs + this.sessionTimeoutSeconds * 1000,
		};
		this.sessions.set(id, session);
		return session;
	}

	/** A live session, or undefined when unknown or expired. Does not slide. */
	findSession(id: string, nowMs: number): IntacctSession | undefined {
		const s = this.sessions.get(id);
		if (!s) return undefined;
		if (s.expiresAtMs <= nowMs) {
			this.sessions.delete(id);
			return undefined;
		}
		return s;
	}

	touchSession(session: IntacctSession, nowMs: number): void {
		session.expiresAtMs = nowMs + this.sessionTimeoutSeconds * 1000;
	}

	saveResultSet(rs: Omit<ResultSet, 'id'>): ResultSet {
		while (this.resultSets.size >= MAX_RESULT_SETS) this.resultSets.delete(this.resultSets.keys().next().value!);
		const id = `sbx-rs-${String(++this.resultSeq).padStart(6, '0')}`;
		const saved = { ...rs, id };
		this.resultSets.set(id, saved);
		return saved;
	}

	gatewayUrl(ctx: SystemContext): string {
		return `${ctx.systemUrl}/ia/xml/xmlgw.phtml`;
	}

	/**
	 * The endpoint getAPISession returns (notes §1.1, §1.6: "send later calls to the endpoint URL
	 * returned in the session response", e.g. a pod host like na12.intacct.com). Real pods are other
	 * hosts; the sandbox, on one loopback port, marks its pod with a query string
	 * (SESSION_ENDPOINT_QUERY) so that proxies which forward path + query keep working.
	 */
	sessionEndpoint(ctx: SystemContext): string {
		return `${this.gatewayUrl(ctx)}?${SESSION_ENDPOINT_QUERY}`;
	}

	isSessionEndpoint(req: SandboxRequest): boolean {
		const [key, value] = SESSION_ENDPOINT_QUERY.split('=') as [string, string];
		return req.url.searchParams.get(key) === value;
	}
}
