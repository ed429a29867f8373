import type { ObjectSpec } from '../../generic/objectOperations';
import { dimensionFields } from '../../generic/objectOperations';

/**
 * APBILL (reference 4.7): generic create with APBILLITEMS/APBILLITEM. TAXENTRIES on lines are
 * documented for the generic APBILLITEM, so bills need no legacy create_bill (whose 2019 schema has
 * no tax entries on lines).
 */
export const apBillSpec: ObjectSpec = {
	resource: 'apBill',
	object: 'APBILL',
	label: 'bill',
	idField: 'RECORDID',
	idLabel: 'Bill Number',
	// Bill numbers are unique per vendor, not per company.
	naturalKey: ['VENDORID', 'RECORDID'],
	noReadByName: true,
	searchMethod: undefined,
	fields: [
		{
			name: 'vendorId',
			path: 'VENDORID',
			title: 'Vendor',
			kind: 'string',
			loadOptionsMethod: 'getVendors',
			required: true,
		},
		{ name: 'billDate', path: 'WHENCREATED', title: 'Bill Date', kind: 'dateTime', required: true },
		{
			name: 'dueDate',
			path: 'WHENDUE',
			title: 'Due Date',
			kind: 'dateTime',
			description: 'Required unless the bill is saved as a draft',
		},
		{ name: 'postingDate', path: 'WHENPOSTED', title: 'GL Posting Date', kind: 'dateTime' },
		{ name: 'billNumber', path: 'RECORDID', title: 'Bill Number', kind: 'string' },
		{ name: 'reference', path: 'DOCNUMBER', title: 'Reference Number', kind: 'string' },
		{ name: 'description', path: 'DESCRIPTION', title: 'Description', kind: 'string' },
		{ name: 'termName', path: 'TERMNAME', title: 'Term', kind: 'string', loadOptionsMethod: 'getTerms' },
		{ name: 'currency', path: 'CURRENCY', title: 'Currency', kind: 'string', placeholder: 'GBP' },
		{
			name: 'exchangeRateType',
			path: 'EXCH_RATE_TYPE_ID',
			title: 'Exchange Rate Type',
			kind: 'string',
			description: 'Blank means Intacct Daily Rate. Set the type or the rate, not both.',
		},
		{ name: 'exchangeRate', path: 'EXCHANGE_RATE', title: 'Exchange Rate', kind: 'number', omitZero: true },
		{
			name: 'inclusiveTax',
			path: 'INCLUSIVETAX',
			title: 'Amounts Include Tax',
			kind: 'boolean',
			description: 'Whether line amounts are gross (Total Amount) and Sage Intacct derives the tax',
		},
		{
			name: 'taxSolutionId',
			path: 'TAXSOLUTIONID',
			title: 'Tax Solution ID',
			kind: 'string',
			description: 'Needed at the top level of companies with several tax jurisdictions (AU, GB, ZA)',
		},
		{
			name: 'action',
			path: 'ACTION',
			title: 'State',
			kind: 'options',
			options: [
				{ name: 'Draft', value: 'Draft' },
				{ name: 'Submit', value: 'Submit' },
			],
			default: 'Submit',
		},
	],
	lines: {
		container: 'APBILLITEMS',
		item: 'APBILLITEM',
		title: 'Lines',
		fields: [
			{ name: 'accountNo', path: 'ACCOUNTNO', title: 'GL Account', kind: 'string', loadOptionsMethod: 'getGlAccounts' },
			{ name: 'amount', path: 'TRX_AMOUNT', title: 'Amount', kind: 'number', money: true, description: 'Net amount' },
			{
				name: 'totalAmount',
				path: 'TOTALTRXAMOUNT',
				title: 'Total Amount (Tax Inclusive)',
				kind: 'number',
				money: true,
				omitZero: true,
			},
			{ name: 'memo', path: 'ENTRYDESCRIPTION', title: 'Memo', kind: 'string' },
			...dimensionFields(),
			{
				name: 'taxDetailId',
				path: 'TAXENTRIES.TAXENTRY.DETAILID',
				title: 'Tax Detail',
				kind: 'string',
				loadOptionsMethod: 'getTaxDetails',
			},
			{
				name: 'taxAmount',
				path: 'TAXENTRIES.TAXENTRY.TRX_TAX',
				title: 'Tax Amount Override',
				kind: 'number',
				money: true,
				omitZero: true,
				requires: 'taxDetailId',
			},
		],
	},
	filters: [
		{ name: 'vendorId', path: 'VENDORID', title: 'Vendor ID', kind: 'string' },
		{ name: 'state', path: 'STATE', title: 'State', kind: 'string', placeholder: 'Posted' },
		{ name: 'billNumber', path: 'RECORDID', title: 'Bill Number', kind: 'string' },
	],
};
