import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { ScoroApi } from '../../../credentials/ScoroApi.credentials';
import { Scoro } from '../../../nodes/Scoro/Scoro.node';
import type { Sandbox } from '../../../sandbox/server';
import { SCORO_SANDBOX_CREDENTIALS } from '../../../sandbox/scoro';
import { connectChain, runWorkflow } from '../../helpers/engine';

export const SCORO_NODE_TYPE = 'n8n-nodes-intacct-sync.scoro';

export function scoroCredentials(sandbox: Sandbox, overrides: IDataObject = {}) {
	return { siteUrl: sandbox.systemUrl('scoro'), ...SCORO_SANDBOX_CREDENTIALS, ...overrides };
}

/** Runs Start -> Scoro with the given parameters (and input items) in n8n's engine. */
export async function runScoro(
	sandbox: Sandbox,
	parameters: IDataObject,
	options: {
		items?: IDataObject[];
		onError?: 'continueRegularOutput' | 'continueErrorOutput' | 'stopWorkflow';
		credentials?: IDataObject;
	} = {},
) {
	const run = await runWorkflow({
		workflow: {
			nodes: [
				// A pass-through start node, so the given input items reach Scoro (a manual trigger emits its own).
				{ name: 'Start', type: 'n8n-nodes-base.noOp' },
				{
					name: 'Scoro',
					type: SCORO_NODE_TYPE,
					parameters: parameters as INodeParameters,
					...(options.onError ? { onError: options.onError } : {}),
				},
			],
			connections: connectChain('Start', 'Scoro'),
		},
		nodeTypes: { [SCORO_NODE_TYPE]: new Scoro() },
		credentialTypes: { scoroApi: new ScoroApi() },
		credentials: { scoroApi: scoroCredentials(sandbox, options.credentials) as never },
		startNode: 'Start',
		triggerItems: (options.items ?? [{}]).map((json) => ({ json })) as INodeExecutionData[],
	});
	return {
		run,
		output: () => (run.status === 'success' ? run.nodeOutput('Scoro') : []),
		items: () => run.nodeItems('Scoro'),
	};
}

export async function adminPost(sandbox: Sandbox, path: string, body: unknown): Promise<any> {
	const res = await fetch(`${sandbox.url}/__admin${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	return res.json();
}

export async function adminGet(sandbox: Sandbox, path: string): Promise<any> {
	return (await fetch(`${sandbox.url}/__admin${path}`)).json();
}

/** Stored fields of one sandbox record (the state a test asserts on, not the node's own echo). */
export function stored(sandbox: Sandbox, module: string, id: string | number) {
	return sandbox.state.system('scoro')!.store.get(module, String(id));
}
