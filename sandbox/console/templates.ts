import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** A Sage Intacct Trigger in webhook mode in one of the shipped templates (workflows/). */
export interface IntacctWebhookTarget {
	/** e.g. 'intacct-released/invoices.json' */
	template: string;
	workflow: string;
	node: string;
	webhookId: string;
	object: string;
}

/** The repository's own workflows/ folder (never anything outside the repository). */
const WORKFLOWS_DIR = resolve(__dirname, '..', '..', 'workflows');

let cached: IntacctWebhookTarget[] | undefined;

function walk(dir: string, depth = 0): string[] {
	if (depth > 3) return [];
	let entries: import('node:fs').Dirent[];
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return [];
	}
	return entries.flatMap((e) =>
		e.isDirectory() ? walk(join(dir, e.name), depth + 1) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
	);
}

/**
 * Intacct posts its Platform Trigger webhooks to a URL its author typed in; the sandbox cannot
 * discover it as it can for OfficeRnD and Scoro (they register their URLs). The console offers the
 * shipped templates' Intacct webhook triggers instead (the URL is n8n's base URL + webhook/<id>/webhook).
 * Read once; a missing or unreadable folder just means no suggestions.
 */
export function intacctWebhookTargets(dir = WORKFLOWS_DIR): IntacctWebhookTarget[] {
	if (cached && dir === WORKFLOWS_DIR) return cached;
	const out: IntacctWebhookTarget[] = [];
	for (const file of walk(dir).sort()) {
		let wf: {
			name?: string;
			nodes?: Array<{ name?: string; type?: string; webhookId?: string; parameters?: Record<string, unknown> }>;
		};
		try {
			wf = JSON.parse(readFileSync(file, 'utf8')) as typeof wf;
		} catch {
			continue;
		}
		for (const node of wf.nodes ?? []) {
			if (!node?.type?.endsWith('.sageIntacctTrigger') || node.parameters?.mode !== 'webhook' || !node.webhookId)
				continue;
			out.push({
				template: relative(dir, file).split('\\').join('/'),
				workflow: String(wf.name ?? ''),
				node: String(node.name ?? ''),
				webhookId: node.webhookId,
				object: String(node.parameters?.object ?? 'CUSTOMER'),
			});
		}
	}
	if (dir === WORKFLOWS_DIR) cached = out;
	return out;
}
