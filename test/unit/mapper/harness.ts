import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';
import { router } from '../../../nodes/AccountingMapper/actions/router';

/**
 * A minimal IExecuteFunctions for running the mapper's router in unit tests: input items,
 * node parameters (mapping tables as JSON) and continueOnFail. The node-level tests run the
 * real node in n8n's engine; these keep the conversion tests fast and focused.
 */
export async function runMapper(
	resource: string,
	operation: string,
	records: IDataObject[],
	tables: unknown,
	params: IDataObject = {},
	continueOnFail = false,
): Promise<{ mapped: INodeExecutionData[]; needsMapping: INodeExecutionData[] }> {
	const all: IDataObject = {
		resource,
		operation,
		mappingSource: 'json',
		mappingJson: tables as IDataObject,
		...params,
	};
	const node = {
		name: 'Accounting Mapper',
		type: 'n8n-nodes-intacct-sync.accountingMapper',
		typeVersion: 1,
		parameters: {},
	} as unknown as INode;
	const ctx = {
		getInputData: () => records.map((json) => ({ json })),
		getNodeParameter: (name: string, _i: number, fallback?: unknown) => (name in all ? all[name] : fallback),
		continueOnFail: () => continueOnFail,
		getNode: () => node,
	} as unknown as IExecuteFunctions;
	const [mapped, needsMapping] = await router.call(ctx);
	return { mapped: mapped!, needsMapping: needsMapping! };
}

/** The single mapped record of a run, failing loudly otherwise. */
export function only(result: { mapped: INodeExecutionData[]; needsMapping: INodeExecutionData[] }): IDataObject {
	if (result.needsMapping.length) throw new Error(`needs mapping: ${JSON.stringify(result.needsMapping[0]!.json)}`);
	if (result.mapped.length !== 1) throw new Error(`expected one mapped item, got ${result.mapped.length}`);
	return result.mapped[0]!.json;
}
