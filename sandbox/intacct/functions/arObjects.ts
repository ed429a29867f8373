import type { IntacctFieldType, IntacctObjectDef } from '../objects';

/**
 * Receivables objects the sandbox stores (readable with readByQuery, read and query). Field names
 * are Intacct's uppercase query fields (notes §4.3-4.6, §4.12). ASSUMED: the exact field lists are
 * a subset chosen for the sync nodes; real objects carry many more fields.
 */
const t = (...names: string[]) => names.map((n) => [n, 'text'] as const);
const d = (...names: string[]) => names.map((n) => [n, 'decimal'] as const);
const dt = (...names: string[]) => names.map((n) => [n, 'date'] as const);
const audit: ReadonlyArray<readonly [string, IntacctFieldType]> = [
	['WHENCREATED', 'timestamp'],
	['WHENMODIFIED', 'timestamp'],
];
const head = (
	...rest: ReadonlyArray<readonly [string, IntacctFieldType]>
): ReadonlyArray<readonly [string, IntacctFieldType]> => [
	['RECORDNO', 'integer'],
	...rest,
	...t('MEGAENTITYID'),
	...audit,
];

const money = [
	...t('CURRENCY', 'BASECURR', 'EXCH_RATE_TYPE_ID'),
	...d('EXCHANGE_RATE', 'TOTALENTERED', 'TOTALPAID', 'TOTALDUE', 'TRX_TOTALENTERED', 'TRX_TOTALPAID', 'TRX_TOTALDUE'),
];

export const AR_OBJECTS: Record<string, IntacctObjectDef> = {
	ARINVOICE: {
		name: 'ARINVOICE',
		collection: 'ARINVOICE',
		idField: 'RECORDID',
		entityField: 'MEGAENTITYID',
		fields: head(
			...t(
				'RECORDID',
				'DOCNUMBER',
				'CUSTOMERID',
				'CUSTOMERNAME',
				'DESCRIPTION',
				'EXTERNALID',
				'STATE',
				'MODULEKEY',
				'TERMNAME',
			),
			...dt('WHENPOSTED', 'WHENDUE', 'WHENPAID'),
			...money,
			...t('TAXSOLUTIONID', 'PRBATCHKEY'),
		),
	},
	ARINVOICEITEM: {
		name: 'ARINVOICEITEM',
		collection: 'ARINVOICEITEM',
		entityField: 'MEGAENTITYID',
		fields: head(
			['RECORDKEY', 'integer'],
			['LINE_NO', 'integer'],
			...t(
				'ACCOUNTNO',
				'OFFSETACCOUNTNO',
				'ENTRYDESCRIPTION',
				'LOCATIONID',
				'DEPARTMENTID',
				'PROJECTID',
				'CLASSID',
				'CUSTOMERID',
				'ITEMID',
			),
			...d('AMOUNT', 'TRX_AMOUNT', 'TOTALPAID', 'TRX_TOTALPAID', 'TRX_TOTALDUE'),
			...t('TAXENTRIES'),
		),
	},
	ARADJUSTMENT: {
		name: 'ARADJUSTMENT',
		collection: 'ARADJUSTMENT',
		idField: 'RECORDID',
		entityField: 'MEGAENTITYID',
		fields: head(
			...t(
				'RECORDID',
				'DOCNUMBER',
				'CUSTOMERID',
				'CUSTOMERNAME',
				'DESCRIPTION',
				'EXTERNALID',
				'STATE',
				'ADJUSTMENTTYPE',
			),
			...dt('WHENPOSTED'),
			...money,
		),
	},
	ARADJUSTMENTITEM: {
		name: 'ARADJUSTMENTITEM',
		collection: 'ARADJUSTMENTITEM',
		entityField: 'MEGAENTITYID',
		fields: head(
			['RECORDKEY', 'integer'],
			['LINE_NO', 'integer'],
			...t('ACCOUNTNO', 'ENTRYDESCRIPTION', 'LOCATIONID', 'DEPARTMENTID', 'PROJECTID', 'CLASSID'),
			...d('AMOUNT', 'TRX_AMOUNT'),
			...t('TAXENTRIES'),
		),
	},
	ARPYMT: {
		name: 'ARPYMT',
		collection: 'ARPYMT',
		entityField: 'MEGAENTITYID',
		fields: head(
			...t(
				'CUSTOMERID',
				'CUSTOMERNAME',
				'PAYMENTMETHOD',
				'FINANCIALENTITY',
				'UNDEPOSITEDACCOUNTNO',
				'DOCNUMBER',
				'DESCRIPTION',
				'STATE',
			),
			...dt('RECEIPTDATE', 'PAYMENTDATE', 'WHENREVERSED'),
			...money,
			...d('OVERPAYMENTAMOUNT', 'OVERPAYMENTREMAINING'),
			...t('OVERPAYMENTLOCATIONID', 'OVERPAYMENTDEPARTMENTID', 'REVERSALKEY'),
		),
	},
	ARPYMTDETAIL: {
		name: 'ARPYMTDETAIL',
		collection: 'ARPYMTDETAIL',
		entityField: 'MEGAENTITYID',
		fields: head(
			['PAYMENTKEY', 'integer'],
			...t('RECORDKEY', 'ENTRYKEY', 'POSADJKEY', 'ADJUSTMENTKEY', 'ADVANCEKEY', 'OVERPAYMENTKEY'),
			...d('TRX_PAYMENTAMOUNT', 'TRX_ADJUSTMENTAMOUNT', 'TRX_POSTEDADVANCEAMOUNT', 'TRX_POSTEDOVERPAYMENTAMOUNT'),
		),
	},
	ARADVANCE: {
		name: 'ARADVANCE',
		collection: 'ARADVANCE',
		entityField: 'MEGAENTITYID',
		fields: head(
			...t(
				'CUSTOMERID',
				'CUSTOMERNAME',
				'PAYMENTMETHOD',
				'FINANCIALENTITY',
				'UNDEPOSITEDACCOUNTNO',
				'DOCNUMBER',
				'DESCRIPTION',
				'STATE',
			),
			...dt('RECEIPTDATE', 'PAYMENTDATE'),
			...money,
		),
	},
	ARADVANCEITEM: {
		name: 'ARADVANCEITEM',
		collection: 'ARADVANCEITEM',
		entityField: 'MEGAENTITYID',
		fields: head(
			['RECORDKEY', 'integer'],
			['LINE_NO', 'integer'],
			...t('ACCOUNTNO', 'LOCATIONID', 'DEPARTMENTID', 'ENTRYDESCRIPTION'),
			...d('TRX_AMOUNT'),
		),
	},
	SODOCUMENT: {
		name: 'SODOCUMENT',
		collection: 'SODOCUMENT',
		idField: 'DOCID',
		entityField: 'MEGAENTITYID',
		fields: head(
			...t(
				'DOCID',
				'DOCNO',
				'DOCPARID',
				'CUSTVENDID',
				'CUSTVENDNAME',
				'PONUMBER',
				'STATE',
				'EXTERNALID',
				'TERMNAME',
				'MESSAGE',
			),
			...dt('WHENDUE', 'WHENPOSTED'),
			...t('CURRENCY', 'BASECURR'),
			...d('SUBTOTAL', 'TOTAL', 'TRX_SUBTOTAL', 'TRX_TOTAL', 'EXCHANGE_RATE'),
			...t('PRRECORDKEY', 'CREATEDFROM'),
		),
	},
	SODOCUMENTENTRY: {
		name: 'SODOCUMENTENTRY',
		collection: 'SODOCUMENTENTRY',
		entityField: 'MEGAENTITYID',
		fields: head(
			['DOCHDRNO', 'integer'],
			['LINE_NO', 'integer'],
			...t('DOCHDRID', 'ITEMID', 'ITEMDESC', 'UNIT', 'LOCATIONID', 'DEPARTMENTID', 'MEMO'),
			...d('QUANTITY', 'PRICE', 'TOTAL', 'TRX_PRICE', 'TRX_VALUE'),
		),
	},
};
