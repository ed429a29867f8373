/**
 * The OfficeRnD Flex simulator's constants and every behaviour it ASSUMES.
 * Facts come from ../shared/reference/officernd-api.md; anything that file marks [UNVERIFIED] or lists
 * under "Gaps" is marked ASSUMED here, so one file says what a live check must confirm. What the
 * connector itself assumes (scopes, page size, signature) is imported from its contract.ts, so the two
 * cannot drift apart.
 */

import { DEFAULT_SCOPES, PAGE_SIZE, SIGNATURE_HEADER, signedPayload } from '../../nodes/OfficeRnd/transport/contract';

/** Organisation slug of the seeded operator (path segment after /organizations/). */
export const SANDBOX_ORG_SLUG = 'sandbox-coworking';

/** Every scope the billing sync needs (reference §1.2): the connector's own default list. */
export const ALL_SCOPES: readonly string[] = DEFAULT_SCOPES.split(' ');

export interface SandboxApplication {
	clientId: string;
	clientSecret: string;
	/** What the application may be granted (its permissions). */
	scopes: readonly string[];
}

/** Applications the token endpoint knows. Nothing here is a real secret. */
export const OFFICERND_SANDBOX_CREDENTIALS = {
	clientId: 'sandbox-client',
	clientSecret: 'sandbox-client-secret',
	orgSlug: SANDBOX_ORG_SLUG,
	/** An application with "Read" permission only: write scopes are refused at the token endpoint. */
	readOnly: { clientId: 'sandbox-readonly', clientSecret: 'sandbox-readonly-secret' },
} as const;

export const SANDBOX_APPLICATIONS: readonly SandboxApplication[] = [
	{
		clientId: OFFICERND_SANDBOX_CREDENTIALS.clientId,
		clientSecret: OFFICERND_SANDBOX_CREDENTIALS.clientSecret,
		scopes: ALL_SCOPES,
	},
	{
		clientId: OFFICERND_SANDBOX_CREDENTIALS.readOnly.clientId,
		clientSecret: OFFICERND_SANDBOX_CREDENTIALS.readOnly.clientSecret,
		scopes: ALL_SCOPES.filter((s) => s.endsWith('.read')),
	},
];

/** Reference §1.1: docs show expires_in 3599. Admin-settable for expiry tests. */
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 3599;
export const MAX_TOKENS = 5000;

/** Reference §3.1: $limit default and maximum 50 (Gap 8: 50 vs 100; the current guide says 50). */
export const PAGE_SIZE_DEFAULT = PAGE_SIZE;
export const PAGE_SIZE_MAX = PAGE_SIZE;

/**
 * ASSUMED (Gap 2): what is signed and in which order is the connector's own assumption
 * (contract.ts `signedPayload`, `<rawBody>.<t>`, `t` in Unix seconds); the simulator signs the same
 * way. The header is `officernd-signature: t=<t>,v1=<hex hmac-sha256>`.
 */
export { SIGNATURE_HEADER };
export const signedString = signedPayload;

/** ASSUMED (Gap 3): one delivery attempt, 10 s timeout, no retries, no auto-disable. */
export const DELIVERY_TIMEOUT_MS = 10_000;
export const MAX_DELIVERY_LOG = 500;

/** ASSUMED (Gap 1, 12): throttling answers 429 with a NestJS ThrottlerException body. */
export const THROTTLED_MESSAGE = 'ThrottlerException: Too Many Requests';

/**
 * ASSUMED (Gap 5): write paths not seen in the docs. The simulator implements them as the
 * connector calls them (see nodes/OfficeRnd/transport/contract.ts), so both change together:
 *   POST /payments, PUT /payments/{id} (including `accounting` at document level),
 *   POST /payments/{id}/allocations, PUT|DELETE /payments/{id}/allocations/{allocationId},
 *   POST /charges, PUT /charges/{id}, GET /charges/{id}, PUT|DELETE /fees/{id}, POST /companies,
 *   POST|PUT /members, GET /plans.
 */
export const ASSUMED_WRITE_PATHS = true;

/** ASSUMED (Gap 7): `$sort` is a JSON object of field -> 'asc' | 'desc' (or 1 / -1). */
export const SORT_SHAPE = '{"field":"asc"}';

/**
 * ASSUMED: the invoice PDF link from GET /payments/{id}/documents is a pre-signed URL that needs no
 * bearer token; the simulator serves it under /officernd/files/.
 */
export const PDF_PATH_PREFIX = '/files/';

/** ASSUMED: org base currency (reference Gap 6: billing settings not fetched). */
export const BASE_CURRENCY = 'GBP';

/** Delivery targets the simulator will call: this machine only. */
export function isLoopbackHost(hostname: string): boolean {
	const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
	return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
