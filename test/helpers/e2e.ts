/**
 * The set-up every connector's e2e file repeats: a sandbox, n8n prepared with the package, the
 * file's credentials and workflows imported once (one CLI boot each), all cleaned up afterwards.
 */
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/server';
import { cleanup, prepareN8n, type CredentialInput, type N8nInstance, type WorkflowJson } from './n8n';

export interface E2eEnvironment {
	sandbox: Sandbox;
	n8n: N8nInstance;
}

/**
 * Registers beforeAll/afterAll for one e2e file; `ready` receives the sandbox and n8n once both
 * are up (assign them to the file's own variables there).
 */
export function useE2eEnvironment(
	options: {
		systems?: SandboxOptions['systems'];
		credentials: (sandbox: Sandbox) => CredentialInput[];
		workflows: WorkflowJson[];
		timeoutMs?: number;
	},
	ready: (env: E2eEnvironment) => void,
): void {
	let sandbox: Sandbox | undefined;
	beforeAll(async () => {
		sandbox = await startSandbox({ port: 0, ...(options.systems ? { systems: options.systems } : {}) });
		const n8n = await prepareN8n();
		ready({ sandbox, n8n });
		await n8n.importCredentials(options.credentials(sandbox));
		await n8n.importWorkflow(options.workflows);
	}, options.timeoutMs ?? 600_000);
	afterAll(async () => {
		await cleanup();
		await sandbox?.close();
	});
}
