import type { IDataObject } from 'n8n-workflow';
import { SageIntacctApi } from '../../credentials/SageIntacctApi.credentials';
import { SageIntacct } from '../../nodes/SageIntacct/SageIntacct.node';
import { clearSessionCache } from '../../nodes/SageIntacct/transport/client';
import { INTACCT_SANDBOX_CREDENTIALS as C } from '../../sandbox/intacct/seed';
import type { Sandbox } from '../../sandbox/server';
import { connectChain, MANUAL_TRIGGER, runWorkflow } from './engine';

export const INTACCT_NODE_TYPE = 'n8n-nodes-intacct-sync.sageIntacct';

/** Credential data for the sandbox's Intacct gateway, as a user would enter it. */
export function intacctCredentialData(sandbox: Sandbox, overrides: Record<string, string> = {}) {
	return {
		senderId: C.senderId,
		senderPassword: C.senderPassword,
		userId: C.userId,
		companyId: C.companyId,
		userPassword: C.userPassword,
		entityId: '',
		endpointUrl: `${sandbox.systemUrl('intacct')}/ia/xml/xmlgw.phtml`,
		...overrides,
	};
}

/** Options for test/helpers/engine.ts runWorkflow with the real Intacct node and credential. */
export function intacctEngineOptions(sandbox: Sandbox, overrides: Record<string, string> = {}) {
	clearSessionCache();
	return {
		nodeTypes: { [INTACCT_NODE_TYPE]: new SageIntacct() },
		credentialTypes: { sageIntacctApi: new SageIntacctApi() },
		credentials: { sageIntacctApi: intacctCredentialData(sandbox, overrides) },
	};
}

/**
 * Runs the real Intacct node once in n8n's engine against the sandbox: a manual trigger pinned with
 * `items`, then the node with `parameters` (no idempotency key unless given; item errors become
 * items, as with Continue On Fail).
 */
export async function runIntacctNode(
	sandbox: Sandbox,
	parameters: IDataObject,
	items: IDataObject[] = [{}],
	credentials: Record<string, string> = {},
) {
	return await runWorkflow({
		workflow: {
			nodes: [
				{ name: 'Start', type: MANUAL_TRIGGER },
				{
					name: 'Intacct',
					type: INTACCT_NODE_TYPE,
					parameters: { idempotencyKey: '', ...parameters },
					onError: 'continueRegularOutput',
				},
			],
			connections: connectChain('Start', 'Intacct'),
			pinData: { Start: items.map((json) => ({ json })) },
		},
		startNode: 'Start',
		...intacctEngineOptions(sandbox, credentials),
	});
}
