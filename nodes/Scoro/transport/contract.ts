/**
 * Everything about Scoro's API v2 that the reference notes (../shared/reference/scoro-api.md) mark
 * UNVERIFIED lives here, so that confirming or correcting one assumption is a one-line change.
 * The sandbox (sandbox/scoro) imports these same values, so the simulator and the node agree; the
 * README section "Scoro" lists them for users.
 *
 * Facts (documented) are marked FACT with their source key from the notes.
 */

/** FACT (D1): list methods return at most 100 rows, whatever per_page says. */
export const MAX_PER_PAGE = 100;

/**
 * ASSUMPTION: with `detailed_response` (records as `view` returns them, with lines) a smaller page cap
 * applies. The figure is not in what could be read; 10 is chosen because asking for a page smaller
 * than the real cap is always safe (more requests), while a larger one would stop paging early.
 */
export const MAX_PER_PAGE_DETAILED = 10;

/**
 * FACT (D1, N8N): there is no total count or next-page token; a page shorter than the page size is the
 * last one.
 */
export const LAST_PAGE_RULE = 'short-page' as const;

/** FACT (D1, older copy): "a request limit of 500 API requests per day" by default. */
export const DEFAULT_DAILY_QUOTA = 500;

/**
 * ASSUMPTION: how a spent daily quota is signalled. Scoro's throttling signals are undocumented.
 * We take HTTP 429 (or a body `statusCode` 429) whose message speaks of a daily/request limit or
 * quota as "quota spent" (no retry helps until the reset), and any other 429 as a short burst limit
 * (retry with backoff, honouring Retry-After).
 */
export const QUOTA_MESSAGE_PATTERN = /daily|per day|quota|request limit/i;

/** ASSUMPTION: headers a throttled answer may carry (read when present, never required). */
export const RATE_LIMIT_HEADERS = {
	retryAfter: 'retry-after',
	limit: 'x-ratelimit-limit',
	remaining: 'x-ratelimit-remaining',
	/** Epoch seconds or an HTTP date at which the limit resets. */
	reset: 'x-ratelimit-reset',
} as const;

/** ASSUMPTION (notes, UNVERIFIED 2): success `status` is "OK" or "ok"; compared case-insensitively. */
export function isOkStatus(status: unknown): boolean {
	return typeof status === 'string' && status.toLowerCase() === 'ok';
}

/**
 * ASSUMPTION (notes §2, third-party code): errors come as `{status:"ERROR", statusCode, messages:{error:[...]}}`.
 * We also read `errors` (SDK) and `messages` as a plain string or array to be lenient.
 * ASSUMPTION (UNVERIFIED 3): the HTTP status may be 200 while the body `statusCode` says otherwise;
 * the body wins.
 */
export const ERROR_STATUS = 'error';

/**
 * ASSUMPTION (UNVERIFIED 4): date-range filters are `{ <field>: { from_date, to_date } }`, the better
 * evidenced of the two forms in the notes.
 */
export function dateRangeFilter(from?: string, to?: string): Record<string, string> | undefined {
	if (!from && !to) return undefined;
	return { ...(from ? { from_date: from } : {}), ...(to ? { to_date: to } : {}) };
}

/** ASSUMPTION (UNVERIFIED 4): `include_deleted` is sent at the top level as "1" (as the N8N node does). */
export const INCLUDE_DELETED_AT_TOP_LEVEL = true;

/**
 * ASSUMPTION: on `modify`, a `lines` array replaces the record's whole line collection (the brief and the
 * issue state it; no source read says what happens to lines that are not sent), and leaving `lines`
 * out keeps the current lines unchanged.
 */
export const LINES_REPLACED_ON_MODIFY = true;

/**
 * ASSUMPTION (UNVERIFIED 7): a credit invoice is an `invoices` record whose `credited_invoices` lists
 * the invoice ids it credits. Amounts are passed through as given; the sign convention is not known,
 * so the node never flips signs.
 */
export const CREDIT_INVOICE_LINK_FIELD = 'credited_invoices';

/** ASSUMPTION (UNVERIFIED 7): `receipts/view/{id}` may not exist; the node reads one receipt group through `list` with an id filter. */
export const RECEIPT_VIEW_SUPPORTED = false;

/**
 * Date formats (FACT, SDK types): invoices, bills, projects use `YYYY-MM-DD HH:mm:ss` for
 * created/modified; contacts use ISO 8601 with offset. ASSUMPTION: the `YYYY-MM-DD HH:mm:ss` form is
 * in UTC (the site's zone is not documented). Used to order records by modified time when polling.
 */
export const MODIFIED_DATE_FIELD = 'modified_date';

/**
 * Webhooks. FACT (SDK): `webhooks/subscribe` with request `{module, action, url, ...}` answers the
 * webhook with its `id`; `webhooks/unsubscribe/{id}`; `webhooks/list`. FACT (D2 20.4, WH): the URL's
 * domain must be verified in Scoro (file in the site root or DNS TXT record).
 * ASSUMPTION (UNVERIFIED 5): `action` values are `create`, `modify`, `delete` (the Triggers & actions
 * activities); the delivered body is `{ webhook_id?, module, action, data: {<record or its id>} }` or the
 * record itself (read from `body.data || body`, as third-party code does); there is no signature.
 * So what the trigger can verify is: the module and event are ones it subscribed to, the webhook id
 * (when sent) is its own, an optional secret query parameter in the URL it registered, and finally
 * it re-reads the record from Scoro, so the output never comes from the delivery body alone.
 */
export const WEBHOOK_ACTIONS = ['create', 'modify', 'delete'] as const;
export type WebhookAction = (typeof WEBHOOK_ACTIONS)[number];
export const WEBHOOK_SECRET_PARAM = 'n8n_token';

/** ASSUMPTION (UNVERIFIED 6): `company_account_id` usually equals the subdomain of the site URL. */
export function subdomainOf(siteUrl: string): string | undefined {
	const match = /^https?:\/\/([a-z0-9-]+)\.scoro\.(com|ee)\b/i.exec(siteUrl.trim());
	return match?.[1]?.toLowerCase();
}

/**
 * ASSUMPTION (notes §4: "filter is a top-level object whose keys are field names"): a filter on a field
 * matches records whose field equals the value. Create's "Match Existing On" relies on it and checks
 * the value again on what comes back.
 */
export const FILTER_BY_FIELD_EQUALITY = true;

/**
 * Bookmarks (Scoro's saved list filters). FACT (notes §3.9, D2 20.3): a `bookmarks` module with a
 * `list` action exists; FACT (SDK, notes §5): webhooks and Triggers & actions carry a `bookmark_id`.
 * ASSUMPTION (UNVERIFIED: no source shows a bookmark row or how a list request names one; PHP sends
 * a top-level `bookmarks` field of unknown shape):
 * - `bookmarks/list` answers rows `{ bookmark_id, name, module, filter }`, `module` being the list
 *   module the bookmark belongs to (e.g. `invoices`);
 * - a list request names the bookmark as a top-level `bookmark_id`, and Scoro then returns only the
 *   records matching the bookmark's stored filter (AND the request's own `filter`).
 * If the real API differs, change these three values only: the node and the sandbox both use them.
 */
export const BOOKMARKS_MODULE = 'bookmarks';
export const BOOKMARK_ID_FIELD = 'bookmark_id';
/** Top-level body field of a `<module>/list` request that names the bookmark (ASSUMPTION above). */
export const BOOKMARK_LIST_PARAM = 'bookmark_id';

/** The list-request fields that select one bookmark (ASSUMPTION above). */
export function bookmarkListBody(bookmarkId: string | number): Record<string, number | string> {
	const text = String(bookmarkId).trim();
	return { [BOOKMARK_LIST_PARAM]: /^\d+$/.test(text) ? Number(text) : text };
}
