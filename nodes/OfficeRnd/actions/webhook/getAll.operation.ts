import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { getManyOperation } from '../../generic/operations';
import { webhook, withoutSecret } from './spec';

const base = getManyOperation(webhook, []);

export const properties = base.properties;

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const items = await base.execute.call(this);
	return items.map((item) => ({ ...item, json: withoutSecret(item.json) }));
}
