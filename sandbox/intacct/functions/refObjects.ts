import type { IntacctFieldType, IntacctObjectDef } from '../objects';

/**
 * Reference-data, party, AP and GL objects of the sandbox company (notes §4.1, 4.2, 4.7-4.14).
 * Spread into INTACCT_OBJECTS by objects.ts; writes are described by WRITE_SPECS (generic.ts).
 */
const audit: Array<readonly [string, IntacctFieldType]> = [
	['WHENCREATED', 'timestamp'],
	['WHENMODIFIED', 'timestamp'],
];
const t = (...names: string[]) => names.map((n) => [n, 'text'] as const);

export const REF_OBJECTS: Record<string, IntacctObjectDef> = {
	VENDOR: {
		name: 'VENDOR',
		collection: 'VENDOR',
		idField: 'VENDORID',
		entityField: 'MEGAENTITYID',
		fields: [
			['RECORDNO', 'integer'],
			...t('VENDORID', 'NAME', 'STATUS', 'VENDTYPE', 'PARENTID', 'TERMNAME', 'CURRENCY', 'TAXID', 'APACCOUNT', 'VENDORACCOUNTNO'),
			['CREDITLIMIT', 'decimal'],
			['ONHOLD', 'boolean'],
			...t('CONTACTNAME', 'PRINTAS', 'COMPANYNAME', 'FIRSTNAME', 'LASTNAME', 'EMAIL1', 'PHONE1'),
			...t('ADDRESS1', 'ADDRESS2', 'CITY', 'STATE', 'ZIP', 'COUNTRY'),
			...t('MEGAENTITYID', 'MEGAENTITYNAME'),
			...audit,
		],
	},
	GLACCOUNT: {
		name: 'GLACCOUNT',
		collection: 'GLACCOUNT',
		idField: 'ACCOUNTNO',
		fields: [
			['RECORDNO', 'integer'],
			...t('ACCOUNTNO', 'TITLE', 'ACCOUNTTYPE', 'NORMALBALANCE', 'CLOSINGTYPE', 'CLOSINGACCOUNTNO', 'CATEGORY', 'STATUS'),
			['REQUIRELOC', 'boolean'],
			['REQUIREDEPT', 'boolean'],
			['REQUIREPROJECT', 'boolean'],
			...audit,
		],
	},
	TAXDETAIL: {
		name: 'TAXDETAIL',
		collection: 'TAXDETAIL',
		idField: 'DETAILID',
		fields: [
			['RECORDNO', 'integer'],
			...t('DETAILID', 'DESCRIPTION', 'TAXTYPE'),
			['VALUE', 'decimal'],
			...t('TAXSOLUTIONID', 'GLACCOUNT', 'STATUS'),
			...audit,
		],
	},
	LOCATION: {
		name: 'LOCATION',
		collection: 'LOCATION',
		idField: 'LOCATIONID',
		fields: [['RECORDNO', 'integer'], ...t('LOCATIONID', 'NAME', 'PARENTID', 'SUPERVISORID', 'CURRENCY', 'STATUS', 'ENTITY'), ...audit],
	},
	DEPARTMENT: {
		name: 'DEPARTMENT',
		collection: 'DEPARTMENT',
		idField: 'DEPARTMENTID',
		fields: [['RECORDNO', 'integer'], ...t('DEPARTMENTID', 'TITLE', 'PARENTID', 'SUPERVISORID', 'STATUS'), ...audit],
	},
	CLASS: {
		name: 'CLASS',
		collection: 'CLASS',
		idField: 'CLASSID',
		fields: [['RECORDNO', 'integer'], ...t('CLASSID', 'NAME', 'DESCRIPTION', 'PARENTID', 'STATUS'), ...audit],
	},
	PROJECT: {
		name: 'PROJECT',
		collection: 'PROJECT',
		idField: 'PROJECTID',
		entityField: 'MEGAENTITYID',
		fields: [
			['RECORDNO', 'integer'],
			...t('PROJECTID', 'NAME', 'PROJECTCATEGORY', 'PROJECTSTATUS', 'PARENTID', 'CUSTOMERID', 'LOCATIONID', 'DEPARTMENTID', 'CURRENCY'),
			['BEGINDATE', 'date'],
			['ENDDATE', 'date'],
			...t('STATUS', 'MEGAENTITYID'),
			...audit,
		],
	},
	ITEM: {
		name: 'ITEM',
		collection: 'ITEM',
		idField: 'ITEMID',
		fields: [['RECORDNO', 'integer'], ...t('ITEMID', 'NAME', 'ITEMTYPE', 'STATUS', 'UOMGRP', 'GLGROUP'), ['BASEPRICE', 'decimal'], ...audit],
	},
	CONTACT: {
		name: 'CONTACT',
		collection: 'CONTACT',
		idField: 'CONTACTNAME',
		entityField: 'MEGAENTITYID',
		fields: [
			['RECORDNO', 'integer'],
			...t('CONTACTNAME', 'PRINTAS', 'COMPANYNAME', 'PREFIX', 'FIRSTNAME', 'LASTNAME', 'EMAIL1', 'PHONE1', 'STATUS'),
			...t('ADDRESS1', 'ADDRESS2', 'CITY', 'STATE', 'ZIP', 'COUNTRY', 'MEGAENTITYID'),
			...audit,
		],
	},
	ARTERM: {
		name: 'ARTERM',
		collection: 'ARTERM',
		idField: 'NAME',
		fields: [['RECORDNO', 'integer'], ...t('NAME', 'DESCRIPTION', 'STATUS'), ['DUEDATE', 'integer'], ...t('DUEFROM'), ...audit],
	},
	SODOCUMENTPARAMS: {
		// Order Entry transaction definitions (ASSUMED object/field names; the notes name the definitions only).
		name: 'SODOCUMENTPARAMS',
		collection: 'SODOCUMENTPARAMS',
		idField: 'DOCID',
		fields: [['RECORDNO', 'integer'], ...t('DOCID', 'DOCCLASS', 'CATEGORY', 'STATUS'), ...audit],
	},
	LINE_OF_BUSINESS: {
		// A user-defined dimension (Platform custom object, notes §4.11). ASSUMED field names ID/NAME.
		name: 'LINE_OF_BUSINESS',
		collection: 'LINE_OF_BUSINESS',
		idField: 'ID',
		fields: [['RECORDNO', 'integer'], ...t('ID', 'NAME', 'STATUS'), ...audit],
	},
	APBILL: {
		name: 'APBILL',
		collection: 'APBILL',
		idField: 'RECORDID',
		entityField: 'MEGAENTITYID',
		ownWhenCreated: true,
		fields: [
			['RECORDNO', 'integer'],
			...t('RECORDID', 'VENDORID', 'VENDORNAME', 'DOCNUMBER', 'DESCRIPTION', 'TERMNAME', 'STATE'),
			['WHENCREATED', 'date'],
			['WHENPOSTED', 'date'],
			['WHENDUE', 'date'],
			...t('CURRENCY', 'BASECURR', 'EXCH_RATE_TYPE_ID'),
			['EXCHANGE_RATE', 'decimal'],
			['INCLUSIVETAX', 'boolean'],
			['TOTALENTERED', 'decimal'],
			['TRX_TOTALENTERED', 'decimal'],
			['TOTALPAID', 'decimal'],
			['TOTALDUE', 'decimal'],
			...t('TAXSOLUTIONID', 'MEGAENTITYID'),
			['AUDITWHENCREATED', 'timestamp'],
			['WHENMODIFIED', 'timestamp'],
		],
	},
	APBILLITEM: {
		name: 'APBILLITEM',
		collection: 'APBILLITEM',
		fields: [
			['RECORDNO', 'integer'],
			['RECORDKEY', 'integer'],
			['LINE_NO', 'integer'],
			...t('ACCOUNTNO', 'ACCOUNTLABEL', 'OFFSETGLACCOUNTNO'),
			['TRX_AMOUNT', 'decimal'],
			['TOTALTRXAMOUNT', 'decimal'],
			...t('ENTRYDESCRIPTION', 'LOCATIONID', 'DEPARTMENTID', 'PROJECTID', 'CLASSID', 'ITEMID', 'CUSTOMERID', 'GLDIMLINE_OF_BUSINESS'),
			...audit,
		],
	},
	APPYMT: {
		name: 'APPYMT',
		collection: 'APPYMT',
		entityField: 'MEGAENTITYID',
		fields: [
			['RECORDNO', 'integer'],
			...t('VENDORID', 'FINANCIALENTITY', 'PAYMENTMETHOD', 'PAYMENTREQUESTMETHOD', 'DOCNUMBER', 'DESCRIPTION', 'STATE'),
			['PAYMENTDATE', 'date'],
			...t('CURRENCY', 'BASECURR', 'EXCH_RATE_TYPE_ID'),
			['AMOUNTTOPAY', 'decimal'],
			['TOTALENTERED', 'decimal'],
			...t('MEGAENTITYID'),
			...audit,
		],
	},
	APPYMTDETAIL: {
		name: 'APPYMTDETAIL',
		collection: 'APPYMTDETAIL',
		fields: [
			['RECORDNO', 'integer'],
			['PAYMENTKEY', 'integer'],
			['RECORDKEY', 'integer'],
			['ENTRYKEY', 'integer'],
			['POSADJKEY', 'integer'],
			['TRX_PAYMENTAMOUNT', 'decimal'],
			// A debit memo (AP adjustment) applied to the bill as credit (reference §4.8, ADJUSTMENTKEY).
			['ADJUSTMENTKEY', 'integer'],
			['TRX_ADJUSTMENTAMOUNT', 'decimal'],
			...audit,
		],
	},
	GLBATCH: {
		name: 'GLBATCH',
		collection: 'GLBATCH',
		entityField: 'MEGAENTITYID',
		fields: [
			['RECORDNO', 'integer'],
			['BATCHNO', 'integer'],
			...t('JOURNAL', 'BATCH_TITLE', 'REFERENCENO', 'HISTORY_COMMENT', 'BASELOCATION_NO', 'STATE'),
			['BATCH_DATE', 'date'],
			['REVERSEDATE', 'date'],
			...t('MEGAENTITYID'),
			...audit,
		],
	},
	GLENTRY: {
		name: 'GLENTRY',
		collection: 'GLENTRY',
		fields: [
			['RECORDNO', 'integer'],
			['BATCHNO', 'integer'],
			['LINE_NO', 'integer'],
			...t('ACCOUNTNO', 'TR_TYPE'),
			['TRX_AMOUNT', 'decimal'],
			...t('CURRENCY', 'EXCH_RATE_TYPE_ID'),
			['EXCHANGE_RATE', 'decimal'],
			...t('DESCRIPTION', 'DOCUMENT', 'LOCATION', 'DEPARTMENT', 'PROJECTID', 'CUSTOMERID', 'VENDORID', 'CLASSID', 'GLDIMLINE_OF_BUSINESS'),
			...audit,
		],
	},
};
