import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';
import { OfficeRndOAuth2Api } from '../../../credentials/OfficeRndOAuth2Api.credentials';
import { OfficeRnd } from '../../../nodes/OfficeRnd/OfficeRnd.node';
import { connectChain, MANUAL_TRIGGER, runWorkflow } from '../../helpers/engine';
import { OFFICERND_NODE_TYPE } from './helpers';

/** Runs the node with a credential that keeps the credential type's defaults (public URLs, default scopes). */
export async function runOfficeRndWith(credential: ICredentialDataDecryptedObject, parameters: IDataObject) {
	return await runWorkflow({
		workflow: {
			nodes: [
				{ name: 'Start', type: MANUAL_TRIGGER },
				{ name: 'OfficeRnD', type: OFFICERND_NODE_TYPE, parameters: parameters as INodeParameters },
			],
			connections: connectChain('Start', 'OfficeRnD'),
		},
		nodeTypes: { [OFFICERND_NODE_TYPE]: new OfficeRnd() },
		credentialTypes: { officeRndOAuth2Api: new OfficeRndOAuth2Api() },
		credentials: { officeRndOAuth2Api: credential },
	});
}
