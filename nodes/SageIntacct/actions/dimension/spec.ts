import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { ObjectSpec } from '../../generic/objectOperations';
import { objectName } from '../../generic/names';
import { UDD_ID_FIELD, UDD_NAME_FIELD } from '../../transport/assumptions';

/**
 * User-defined dimensions (reference 3.5, 4.11): Platform custom objects listed by getDimensions.
 * Records are read and written like any object; their ID and name fields are ASSUMED (assumptions.ts).
 */
export const uddSpec = (object: string): ObjectSpec => ({
	resource: 'dimension',
	object,
	label: `${object} dimension value`,
	idField: UDD_ID_FIELD,
	idLabel: 'Dimension Value ID',
	fields: [
		{ name: 'valueId', path: UDD_ID_FIELD, title: 'ID', kind: 'string', required: true },
		{ name: 'valueName', path: UDD_NAME_FIELD, title: 'Name', kind: 'string', required: true },
	],
});

export const dimensionProperty = (operations: string[]): INodeProperties => ({
	displayName: 'Dimension Name or ID',
	name: 'dimension',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getUserDefinedDimensions' },
	required: true,
	default: '',
	description:
		'The user-defined dimension (its object name, from getDimensions). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	displayOptions: { show: { resource: ['dimension'], operation: operations } },
});

/** One dimension per run: the builders address one object. */
export function dimensionOf(ctx: IExecuteFunctions): string {
	const items = ctx.getInputData();
	const first = objectName(ctx.getNodeParameter('dimension', 0));
	for (let i = 1; i < items.length; i++) {
		if (objectName(ctx.getNodeParameter('dimension', i)) !== first) {
			throw new Error(
				`All items must use the same dimension in one run (item 0: ${first}); split the items by dimension first.`,
			);
		}
	}
	return first;
}
