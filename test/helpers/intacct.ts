import { SageIntacctApi } from '../../credentials/SageIntacctApi.credentials';
import { SageIntacct } from '../../nodes/SageIntacct/SageIntacct.node';
import { clearSessionCache } from '../../nodes/SageIntacct/transport/client';
import { INTACCT_SANDBOX_CREDENTIALS as C } from '../../sandbox/intacct/seed';
import type { Sandbox } from '../../sandbox/server';

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
