import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { runPerItem } from '../../shared/items';
import type { ResourceSpec } from './spec';
import { requireId } from '../helpers/record';
import { dataObject, scoroError, scoroList, scoroRequest } from '../transport';
import { atItemAsync } from '../../shared/validate';

/** Get: Scoro `<module>/view/<id>` (or `list` filtered by id where the module has no view). */
export async function execute(this: IExecuteFunctions, spec: ResourceSpec): Promise<INodeExecutionData[]> {
	return await runPerItem(this, async (i) =>
		// Input errors name the item: "Item 1: \"Invoice ID\" is ...".
		atItemAsync(i, async () => {
			const id = requireId(this, i, spec);
			if (spec.viewThroughList) {
				const rows = await scoroList(this, spec.module, { filter: { [spec.idField]: Number(id) }, limit: 1 });
				const match = rows.find((r) => String(r[spec.idField]) === id);
				if (!match)
					throw scoroError(
						`Scoro error 404: ${spec.label} ${id} was not found`,
						'404',
						`${spec.module}/list ${spec.idField}=${id}`,
						404,
					);
				return [match];
			}
			const env = await scoroRequest(this, { module: spec.module, action: 'view', id, idempotent: true });
			return [dataObject(env, `${spec.module}/view ${id}`)];
		}),
	);
}
