import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { listLimit, runPerItem } from '../../shared/items';
import type { ResourceSpec } from './spec';
import { fieldsToScoro, toScoroDateTime } from '../helpers/body';
import { scoroList } from '../transport';
import { bookmarkListBody, dateRangeFilter, MODIFIED_DATE_FIELD } from '../transport/contract';
import { atItemAsync } from '../../shared/validate';

/** Get Many: Scoro `<module>/list`, every page or up to the limit, one item per record. */
export async function execute(this: IExecuteFunctions, spec: ResourceSpec): Promise<INodeExecutionData[]> {
	return await runPerItem(this, async (i) =>
		// Input errors name the item: "Item 1: \"Invoice ID\" is ...".
		atItemAsync(i, async () => {
			const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
			const options = this.getNodeParameter('options', i, {}) as IDataObject;
			const filter: IDataObject = fieldsToScoro(filters, spec.filters, 'Filter ');
			const range = dateRangeFilter(
				filters.modifiedFrom ? toScoroDateTime(filters.modifiedFrom, 'Filter Modified From') : undefined,
				filters.modifiedTo ? toScoroDateTime(filters.modifiedTo, 'Filter Modified To') : undefined,
			);
			if (range) filter[MODIFIED_DATE_FIELD] = range;
			// A bookmark is not a field filter: it names a saved filter (contract.ts, assumed placement).
			const bookmark =
				filters.bookmark === undefined || filters.bookmark === null ? '' : String(filters.bookmark).trim();
			return await scoroList(this, spec.module, {
				filter,
				extra: bookmark ? bookmarkListBody(bookmark) : undefined,
				detailed: options.detailed === true,
				includeDeleted: filters.includeDeleted === true,
				limit: listLimit(this, i),
				keep: spec.keep,
			});
		}),
	);
}
