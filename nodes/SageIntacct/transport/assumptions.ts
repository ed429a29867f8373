import type { IntacctResult } from './response';

/**
 * Behaviour of Sage Intacct that the reference notes could not confirm. Kept in this one module,
 * and listed in the README ("Assumptions"), so they are easy to revisit against a real company.
 */

/**
 * ASSUMED: how a repeated function controlid under uniqueid=true is answered. The only public
 * evidence (JS SDK issue I-1) is a <result> with no <status>; we also accept an error text that says
 * the control ID was already used. Either way the caller confirms by looking the record up.
 */
export function isPossiblyAlreadyProcessed(result: IntacctResult): boolean {
	if (!result.status) return true;
	return result.errors.some((e) =>
		/(control ?id|controlid).*(already|duplicate|used)|already (been )?(processed|executed)/i.test(
			`${e.description} ${e.description2}`,
		),
	);
}

/** ASSUMED: Intacct's session-expiry error text contains "session" (errorno not documented). */
export const INVALID_SESSION_PATTERN = /session/i;

/**
 * ASSUMED: the ARINVOICE query fields that hold create_invoice's `invoiceno` and `externalid`
 * (reference §4.3 says the invoice number is "presumably RECORDID, by analogy with APBILL";
 * EXTERNALID is not documented for ARINVOICE queries). Used by AR Invoice > Upsert and replay look-ups.
 */
export const AR_INVOICE_KEY_FIELDS = { invoiceno: 'RECORDID', externalid: 'EXTERNALID' } as const;

/**
 * ASSUMED: create_sotransaction answers with the new document's DOCID as its <key> (reference §4.12
 * documents DOCID as the key of update/delete_sotransaction, not the create answer).
 */
export const SO_CREATE_RETURNS_DOCID = true;

/* ---- Reference data, parties, AP/GL and the trigger ---------------------------------------- */

/**
 * ASSUMED: a user-defined dimension record's ID and name fields. Reference 4 says the value set on
 * lines is the UDD record's `id`; the XML field names' case is not documented (upper case assumed,
 * like every standard field).
 */
export const UDD_ID_FIELD = 'ID';
export const UDD_NAME_FIELD = 'NAME';

/** ASSUMED: Order Entry transaction definitions are listed from SODOCUMENTPARAMS by DOCID. */
export const OE_DEFINITION_OBJECT = { object: 'SODOCUMENTPARAMS', idField: 'DOCID' } as const;

/**
 * ASSUMED: audit timestamps (WHENMODIFIED) are wall-clock times of one time zone, which the trigger
 * lets the user set (reference 3.6: "Dates in Sage Intacct do not have associated timezones").
 */
export const DEFAULT_INTACCT_TIME_ZONE = 'UTC';

/**
 * ASSUMED: the field with a record's creation time, for "new records only" polling. On documents
 * whose WHENCREATED is the business date (APBILL's bill date), the audit time is AUDITWHENCREATED.
 */
export function createdFieldOf(object: string): string {
	return ['APBILL'].includes(object.toUpperCase()) ? 'AUDITWHENCREATED' : 'WHENCREATED';
}

/**
 * Platform Trigger webhook delivery (reference 6.2): a bearer JWT and an idempotency key repeated on
 * retries are documented; the header carrying the key and the body are not (the body is written by
 * whoever configures the trigger). ASSUMED header names, tried in order:
 */
export const WEBHOOK_IDEMPOTENCY_HEADERS = ['idempotency-key', 'x-idempotency-key', 'x-ia-idempotency-key'];
/** ASSUMED default body paths of the record's object and key (the trigger lets the user change them). */
export const WEBHOOK_DEFAULT_RECORD_PATH = 'recordNo';
export const WEBHOOK_DEFAULT_OBJECT_PATH = 'object';
/**
 * Known limit: Sage recommends verifying the JWT's signature against its JWKS; the trigger compares
 * the whole bearer token with an expected token in constant time instead (works for a fixed token,
 * e.g. from a proxy or the sandbox). JWKS verification is not implemented.
 */
export const WEBHOOK_VERIFIES_JWT_SIGNATURE = false;

/* ---- AP adjustments (create_apadjustment; not described by the reference notes) ------------- */

/**
 * ASSUMED: AP adjustment line signs. Only api.xsd describes create_apadjustment (no sign rule);
 * by symmetry with AR (reference §4.4: positive = debit memo, which adds to what the customer owes),
 * a positive AP line adds to what the company owes the vendor (credit memo) and a negative one
 * reduces it (debit memo: a supplier's credit note). APPYMTDETAIL's POSADJKEY "(credit memo)"
 * (reference §4.8: a positive adjustment paid like a bill) agrees.
 */
export const AP_ADJUSTMENT_DEBIT_MEMO_SIGN = -1;

/**
 * ASSUMED: the APADJUSTMENT query fields that hold create_apadjustment's `adjustmentno`,
 * `externalid` and `billno` (by analogy with ARADJUSTMENT/ARINVOICE: RECORDID, EXTERNALID,
 * DOCNUMBER). Used to confirm a replayed create and by the sandbox.
 */
export const AP_ADJUSTMENT_KEY_FIELDS = {
	adjustmentno: 'RECORDID',
	externalid: 'EXTERNALID',
	billno: 'DOCNUMBER',
} as const;

/**
 * ASSUMED: create_apadjustment takes `taxsolutionid` and line `taxentries` like create_aradjustment
 * (2020 R4 VAT/GST, outside the 2019 schema); sent only with "Send Tax Entries" on.
 */
export const AP_ADJUSTMENT_TAX_ENTRIES_LIKE_AR = true;
