/**
 * Rows of the fault suite that are known NOT to hold yet, each with the open issue that covers it.
 * They still run and are printed as OPEN with their figures; they are not counted as passed, and
 * they do not fail `npm test` (which must stay green between steps). A row listed here that passes
 * is printed with a note to remove it; a failing row not listed here fails the suite.
 *
 * Keep this list short and honest: every entry is a defect a finance team would see.
 */
export const KNOWN_OPEN: Record<string, string> = {
	// Issue 20 case 3: six 429s on one OfficeRnD read still stop the run ("Too Many Requests"), and a
	// run started by `n8n execute` ends before n8n runs the error workflow, so nothing is logged.
	'ornd→int payments x read429': 'issue 20 (429 burst on an OfficeRnD read stops the run; not logged under n8n execute)',
	'ornd→int invoices x read429': 'issue 20 (429 burst on an OfficeRnD read stops the run; not logged under n8n execute)',
	'ornd→int customers x read429': 'issue 20 (429 burst on an OfficeRnD read stops the run; not logged under n8n execute)',
	// Issue 20 case 1: not protected against two runs at once yet; passes or fails by timing (earlier
	// runs of the suite saw 4 duplicate customers). Intacct -> Scoro receipts now is (Same Record When Equal).
	'ornd→int customers x overlap': 'issue 20 case 1 (no protection against two runs at once; duplicates depend on timing)',
	// Issue 12/20: customers created before a SIGKILL get no sync status written back by the re-run.
	'ornd→int customers x sigkill': 'issue 12 (re-run after SIGKILL does not write back the customers created before the kill)',
	// Issue 20 case 7: a lost answer confirmed later is still logged as a failure.
	'ornd→int customers x faillog': 'issue 20 case 7 (records whose answer was lost are logged as failed though they exist)',
};

export function knownOpen(template: string, scenario: string): string | undefined {
	return KNOWN_OPEN[`${template} x ${scenario}`];
}
