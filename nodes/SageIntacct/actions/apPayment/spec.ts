import type { ObjectSpec } from '../../generic/objectOperations';

/** APPYMT (reference 4.8): generic create with APPYMTDETAILS paying bills (RECORDKEY), optionally applying a debit memo (ADJUSTMENTKEY). */
export const apPaymentSpec: ObjectSpec = {
	resource: 'apPayment',
	object: 'APPYMT',
	label: 'AP payment',
	idField: 'RECORDNO',
	idLabel: 'Record Number',
	recordNoOnly: true,
	// Replays are confirmed by vendor + document number when one is given.
	naturalKey: ['VENDORID', 'DOCNUMBER'],
	fields: [
		{
			name: 'vendorId',
			path: 'VENDORID',
			title: 'Vendor',
			kind: 'string',
			loadOptionsMethod: 'getVendors',
			required: true,
		},
		{ name: 'paymentDate', path: 'PAYMENTDATE', title: 'Payment Date', kind: 'dateTime', required: true },
		{ name: 'currency', path: 'CURRENCY', title: 'Currency', kind: 'string', required: true, default: 'USD' },
		{
			name: 'bankAccountId',
			path: 'FINANCIALENTITY',
			title: 'Bank Account ID',
			kind: 'string',
			description: 'Checking or savings account; may be omitted for credit-only payments',
		},
		{
			name: 'paymentMethod',
			path: 'PAYMENTMETHOD',
			title: 'Payment Method',
			kind: 'string',
			placeholder: 'EFT',
			description: 'May be omitted for credit-only payments',
		},
		{ name: 'paymentRequestMethod', path: 'PAYMENTREQUESTMETHOD', title: 'Payment Request Method', kind: 'string' },
		{
			name: 'docNumber',
			path: 'DOCNUMBER',
			title: 'Document Number',
			kind: 'string',
			description: 'Check or reference number',
		},
		{ name: 'description', path: 'DESCRIPTION', title: 'Description', kind: 'string' },
		{ name: 'baseCurrency', path: 'BASECURR', title: 'Base Currency', kind: 'string' },
		{ name: 'exchangeRateType', path: 'EXCH_RATE_TYPE_ID', title: 'Exchange Rate Type', kind: 'string' },
		{
			name: 'amountToPay',
			path: 'AMOUNTTOPAY',
			title: 'Amount to Pay (Bank Currency)',
			kind: 'number',
			money: true,
			omitZero: true,
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
		container: 'APPYMTDETAILS',
		item: 'APPYMTDETAIL',
		title: 'Details',
		fields: [
			{ name: 'billRecordNo', path: 'RECORDKEY', title: 'Bill Record Number', kind: 'string' },
			{ name: 'billLineRecordNo', path: 'ENTRYKEY', title: 'Bill Line Record Number', kind: 'string' },
			{ name: 'creditMemoRecordNo', path: 'POSADJKEY', title: 'Credit Memo Record Number', kind: 'string' },
			{ name: 'amount', path: 'TRX_PAYMENTAMOUNT', title: 'Payment Amount', kind: 'number', money: true },
			// A debit memo (AP Adjustment) applied to the bill as credit; no money moves for that part.
			{
				name: 'debitMemoRecordNo',
				path: 'ADJUSTMENTKEY',
				title: 'Debit Memo Record Number',
				kind: 'string',
				description: 'RECORDNO of an AP adjustment (debit memo) to apply to the bill as credit',
			},
			{
				name: 'debitMemoAmount',
				path: 'TRX_ADJUSTMENTAMOUNT',
				title: 'Debit Memo Amount Applied',
				kind: 'number',
				money: true,
				omitZero: true,
			},
			{ name: 'discountDate', path: 'DISCOUNTDATE', title: 'Discount Date', kind: 'dateTime' },
		],
	},
	filters: [
		{ name: 'vendorId', path: 'VENDORID', title: 'Vendor ID', kind: 'string' },
		{ name: 'state', path: 'STATE', title: 'State', kind: 'string' },
	],
};
