import { OfficeRndOAuth2Api } from '../../../credentials/OfficeRndOAuth2Api.credentials';
import { OfficeRnd } from '../../../nodes/OfficeRnd/OfficeRnd.node';
import { OfficeRndTrigger } from '../../../nodes/OfficeRnd/OfficeRndTrigger.node';
import { OFFICERND_SANDBOX_CREDENTIALS as C } from '../../../sandbox/officernd';
import type { Sandbox } from '../../../sandbox/server';
import { connectChain, MANUAL_TRIGGER, runWorkflow, type RunWorkflowResult } from '../../helpers/engine';
import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

export const OFFICERND_NODE_TYPE = 'n8n-nodes-intacct-sync.officeRnd';
export const OFFICERND_TRIGGER_TYPE = 'n8n-nodes-intacct-sync.officeRndTrigger';

/** The credential as a user fills it in for the sandbox (n8n's own OAuth2 fetches the token). */
export function officeRndCredentialData(sandbox: Sandbox, overrides: IDataObject = {}): ICredentialDataDecryptedObject {
	const base = sandbox.systemUrl('officernd');
	return {
		clientId: C.clientId,
		clientSecret: C.clientSecret,
		orgSlug: C.orgSlug,
		accessTokenUrl: `${base}/oauth/token`,
		baseUrl: `${base}/api/v2`,
		...overrides,
	};
}

export function officeRndEngineOptions(
	sandbox: Sandbox,
	overrides: IDataObject = {},
	credentials?: ICredentialDataDecryptedObject,
) {
	return {
		nodeTypes: { [OFFICERND_NODE_TYPE]: new OfficeRnd(), [OFFICERND_TRIGGER_TYPE]: new OfficeRndTrigger() },
		credentialTypes: { officeRndOAuth2Api: new OfficeRndOAuth2Api() },
		credentials: { officeRndOAuth2Api: credentials ?? officeRndCredentialData(sandbox, overrides) },
	};
}

function onErrorSetting(options: {
	continueOnFail?: boolean;
	onError?: 'continueRegularOutput' | 'continueErrorOutput';
}) {
	const onError = options.onError ?? (options.continueOnFail ? 'continueRegularOutput' : undefined);
	return onError ? { onError } : {};
}

/** Runs Manual Trigger -> OfficeRnD with the given parameters and input items. */
export async function runOfficeRnd(
	sandbox: Sandbox,
	parameters: INodeParameters | IDataObject,
	options: {
		items?: INodeExecutionData[];
		credentials?: ICredentialDataDecryptedObject;
		continueOnFail?: boolean;
		/** n8n's "On Error" setting; continueOnFail is short for 'continueRegularOutput'. */
		onError?: 'continueRegularOutput' | 'continueErrorOutput';
	} = {},
): Promise<RunWorkflowResult> {
	return await runWorkflow({
		workflow: {
			nodes: [
				{ name: 'Start', type: MANUAL_TRIGGER },
				{
					name: 'OfficeRnD',
					type: OFFICERND_NODE_TYPE,
					parameters: parameters as INodeParameters,
					...onErrorSetting(options),
				},
			],
			connections: connectChain('Start', 'OfficeRnD'),
			// Input items come from pinned data on the trigger, as in the editor.
			...(options.items ? { pinData: { Start: options.items } } : {}),
		},
		...officeRndEngineOptions(sandbox, {}, options.credentials),
	});
}
