import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { runWrites } from '../../shared/items';
import type { ResourceSpec } from './spec';
import { requireId } from '../helpers/record';
import { scoroRequest } from '../transport';
import { atItemAsync } from '../../shared/validate';

/** Delete: Scoro `<module>/delete/<id>`. Safe to repeat (a second delete answers 404, never a second effect). */
export async function execute(this: IExecuteFunctions, spec: ResourceSpec): Promise<INodeExecutionData[]> {
	return await runWrites(this, async (i) =>
		// Input errors name the item: "Item 1: \"Invoice ID\" is ...".
		atItemAsync(i, async () => {
			const id = requireId(this, i, spec);
			await scoroRequest(this, { module: spec.module, action: 'delete', id, idempotent: true });
			return [{ [spec.idField]: Number.isNaN(Number(id)) ? id : Number(id), deleted: true }];
		}),
	);
}
