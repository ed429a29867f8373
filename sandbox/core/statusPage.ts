import { renderOverview } from '../console/page';
import type { SandboxState } from './state';

/**
 * GET / : the console's overview (sandbox/console/page.ts has the page per system, changes
 * highlighted, faults and webhook forms). `liveOnly` returns the part the page refreshes.
 */
export function renderStatusPage(state: SandboxState, liveOnly = false): string {
	return renderOverview(state, liveOnly);
}
