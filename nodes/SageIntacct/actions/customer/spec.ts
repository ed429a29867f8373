import type { ObjectSpec } from '../../generic/objectOperations';
import { statusField } from '../../generic/objectOperations';
import { defaultPrintAs, partyContactFields } from '../../generic/party';

export const customerSpec: ObjectSpec = {
	resource: 'customer',
	object: 'CUSTOMER',
	label: 'customer',
	idField: 'CUSTOMERID',
	idLabel: 'Customer ID',
	autoNumbered: true,
	// Reference 4.1: update accepts RECORDNO or CUSTOMERID.
	updateById: true,
	hasStatus: true,
	searchMethod: 'searchCustomers',
	completeCreate: defaultPrintAs,
	fields: [
		{ name: 'name', path: 'NAME', title: 'Name', kind: 'string', required: true },
		{
			name: 'customerId',
			path: 'CUSTOMERID',
			title: 'Customer ID',
			kind: 'string',
			description: 'Leave empty to let Sage Intacct number the customer',
		},
		statusField,
		...partyContactFields,
		{ name: 'termName', path: 'TERMNAME', title: 'Term', kind: 'string', loadOptionsMethod: 'getTerms' },
		{ name: 'currency', path: 'CURRENCY', title: 'Default Currency', kind: 'string', placeholder: 'USD' },
		{ name: 'creditLimit', path: 'CREDITLIMIT', title: 'Credit Limit', kind: 'number', money: true },
		{ name: 'customerType', path: 'CUSTTYPE', title: 'Customer Type', kind: 'string' },
		{ name: 'parentId', path: 'PARENTID', title: 'Parent Customer ID', kind: 'string' },
		{ name: 'taxId', path: 'TAXID', title: 'Tax ID', kind: 'string' },
		{ name: 'onHold', path: 'ONHOLD', title: 'On Hold', kind: 'boolean' },
	],
};
