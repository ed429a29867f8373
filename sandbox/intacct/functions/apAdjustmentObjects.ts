import type { IntacctFieldType, IntacctObjectDef } from '../objects';

/** APADJUSTMENT and its lines as the sandbox stores them (ASSUMED field list; see apAdjustment.ts). */
const t = (...names: string[]) => names.map((n) => [n, 'text'] as const);
const d = (...names: string[]) => names.map((n) => [n, 'decimal'] as const);

export const AP_ADJUSTMENT_OBJECTS: Record<string, IntacctObjectDef> = {
	APADJUSTMENT: {
		name: 'APADJUSTMENT',
		collection: 'APADJUSTMENT',
		idField: 'RECORDID',
		entityField: 'MEGAENTITYID',
		ownWhenCreated: true,
		fields: [
			['RECORDNO', 'integer'],
			...t('RECORDID', 'DOCNUMBER', 'VENDORID', 'VENDORNAME', 'DESCRIPTION', 'EXTERNALID', 'STATE', 'ADJUSTMENTTYPE'),
			['WHENCREATED', 'date'],
			['WHENPOSTED', 'date'],
			...t('CURRENCY', 'BASECURR', 'EXCH_RATE_TYPE_ID'),
			...d(
				'EXCHANGE_RATE',
				'TOTALENTERED',
				'TOTALPAID',
				'TOTALDUE',
				'TRX_TOTALENTERED',
				'TRX_TOTALPAID',
				'TRX_TOTALDUE',
			),
			...t('TAXSOLUTIONID', 'MEGAENTITYID'),
			['AUDITWHENCREATED', 'timestamp'] as const,
			['WHENMODIFIED', 'timestamp'] as const,
		] as ReadonlyArray<readonly [string, IntacctFieldType]>,
	},
	APADJUSTMENTITEM: {
		name: 'APADJUSTMENTITEM',
		collection: 'APADJUSTMENTITEM',
		entityField: 'MEGAENTITYID',
		fields: [
			['RECORDNO', 'integer'],
			['RECORDKEY', 'integer'],
			['LINE_NO', 'integer'],
			...t('ACCOUNTNO', 'ENTRYDESCRIPTION', 'LOCATIONID', 'DEPARTMENTID', 'PROJECTID', 'CLASSID'),
			...d('AMOUNT', 'TRX_AMOUNT'),
			...t('TAXENTRIES', 'MEGAENTITYID'),
			['WHENCREATED', 'timestamp'] as const,
			['WHENMODIFIED', 'timestamp'] as const,
		] as ReadonlyArray<readonly [string, IntacctFieldType]>,
	},
};
