/**
 * What the Sage Intacct simulator ASSUMES, in one place (the rest of the ASSUMED list is in
 * sandbox/README.md and marked `// ASSUMED:` where it is used). Facts come from
 * ../shared/reference/sage-intacct-api.md (the "notes"); what that file lists under
 * "UNVERIFIED / not found" is an assumption here and must be confirmed against a live company.
 */

/**
 * UNVERIFIED (notes "UNVERIFIED": "the exact errorno and message returned for a duplicate function
 * controlid under uniqueid=true. Only the malformed-result symptom (I-1) is known").
 * What the sandbox does: a function whose controlid already completed in this company under
 * uniqueid=true is not run again, and its <result> comes back WITHOUT a <status> element (the I-1
 * symptom). It is not an error result with an errorno. Nothing in the package may rely on a
 * repeated controlid being refused: real Intacct may answer differently, and with uniqueid=false
 * (what the SDKs send) nothing is checked at all.
 */
export const DUPLICATE_CONTROLID_ANSWER = 'result-without-status' as const;

/**
 * ASSUMED: the errorno of a readByQuery query that uses an undocumented operator (`!=`, `<>`) or
 * is otherwise not understood. Notes §3.3 list the operators but not the error; the sandbox answers
 * SANDBOX-INVALID-REQUEST with description2 "Query Failed: ...".
 */
export const QUERY_ERROR_PREFIX = 'Query Failed';

/**
 * ISO 4217 currency codes (active codes, plus the funds and precious-metal codes). Notes §4: CURRENCY
 * and BASECURR hold currency codes; a value outside ISO 4217 fails the function (functions/values.ts).
 * ASSUMED: the errorno (SANDBOX-INVALID-VALUE) and that Intacct checks the code before anything else.
 */
export const ISO_4217_CODES: ReadonlySet<string> = new Set(
	(
		'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN ' +
		'BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD ' +
		'FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS ' +
		'KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN ' +
		'MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR ' +
		'SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD ' +
		'USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU ' +
		'XUA YER ZAR ZMW ZWG ZWL'
	).split(' '),
);

/**
 * ASSUMED: what Intacct answers when a well-formed session is sent to another endpoint than the
 * one getAPISession returned (notes §1.4: "a session is tied ... to one endpoint"): the sandbox
 * answers the authentication failure it gives for an unknown session (XL03000006 "Invalid session").
 * Real pods are other hosts; the sandbox's session endpoint is its gateway URL plus
 * SESSION_ENDPOINT_QUERY (runtime.ts).
 */
export const SESSION_ON_WRONG_ENDPOINT = 'invalid-session' as const;

/**
 * Notes §2.4 (SI-4): XML that is not well-formed is a control-level failure XL03000003 and nothing
 * in the request runs. ASSUMED: the description2 wording (the notes say only "with line and column").
 */
export const XML_PARSE_ERRORNO = 'XL03000003';
