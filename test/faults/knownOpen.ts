/**
 * Rows of the fault suite that are known NOT to hold yet, each with the open issue that covers it.
 * They still run and are printed as OPEN with their figures; they are not counted as passed, and
 * they do not fail `npm test` (which must stay green between steps). A row listed here that passes
 * is printed with a note to remove it; a failing row not listed here fails the suite.
 *
 * Keep this list short and honest: every entry is a defect a finance team would see.
 */
export const KNOWN_OPEN: Record<string, string> = {
	// Issue 20 case 7: a lost answer confirmed later is still logged as a failure.
	// Customers: creates are now confirmed by their derived CUSTOMERID (upsert look-up), yet 1 lost
	// answer at N=15 still gave 19 entries for 0 records not synced. Not diagnosed; the likeliest
	// cause is a batch of updates (Update has no confirm step in the Intacct write pipeline: a re-send
	// with the same control ID would be the documented one). The faillog row now prints the first entry.
	'ornd→int customers x faillog':
		'issue 20 case 7 (1 lost answer still logs ~19 customers that were written; not diagnosed)',
};

export function knownOpen(template: string, scenario: string): string | undefined {
	return KNOWN_OPEN[`${template} x ${scenario}`];
}
