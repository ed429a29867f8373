import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { runConversion, type Convert } from '../helpers/convert';
import * as intacctToOfficeRnd from './intacctToOfficeRnd';
import * as intacctToReLeased from './intacctToReLeased';
import * as intacctToScoro from './intacctToScoro';
import * as officeRndToIntacct from './officeRndToIntacct';
import * as reLeasedToIntacct from './reLeasedToIntacct';
import * as scoroToIntacct from './scoroToIntacct';

type Operation = { convert: Convert; description: INodeProperties[] };

/** resource (source → target) -> operation (subject) -> conversion. One line per resource. */
export const resources: Record<string, Record<string, Operation>> = {
	officeRndToIntacct: officeRndToIntacct.operations,
	intacctToOfficeRnd: intacctToOfficeRnd.operations,
	scoroToIntacct: scoroToIntacct.operations,
	intacctToScoro: intacctToScoro.operations,
	reLeasedToIntacct: reLeasedToIntacct.operations,
	intacctToReLeased: intacctToReLeased.operations,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const implementation = resources[resource]?.[operation];
	if (!implementation) {
		throw new NodeOperationError(this.getNode(), `The conversion "${operation}" of "${resource}" is not supported`);
	}
	return await runConversion(this, implementation.convert);
}
