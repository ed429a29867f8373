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
