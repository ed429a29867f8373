import type { ObjectSpec } from '../../generic/objectOperations';
import { statusField } from '../../generic/objectOperations';
import { defaultPrintAs, partyContactFields } from '../../generic/party';

/** VENDOR (reference 4.2): same contact pattern as CUSTOMER; update documented by RECORDNO. */
export const vendorSpec: ObjectSpec = {
	resource: 'vendor',
	object: 'VENDOR',
	label: 'vendor',
	idField: 'VENDORID',
	idLabel: 'Vendor ID',
	autoNumbered: true,
	hasStatus: true,
	searchMethod: 'searchVendors',
	completeCreate: defaultPrintAs,
	fields: [
		{ name: 'name', path: 'NAME', title: 'Name', kind: 'string', required: true },
		{
			name: 'vendorId',
			path: 'VENDORID',
			title: 'Vendor ID',
			kind: 'string',
			description: 'Leave empty to let Sage Intacct number the vendor',
		},
		statusField,
		...partyContactFields,
		{ name: 'termName', path: 'TERMNAME', title: 'Term', kind: 'string', loadOptionsMethod: 'getTerms' },
		{ name: 'currency', path: 'CURRENCY', title: 'Default Currency', kind: 'string', placeholder: 'USD' },
		{ name: 'vendorType', path: 'VENDTYPE', title: 'Vendor Type', kind: 'string' },
		{ name: 'parentId', path: 'PARENTID', title: 'Parent Vendor ID', kind: 'string' },
		{ name: 'taxId', path: 'TAXID', title: 'Tax ID', kind: 'string' },
		{ name: 'vendorAccountNo', path: 'VENDORACCOUNTNO', title: 'Account Number With Vendor', kind: 'string' },
		{ name: 'creditLimit', path: 'CREDITLIMIT', title: 'Credit Limit', kind: 'number', money: true },
		{ name: 'onHold', path: 'ONHOLD', title: 'On Hold', kind: 'boolean' },
	],
};
