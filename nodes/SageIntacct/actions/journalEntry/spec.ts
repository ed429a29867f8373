import type { ObjectSpec } from '../../generic/objectOperations';

/** GLBATCH (reference 4.14): generic create with ENTRIES holding at least two GLENTRY lines. */
export const journalEntrySpec: ObjectSpec = {
	resource: 'journalEntry',
	object: 'GLBATCH',
	label: 'journal entry',
	idField: 'RECORDNO',
	idLabel: 'Record Number',
	recordNoOnly: true,
	// Replays are confirmed by journal + reference number when one is given.
	naturalKey: ['JOURNAL', 'REFERENCENO'],
	fields: [
		{ name: 'journal', path: 'JOURNAL', title: 'Journal', kind: 'string', required: true, default: 'GJ', description: 'Journal symbol, e.g. GJ' },
		{ name: 'batchDate', path: 'BATCH_DATE', title: 'Date', kind: 'dateTime', required: true },
		{ name: 'title', path: 'BATCH_TITLE', title: 'Description', kind: 'string', required: true },
		{ name: 'referenceNo', path: 'REFERENCENO', title: 'Reference Number', kind: 'string' },
		{ name: 'reverseDate', path: 'REVERSEDATE', title: 'Reverse On', kind: 'dateTime' },
		{ name: 'historyComment', path: 'HISTORY_COMMENT', title: 'History Comment', kind: 'string' },
		{ name: 'baseLocation', path: 'BASELOCATION_NO', title: 'Source Entity', kind: 'string', loadOptionsMethod: 'getLocations', description: 'Needed in multi-entity companies when the entries do not balance by entity' },
		{ name: 'supDocId', path: 'SUPDOCID', title: 'Attachments ID', kind: 'string' },
		{
			name: 'state',
			path: 'STATE',
			title: 'State',
			kind: 'options',
			options: [
				{ name: 'Posted', value: 'Posted' },
				{ name: 'Draft', value: 'Draft' },
			],
			default: 'Posted',
		},
	],
	lines: {
		container: 'ENTRIES',
		item: 'GLENTRY',
		title: 'Entries',
		min: 2,
		fields: [
			{ name: 'accountNo', path: 'ACCOUNTNO', title: 'GL Account', kind: 'string', loadOptionsMethod: 'getGlAccounts' },
			{
				name: 'side',
				path: 'TR_TYPE',
				title: 'Debit or Credit',
				kind: 'options',
				options: [
					{ name: 'Debit', value: '1' },
					{ name: 'Credit', value: '-1' },
				],
				default: '1',
			},
			{ name: 'amount', path: 'TRX_AMOUNT', title: 'Amount', kind: 'number', money: true, description: 'Absolute amount; the side says debit or credit' },
			{ name: 'currency', path: 'CURRENCY', title: 'Currency', kind: 'string' },
			{ name: 'exchangeRateType', path: 'EXCH_RATE_TYPE_ID', title: 'Exchange Rate Type', kind: 'string' },
			{ name: 'exchangeRate', path: 'EXCHANGE_RATE', title: 'Exchange Rate', kind: 'number', omitZero: true },
			{ name: 'memo', path: 'DESCRIPTION', title: 'Memo', kind: 'string' },
			{ name: 'document', path: 'DOCUMENT', title: 'Document', kind: 'string' },
			{ name: 'locationId', path: 'LOCATION', title: 'Location', kind: 'string', loadOptionsMethod: 'getLocations', description: 'Required in multi-entity companies' },
			{ name: 'departmentId', path: 'DEPARTMENT', title: 'Department', kind: 'string', loadOptionsMethod: 'getDepartments' },
			{ name: 'classId', path: 'CLASSID', title: 'Class', kind: 'string', loadOptionsMethod: 'getClasses' },
			{ name: 'projectId', path: 'PROJECTID', title: 'Project ID', kind: 'string' },
			{ name: 'customerId', path: 'CUSTOMERID', title: 'Customer ID', kind: 'string' },
			{ name: 'vendorId', path: 'VENDORID', title: 'Vendor ID', kind: 'string' },
		],
	},
	filters: [
		{ name: 'journal', path: 'JOURNAL', title: 'Journal', kind: 'string' },
		{ name: 'state', path: 'STATE', title: 'State', kind: 'string', placeholder: 'Posted' },
	],
};
