/**
 * The shared error workflow as the e2e tests of every template family install it. Its one
 * per-install setting is the failure log's path (node "Append to Failure Log"), which must lie in
 * the folder n8n may write to: the tests point both at a temp folder. Everything else is as shipped.
 */
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import type { WorkflowJson } from '../../helpers/n8n';
import { loadTemplate } from '../../helpers/templates';

export const ERROR_HANDLER_ID = 'tplCommonErrors1';

/**
 * n8n runs a sub-workflow in its published version outside the editor. With 2.41's publication
 * service (default on) the published copy is written by a running server's reconcile loop, not by
 * the `publish:workflow` CLI; the classic path (also what startN8n uses) reads what the CLI
 * published. Set here, so every n8n process of the test file inherits it.
 */
process.env.N8N_USE_WORKFLOW_PUBLICATION_SERVICE = 'false';

export function errorHandlerFor(logDir: string): WorkflowJson {
	process.env.N8N_RESTRICT_FILE_ACCESS_TO = logDir;
	const wf = loadTemplate('common/error-handler.json');
	const writer = (wf.nodes as Array<{ name: string; parameters: Record<string, unknown> }>).find(
		(n) => n.name === 'Append to Failure Log',
	);
	if (!writer) throw new Error('error-handler.json has no node "Append to Failure Log"');
	writer.parameters.fileName = path.join(logDir, 'sync-failures.jsonl');
	return wf;
}

export function readFailureLog(logDir: string): Array<Record<string, unknown>> {
	const file = path.join(logDir, 'sync-failures.jsonl');
	if (!existsSync(file)) return [];
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => JSON.parse(l) as Record<string, unknown>);
}
