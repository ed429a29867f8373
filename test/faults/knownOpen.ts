/**
 * Rows of the fault suite that are known NOT to hold yet, each with the open issue that covers it.
 * They still run and are printed as OPEN with their figures; they are not counted as passed, and
 * they do not fail `npm test` (which must stay green between steps). A row listed here that passes
 * is printed with a note to remove it; a failing row not listed here fails the suite.
 *
 * Keep this list short and honest: every entry is a defect a finance team would see.
 */
// `ornd→int customers x faillog` holds since Intacct updates got a confirm step; `int→ornd overpays x
// faillog` since a lost create answer is confirmed by the advance the overpayment's status names.
export const KNOWN_OPEN: Record<string, string> = {
	// Scoro templates (helper C, figures at N=8): one lost AR payment answer left 8 entries
	// "outcome unknown: check create ARPYMT with control ID scoro:receipt.…" for 0 payments not
	// synced: a payment written from a Scoro receipt has no document number, so the Intacct confirm
	// step has no natural key to find it by (not fixed).
	'scoro→int receipts x faillog':
		'issue 20 case 7 (1 lost answer: 8 "outcome unknown" entries for 0 receipts not synced; the confirm step has no key for these payments)',
	// Every run reads each Intacct bill since the Start Date with its lines (one get per bill) to
	// compare it with its Scoro copy: 5,000 earlier bills = 5,000 gets, over the 600 s limit. Fix: read
	// lines only for bills that are new or whose header (total, state, due date) differs from the copy.
	'int→scoro bills x priors':
		'issue 20 case 5 (one get per Intacct bill since the Start Date on every run: 5,000 earlier bills time out at 600 s)',
};

export function knownOpen(template: string, scenario: string): string | undefined {
	return KNOWN_OPEN[`${template} x ${scenario}`];
}
