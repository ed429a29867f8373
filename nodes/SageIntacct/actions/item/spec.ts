import type { ObjectSpec } from '../../generic/objectOperations';
import { statusField } from '../../generic/objectOperations';

/** ITEM (reference 4.13): create needs ITEMID, NAME and ITEMTYPE; update is keyed by RECORDNO. */
export const itemSpec: ObjectSpec = {
	resource: 'item',
	object: 'ITEM',
	label: 'item',
	idField: 'ITEMID',
	idLabel: 'Item ID',
	hasStatus: true,
	fields: [
		{ name: 'itemId', path: 'ITEMID', title: 'Item ID', kind: 'string', required: true },
		{ name: 'name', path: 'NAME', title: 'Name', kind: 'string', required: true },
		{
			name: 'itemType',
			path: 'ITEMTYPE',
			title: 'Item Type',
			kind: 'options',
			required: true,
			options: [
				{ name: 'Inventory', value: 'Inventory' },
				{ name: 'Kit', value: 'Kit' },
				{ name: 'Non-Inventory', value: 'Non-Inventory' },
				{ name: 'Non-Inventory (Purchase Only)', value: 'Non-Inventory (Purchase only)' },
				{ name: 'Non-Inventory (Sales Only)', value: 'Non-Inventory (Sales only)' },
				{ name: 'Stockable Kit', value: 'Stockable Kit' },
			],
			default: 'Non-Inventory',
		},
		{ name: 'basePrice', path: 'BASEPRICE', title: 'Base Price', kind: 'number', money: true },
		{ name: 'extendedDescription', path: 'EXTENDED_DESCRIPTION', title: 'Extended Description', kind: 'string' },
		statusField,
	],
	filters: [{ name: 'itemType', path: 'ITEMTYPE', title: 'Item Type', kind: 'string' }],
};
