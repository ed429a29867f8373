/**
 * What the OfficeRnD connector relies on, in one place. Facts cite ../shared/reference/officernd-api.md;
 * everything marked ASSUMED is unverified there and must be checked against the live API (README,
 * "OfficeRnD > Assumptions"). The sandbox (sandbox/officernd/assumptions.ts) imports the scopes,
 * page size and signature from here and implements the other assumptions the same way.
 */

export const SYSTEM = 'OfficeRnD';
export const CREDENTIAL_TYPE = 'officeRndOAuth2Api';

/** §1.1 [DOC] */
export const DEFAULT_TOKEN_URL = 'https://identity.officernd.com/oauth/token';
/** §1.3 [DOC]: `https://app.officernd.com/api/v2/organizations/{orgSlug}/...` */
export const DEFAULT_BASE_URL = 'https://app.officernd.com/api/v2';

/** §1.2: the scopes a billing sync needs; editable in the credential. */
export const DEFAULT_SCOPES = [
	'flex.billing.payments.read',
	'flex.billing.payments.create',
	'flex.billing.payments.update',
	'flex.billing.payments.documents.read',
	'flex.billing.payments.allocations.create',
	'flex.billing.payments.allocations.update',
	'flex.billing.charges.read',
	'flex.billing.charges.create',
	'flex.billing.charges.update',
	'flex.billing.charges.delete',
	'flex.billing.taxRates.read',
	'flex.billing.revenueAccounts.read',
	'flex.billing.plans.read',
	'flex.community.companies.read',
	'flex.community.companies.create',
	'flex.community.companies.update',
	'flex.community.members.read',
	'flex.community.members.create',
	'flex.community.members.update',
	'flex.community.memberships.read',
	'flex.community.fees.read',
	'flex.community.fees.create',
	'flex.community.fees.update',
	'flex.community.fees.delete',
	'flex.space.locations.read',
	'flex.settings.webhooks.read',
	'flex.settings.webhooks.create',
	'flex.settings.webhooks.delete',
	'flex.settings.secondaryCurrencies.read',
].join(' ');

/** §3.1 [DOC]: `$limit` default and maximum 50; follow `cursorNext` until null (Gap 8: server decides). */
export const PAGE_SIZE = 50;

/**
 * ASSUMED (§3.1 shows only a first page: `rangeStart: 1, rangeEnd: 50`): `rangeStart`/`rangeEnd` are
 * 1-based positions in the whole list, so page two starts at 51. The client checks continuity only on
 * a later page whose range does not start at 1, so a per-page numbering would not break paging; the
 * count check (rangeEnd - rangeStart + 1 = records on the page) holds either way.
 */
export const RANGE_IS_ABSOLUTE = true;

/**
 * Paths, relative to `/organizations/{slug}`. [DOC] unless marked ASSUMED (Gap 5: write paths not
 * seen; inferred from the scopes that exist).
 */
export const PATHS = {
	payments: '/payments',
	payment: (id: string) => `/payments/${id}`, // GET [3P-CODE]; PUT ASSUMED
	paymentDocuments: (id: string) => `/payments/${id}/documents`,
	/** ASSUMED */
	allocations: (paymentId: string) => `/payments/${paymentId}/allocations`,
	/** ASSUMED (PUT, DELETE) */
	allocation: (paymentId: string, allocationId: string) => `/payments/${paymentId}/allocations/${allocationId}`,
	/** [DOC] PUT: the accounting write-back at allocation level. */
	allocationAccounting: (paymentId: string, allocationId: string) =>
		`/payments/${paymentId}/allocations/${allocationId}/accounting`,
	charges: '/charges', // GET list [DOC]; POST ASSUMED
	charge: (id: string) => `/charges/${id}`, // DELETE [DOC]; GET, PUT ASSUMED
	fees: '/fees', // GET, POST [DOC]
	fee: (id: string) => `/fees/${id}`, // GET, PUT, DELETE ASSUMED
	companies: '/companies', // GET [DOC]; POST ASSUMED
	company: (id: string) => `/companies/${id}`, // PUT [DOC]
	members: '/members', // ASSUMED same pattern as companies (§2.6)
	member: (id: string) => `/members/${id}`,
	memberships: '/memberships',
	membership: (id: string) => `/memberships/${id}`,
	locations: '/locations',
	location: (id: string) => `/locations/${id}`,
	plans: '/plans', // ASSUMED (§2.7)
	plan: (id: string) => `/plans/${id}`,
	revenueAccounts: '/revenue-accounts',
	revenueAccount: (id: string) => `/revenue-accounts/${id}`,
	taxRates: '/tax-rates',
	taxRate: (id: string) => `/tax-rates/${id}`, // ASSUMED (only the list is documented)
	secondaryCurrencies: '/secondary-currencies',
	secondaryCurrency: (id: string) => `/secondary-currencies/${id}`,
	webhooks: '/webhooks', // GET [DOC]; POST [3P-CODE]
	webhook: (id: string) => `/webhooks/${id}`,
} as const;

/**
 * ASSUMED: the document-level accounting status is written with `PUT /payments/{id}` and body
 * `{ accounting: {...} }`. Only the allocation-level endpoint is documented (§2.1, Gap 5).
 */
export const DOCUMENT_ACCOUNTING_VIA_PAYMENT_UPDATE = true;

/** Fields the API sets itself; stripped from a whole record sent as a write body (§6: unknown properties are a 400). */
export const READ_ONLY_FIELDS = ['_id', 'createdAt', 'createdBy', 'modifiedAt', 'modifiedBy'];

/** §2: ids are 24-hex ObjectIds in `_id`; the change time is `modifiedAt` (ISO-8601 UTC). */
export const ID_FIELD = '_id';
export const MODIFIED_FIELD = 'modifiedAt';
export const OBJECT_ID = /^[0-9a-f]{24}$/;

/** §4.4: the signature header and its `t=<timestamp>,v1=<hex>` format [OFFICIAL-CODE]. */
export const SIGNATURE_HEADER = 'officernd-signature';

/**
 * ASSUMED (Gap 2): the signed string is `<rawBody>.<t>` (body first, as OfficeRnD's official demo);
 * a third-party node uses `<t>.<rawBody>`. This one constant decides.
 */
export const SIGNED_PAYLOAD_ORDER: 'body.timestamp' | 'timestamp.body' = 'body.timestamp';
export function signedPayload(rawBody: string, timestamp: string): string {
	return SIGNED_PAYLOAD_ORDER === 'body.timestamp' ? `${rawBody}.${timestamp}` : `${timestamp}.${rawBody}`;
}

/** ASSUMED (Gap 2): `t` is Unix seconds; deliveries older or newer than 5 minutes are rejected. */
export const SIGNATURE_TIMESTAMP_UNIT_MS = 1000;
export const SIGNATURE_TOLERANCE_MS = 5 * 60_000;

/**
 * §4.5: no event id is known, so a redelivery is recognised by event type + entity `_id` +
 * `modifiedAt` (falling back to the signature when the object has neither).
 */
export function deliveryKey(eventType: string, object: Record<string, unknown> | undefined, signature: string): string {
	const id = object?.[ID_FIELD];
	const modified = object?.[MODIFIED_FIELD];
	return typeof id === 'string' && modified !== undefined
		? `${eventType}:${id}@${String(modified)}`
		: `sig:${signature}`;
}

/** §4.2 [3P-CODE + DOC]: billing-relevant webhook events. */
export const WEBHOOK_EVENTS = [
	'invoice.created',
	'invoice.updated',
	'invoice.removed',
	'invoice.charge.created',
	'invoice.charge.updated',
	'invoice.charge.removed',
	'invoice.allocation.created',
	'invoice.allocation.removed',
	'fee.created',
	'fee.updated',
	'fee.removed',
	'company.created',
	'company.updated',
	'company.removed',
	'member.created',
	'member.updated',
	'member.removed',
	'membership.created',
	'membership.updated',
	'membership.removed',
] as const;

/** §3.4, Gap 1: throttling is presumed to be HTTP 429 with an optional Retry-After (seconds). */
export const THROTTLE_STATUS = 429;

/** §2.1 [DOC] */
export const DOCUMENT_TYPES = ['invoice', 'creditNote', 'overpayment', 'paymentCharge'] as const;
export const DOCUMENT_STATUSES = [
	'draft',
	'pending',
	'awaiting_payment',
	'partially_paid',
	'paid',
	'failed',
	'refunded',
	'voided',
] as const;
/** §2.2 [DOC] */
export const CHARGE_STATUSES = ['pending', 'fail', 'success', 'refund'] as const;
