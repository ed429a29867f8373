import type { Fields, RecordStore } from '../../core/store';

/**
 * Seed of the reference data, parties, AP and GL (deterministic): departments, classes, projects,
 * a user-defined dimension, more GL accounts, tax details (GB VAT), terms, vendors, contacts, two AP
 * bills with lines and one journal entry. Rows whose business ID another seed already inserted
 * (e.g. GL accounts, locations) are skipped.
 */
const at = (day: number, hour = 9) => `2025-02-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;

export const REF_SEED: Record<string, { idField: string; display: string[]; rows: Fields[] }> = {
	GLACCOUNT: {
		idField: 'ACCOUNTNO',
		display: ['ACCOUNTNO', 'TITLE', 'ACCOUNTTYPE'],
		rows: [
			{
				ACCOUNTNO: '2000',
				TITLE: 'Accounts Payable',
				ACCOUNTTYPE: 'balancesheet',
				NORMALBALANCE: 'credit',
				CLOSINGTYPE: 'non-closing account',
			},
			{
				ACCOUNTNO: '2310',
				TITLE: 'VAT Recoverable',
				ACCOUNTTYPE: 'balancesheet',
				NORMALBALANCE: 'debit',
				CLOSINGTYPE: 'non-closing account',
			},
			{
				ACCOUNTNO: '3000',
				TITLE: 'Retained Earnings',
				ACCOUNTTYPE: 'balancesheet',
				NORMALBALANCE: 'credit',
				CLOSINGTYPE: 'non-closing account',
			},
			{
				ACCOUNTNO: '5000',
				TITLE: 'Rent Expense',
				ACCOUNTTYPE: 'incomestatement',
				NORMALBALANCE: 'debit',
				CLOSINGTYPE: 'closing account',
				CLOSINGACCOUNTNO: '3000',
			},
			{
				ACCOUNTNO: '6000',
				TITLE: 'Office Supplies',
				ACCOUNTTYPE: 'incomestatement',
				NORMALBALANCE: 'debit',
				CLOSINGTYPE: 'closing account',
				CLOSINGACCOUNTNO: '3000',
			},
			{
				ACCOUNTNO: '6100',
				TITLE: 'Utilities',
				ACCOUNTTYPE: 'incomestatement',
				NORMALBALANCE: 'debit',
				CLOSINGTYPE: 'closing account',
				CLOSINGACCOUNTNO: '3000',
			},
			{
				ACCOUNTNO: '6200',
				TITLE: 'Cleaning and Maintenance',
				ACCOUNTTYPE: 'incomestatement',
				NORMALBALANCE: 'debit',
				CLOSINGTYPE: 'closing account',
				CLOSINGACCOUNTNO: '3000',
			},
		],
	},
	LOCATION: {
		idField: 'LOCATIONID',
		display: ['LOCATIONID', 'NAME', 'PARENTID'],
		rows: [{ LOCATIONID: 'UK-MAN', NAME: 'Manchester', PARENTID: 'UK', CURRENCY: 'GBP' }],
	},
	DEPARTMENT: {
		idField: 'DEPARTMENTID',
		display: ['DEPARTMENTID', 'TITLE', 'PARENTID'],
		rows: [
			{ DEPARTMENTID: 'OPS', TITLE: 'Operations', PARENTID: '' },
			{ DEPARTMENTID: 'SALES', TITLE: 'Sales', PARENTID: '' },
			{ DEPARTMENTID: 'FIN', TITLE: 'Finance', PARENTID: '' },
			{ DEPARTMENTID: 'FAC', TITLE: 'Facilities', PARENTID: 'OPS' },
			{ DEPARTMENTID: 'OLD', TITLE: 'Discontinued', PARENTID: '', STATUS: 'inactive' },
		],
	},
	CLASS: {
		idField: 'CLASSID',
		display: ['CLASSID', 'NAME'],
		rows: [
			{ CLASSID: 'COWORK', NAME: 'Coworking', DESCRIPTION: 'Flexible workspace' },
			{ CLASSID: 'PROPERTY', NAME: 'Property', DESCRIPTION: 'Leases and property management' },
			{ CLASSID: 'SERVICES', NAME: 'Professional services', DESCRIPTION: 'Consulting work' },
		],
	},
	PROJECT: {
		idField: 'PROJECTID',
		display: ['PROJECTID', 'NAME', 'PROJECTSTATUS'],
		rows: [
			{
				PROJECTID: 'P-0001',
				NAME: 'Flex rollout',
				PROJECTCATEGORY: 'Contract',
				PROJECTSTATUS: 'In Progress',
				CUSTOMERID: 'C-0001',
				LOCATIONID: 'US-NYC',
				DEPARTMENTID: 'OPS',
				CURRENCY: 'USD',
				BEGINDATE: '01/15/2025',
				MEGAENTITYID: '',
			},
			{
				PROJECTID: 'P-0002',
				NAME: 'Canary Wharf fit-out',
				PROJECTCATEGORY: 'Contract',
				PROJECTSTATUS: 'In Progress',
				CUSTOMERID: 'C-0002',
				LOCATIONID: 'UK-LON',
				DEPARTMENTID: 'FAC',
				CURRENCY: 'GBP',
				BEGINDATE: '03/01/2025',
				MEGAENTITYID: 'UK',
			},
			{
				PROJECTID: 'P-0003',
				NAME: 'Internal systems',
				PROJECTCATEGORY: 'Internal Non-billable',
				PROJECTSTATUS: 'Completed',
				CUSTOMERID: '',
				LOCATIONID: 'US',
				DEPARTMENTID: 'FIN',
				CURRENCY: 'USD',
				BEGINDATE: '06/01/2024',
				ENDDATE: '12/31/2024',
				MEGAENTITYID: '',
			},
		],
	},
	LINE_OF_BUSINESS: {
		idField: 'ID',
		display: ['ID', 'NAME'],
		rows: [
			{ ID: 'COWORK', NAME: 'Coworking' },
			{ ID: 'LEASING', NAME: 'Leasing' },
			{ ID: 'EVENTS', NAME: 'Events' },
		],
	},
	TAXDETAIL: {
		idField: 'DETAILID',
		display: ['DETAILID', 'TAXTYPE', 'VALUE'],
		rows: [
			{
				DETAILID: 'UK Sale Goods Standard Rate',
				DESCRIPTION: 'UK VAT 20% on sales',
				TAXTYPE: 'S',
				VALUE: '20',
				TAXSOLUTIONID: 'United Kingdom - VAT',
				GLACCOUNT: '2300',
			},
			{
				DETAILID: 'UK Sale Zero Rate',
				DESCRIPTION: 'UK VAT 0% on sales',
				TAXTYPE: 'S',
				VALUE: '0',
				TAXSOLUTIONID: 'United Kingdom - VAT',
				GLACCOUNT: '2300',
			},
			{
				DETAILID: 'UK Purchase Goods Standard Rate',
				DESCRIPTION: 'UK VAT 20% on purchases',
				TAXTYPE: 'P',
				VALUE: '20',
				TAXSOLUTIONID: 'United Kingdom - VAT',
				GLACCOUNT: '2310',
			},
			{
				DETAILID: 'UK Purchase Exempt',
				DESCRIPTION: 'UK VAT exempt purchases',
				TAXTYPE: 'P',
				VALUE: '0',
				TAXSOLUTIONID: 'United Kingdom - VAT',
				GLACCOUNT: '2310',
			},
		],
	},
	ARTERM: {
		idField: 'NAME',
		display: ['NAME', 'DUEDATE', 'DUEFROM'],
		rows: [
			{ NAME: 'Due on Receipt', DESCRIPTION: 'Payable on receipt', DUEDATE: '0', DUEFROM: 'from invoice date' },
			{ NAME: 'Net 15', DESCRIPTION: '15 days', DUEDATE: '15', DUEFROM: 'from invoice date' },
			{ NAME: 'Net 30', DESCRIPTION: '30 days', DUEDATE: '30', DUEFROM: 'from invoice date' },
			{ NAME: 'Net 45', DESCRIPTION: '45 days', DUEDATE: '45', DUEFROM: 'from invoice date' },
			{ NAME: 'Net 60', DESCRIPTION: '60 days', DUEDATE: '60', DUEFROM: 'from invoice date' },
		],
	},
	VENDOR: {
		idField: 'VENDORID',
		display: ['VENDORID', 'NAME', 'STATUS', 'CURRENCY', 'MEGAENTITYID'],
		rows: [
			{
				VENDORID: 'V-0001',
				NAME: 'Northwind Facilities',
				VENDTYPE: 'Services',
				TERMNAME: 'Net 30',
				CURRENCY: 'USD',
				ONHOLD: 'false',
				CONTACTNAME: 'Northwind Facilities(VV-0001)',
				PRINTAS: 'Northwind Facilities',
				EMAIL1: 'ar@northwind.example',
				PHONE1: '+1-555-0201',
				MEGAENTITYID: '',
				MEGAENTITYNAME: '',
			},
			{
				VENDORID: 'V-0002',
				NAME: 'Thames Cleaning Ltd',
				VENDTYPE: 'Services',
				TERMNAME: 'Net 15',
				CURRENCY: 'GBP',
				ONHOLD: 'false',
				CONTACTNAME: 'Thames Cleaning Ltd(VV-0002)',
				PRINTAS: 'Thames Cleaning Ltd',
				EMAIL1: 'accounts@thamesclean.example',
				PHONE1: '+44-20-5550-0202',
				MEGAENTITYID: 'UK',
				MEGAENTITYNAME: 'Sandbox UK',
			},
			{
				VENDORID: 'V-0003',
				NAME: 'Paper Trail Supplies',
				VENDTYPE: 'Supplies',
				TERMNAME: 'Net 30',
				CURRENCY: 'USD',
				ONHOLD: 'false',
				CONTACTNAME: 'Paper Trail Supplies(VV-0003)',
				PRINTAS: 'Paper Trail Supplies',
				EMAIL1: 'billing@papertrail.example',
				PHONE1: '+1-555-0203',
				MEGAENTITYID: '',
				MEGAENTITYNAME: '',
			},
			{
				VENDORID: 'V-0004',
				NAME: 'Metro Power & Light',
				VENDTYPE: 'Utilities',
				TERMNAME: 'Net 15',
				CURRENCY: 'USD',
				ONHOLD: 'false',
				CONTACTNAME: 'Metro Power & Light(VV-0004)',
				PRINTAS: 'Metro Power & Light',
				EMAIL1: 'bills@metropower.example',
				PHONE1: '+1-555-0204',
				MEGAENTITYID: 'US',
				MEGAENTITYNAME: 'Sandbox US',
			},
			{
				VENDORID: 'V-0005',
				NAME: 'Old Supplier Co',
				VENDTYPE: 'Supplies',
				TERMNAME: 'Net 30',
				CURRENCY: 'EUR',
				ONHOLD: 'true',
				STATUS: 'inactive',
				CONTACTNAME: 'Old Supplier Co(VV-0005)',
				PRINTAS: 'Old Supplier Co',
				EMAIL1: 'info@oldsupplier.example',
				PHONE1: '+49-30-5550-0205',
				MEGAENTITYID: '',
				MEGAENTITYNAME: '',
			},
		],
	},
	CONTACT: {
		idField: 'CONTACTNAME',
		display: ['CONTACTNAME', 'COMPANYNAME', 'EMAIL1'],
		rows: [
			{
				CONTACTNAME: 'Ada Park',
				PRINTAS: 'Ada Park',
				COMPANYNAME: 'Acme Coworking Ltd',
				FIRSTNAME: 'Ada',
				LASTNAME: 'Park',
				EMAIL1: 'ada@acme-cowork.example',
				PHONE1: '+1-555-0301',
				CITY: 'New York',
				COUNTRY: 'United States',
				MEGAENTITYID: '',
			},
			{
				CONTACTNAME: 'Tom Baker',
				PRINTAS: 'Tom Baker',
				COMPANYNAME: 'Brightside Studios',
				FIRSTNAME: 'Tom',
				LASTNAME: 'Baker',
				EMAIL1: 'tom@brightside.example',
				PHONE1: '+44-20-5550-0302',
				CITY: 'London',
				COUNTRY: 'United Kingdom',
				MEGAENTITYID: 'UK',
			},
			{
				CONTACTNAME: 'Rita Moreno',
				PRINTAS: 'Rita Moreno',
				COMPANYNAME: 'Northwind Facilities',
				FIRSTNAME: 'Rita',
				LASTNAME: 'Moreno',
				EMAIL1: 'rita@northwind.example',
				PHONE1: '+1-555-0303',
				CITY: 'Boston',
				COUNTRY: 'United States',
				MEGAENTITYID: '',
			},
		],
	},
	APBILL: {
		idField: 'RECORDID',
		display: ['RECORDID', 'VENDORID', 'STATE', 'CURRENCY', 'TOTALDUE'],
		rows: [
			{
				RECORDID: 'NWF-1001',
				VENDORID: 'V-0001',
				VENDORNAME: 'Northwind Facilities',
				DOCNUMBER: 'PO-77',
				DESCRIPTION: 'February facilities',
				TERMNAME: 'Net 30',
				STATE: 'Posted',
				WHENCREATED: '02/01/2025',
				WHENPOSTED: '02/01/2025',
				WHENDUE: '03/03/2025',
				CURRENCY: 'USD',
				BASECURR: 'USD',
				INCLUSIVETAX: 'false',
				TRX_TOTALENTERED: '1200.00',
				TOTALENTERED: '1200.00',
				TOTALPAID: '0.00',
				TOTALDUE: '1200.00',
				MEGAENTITYID: '',
			},
			{
				RECORDID: 'TC-2207',
				VENDORID: 'V-0002',
				VENDORNAME: 'Thames Cleaning Ltd',
				DOCNUMBER: '',
				DESCRIPTION: 'Office cleaning February',
				TERMNAME: 'Net 15',
				STATE: 'Posted',
				WHENCREATED: '02/05/2025',
				WHENPOSTED: '02/05/2025',
				WHENDUE: '02/20/2025',
				CURRENCY: 'GBP',
				BASECURR: 'GBP',
				INCLUSIVETAX: 'false',
				TRX_TOTALENTERED: '540.00',
				TOTALENTERED: '540.00',
				TOTALPAID: '0.00',
				TOTALDUE: '540.00',
				TAXSOLUTIONID: 'United Kingdom - VAT',
				MEGAENTITYID: 'UK',
			},
		],
	},
	GLBATCH: {
		idField: 'BATCHNO',
		display: ['BATCHNO', 'JOURNAL', 'BATCH_TITLE', 'STATE'],
		rows: [
			{
				BATCHNO: '1',
				JOURNAL: 'GJ',
				BATCH_TITLE: 'Opening accrual',
				BATCH_DATE: '02/28/2025',
				REFERENCENO: 'ACC-01',
				STATE: 'Posted',
				MEGAENTITYID: '',
			},
		],
	},
};

/** Lines of the seeded documents, keyed by the parent's collection. */
const LINES: Array<{ collection: string; display: string[]; rows: Fields[] }> = [
	{
		collection: 'APBILLITEM',
		display: ['RECORDKEY', 'LINE_NO', 'ACCOUNTNO', 'TRX_AMOUNT', 'LOCATIONID'],
		rows: [
			{
				RECORDKEY: '1',
				LINE_NO: '1',
				ACCOUNTNO: '5000',
				TRX_AMOUNT: '1000.00',
				ENTRYDESCRIPTION: 'Rent share',
				LOCATIONID: 'US-NYC',
				DEPARTMENTID: 'FAC',
			},
			{
				RECORDKEY: '1',
				LINE_NO: '2',
				ACCOUNTNO: '6100',
				TRX_AMOUNT: '200.00',
				ENTRYDESCRIPTION: 'Utilities',
				LOCATIONID: 'US-NYC',
				DEPARTMENTID: 'FAC',
			},
			{
				RECORDKEY: '2',
				LINE_NO: '1',
				ACCOUNTNO: '6200',
				TRX_AMOUNT: '450.00',
				ENTRYDESCRIPTION: 'Cleaning',
				LOCATIONID: 'UK-LON',
				TAXENTRIES: { TAXENTRY: { DETAILID: 'UK Purchase Goods Standard Rate', TRX_TAX: '90.00' } },
			},
		],
	},
	{ collection: 'APPYMT', display: ['VENDORID', 'STATE', 'TOTALENTERED'], rows: [] },
	{ collection: 'APPYMTDETAIL', display: ['PAYMENTKEY', 'RECORDKEY', 'TRX_PAYMENTAMOUNT'], rows: [] },
	{
		collection: 'GLENTRY',
		display: ['BATCHNO', 'LINE_NO', 'ACCOUNTNO', 'TR_TYPE', 'TRX_AMOUNT'],
		rows: [
			{
				BATCHNO: '1',
				LINE_NO: '1',
				ACCOUNTNO: '6100',
				TR_TYPE: '1',
				TRX_AMOUNT: '300.00',
				DESCRIPTION: 'Accrued utilities',
				LOCATION: 'US-NYC',
			},
			{
				BATCHNO: '1',
				LINE_NO: '2',
				ACCOUNTNO: '2000',
				TR_TYPE: '-1',
				TRX_AMOUNT: '300.00',
				DESCRIPTION: 'Accrued utilities',
				LOCATION: 'US-NYC',
			},
		],
	},
];

/** Documents have a STATE, not a STATUS. */
const NO_STATUS = new Set(['APBILL', 'GLBATCH']);

export function seedReference(store: RecordStore): void {
	let day = 1;
	for (const [collection, spec] of Object.entries(REF_SEED)) {
		if (!store.hasCollection(collection))
			store.defineCollection(collection, { idStart: 1, displayFields: spec.display });
		for (const row of spec.rows) {
			if (store.find(collection, (r) => r.fields[spec.idField] === row[spec.idField])) continue;
			const when = at(1 + (day++ % 27), 8 + (day % 9));
			store.insert(collection, NO_STATUS.has(collection) ? row : { STATUS: 'active', ...row }, {
				createdAt: when,
				modifiedAt: when,
			});
		}
	}
	for (const lines of LINES) {
		if (!store.hasCollection(lines.collection))
			store.defineCollection(lines.collection, { idStart: 1, displayFields: lines.display });
		for (const row of lines.rows) store.insert(lines.collection, row, { createdAt: at(28), modifiedAt: at(28) });
	}
}
