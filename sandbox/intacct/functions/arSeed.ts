import type { Fields, RecordStore } from '../../core/store';

/**
 * Seed data the receivables functions reference: GL accounts, locations, bank accounts, items and
 * Order Entry transaction definitions; plus the (empty) receivables collections. Defensive: a row
 * that another seed already inserted (same business ID) is not inserted twice.
 */
const CREATED = '2024-01-02T09:00:00Z';

export const AR_SEED_GL_ACCOUNTS: ReadonlyArray<{
	ACCOUNTNO: string;
	TITLE: string;
	ACCOUNTTYPE: string;
	NORMALBALANCE: string;
}> = [
	{ ACCOUNTNO: '1000', TITLE: 'Operating Cash', ACCOUNTTYPE: 'balancesheet', NORMALBALANCE: 'debit' },
	{ ACCOUNTNO: '1100', TITLE: 'Accounts Receivable', ACCOUNTTYPE: 'balancesheet', NORMALBALANCE: 'debit' },
	{ ACCOUNTNO: '1200', TITLE: 'Undeposited Funds', ACCOUNTTYPE: 'balancesheet', NORMALBALANCE: 'debit' },
	{ ACCOUNTNO: '2200', TITLE: 'Deferred Revenue', ACCOUNTTYPE: 'balancesheet', NORMALBALANCE: 'credit' },
	{ ACCOUNTNO: '2300', TITLE: 'Sales Tax / VAT Payable', ACCOUNTTYPE: 'balancesheet', NORMALBALANCE: 'credit' },
	{ ACCOUNTNO: '2400', TITLE: 'Customer Advances', ACCOUNTTYPE: 'balancesheet', NORMALBALANCE: 'credit' },
	{ ACCOUNTNO: '4000', TITLE: 'Membership Revenue', ACCOUNTTYPE: 'incomestatement', NORMALBALANCE: 'credit' },
	{ ACCOUNTNO: '4010', TITLE: 'Meeting Room Revenue', ACCOUNTTYPE: 'incomestatement', NORMALBALANCE: 'credit' },
	{ ACCOUNTNO: '4100', TITLE: 'Rental Income', ACCOUNTTYPE: 'incomestatement', NORMALBALANCE: 'credit' },
	{
		ACCOUNTNO: '4200',
		TITLE: 'Professional Services Revenue',
		ACCOUNTTYPE: 'incomestatement',
		NORMALBALANCE: 'credit',
	},
	{ ACCOUNTNO: '4900', TITLE: 'Sales Returns and Credits', ACCOUNTTYPE: 'incomestatement', NORMALBALANCE: 'debit' },
];

/** Locations below the two entities (entities themselves are locations too). */
export const AR_SEED_LOCATIONS: ReadonlyArray<{
	LOCATIONID: string;
	NAME: string;
	PARENTID: string;
	CURRENCY: string;
}> = [
	{ LOCATIONID: 'US', NAME: 'Sandbox US', PARENTID: '', CURRENCY: 'USD' },
	{ LOCATIONID: 'UK', NAME: 'Sandbox UK', PARENTID: '', CURRENCY: 'GBP' },
	{ LOCATIONID: 'US-NYC', NAME: 'New York', PARENTID: 'US', CURRENCY: 'USD' },
	{ LOCATIONID: 'US-SF', NAME: 'San Francisco', PARENTID: 'US', CURRENCY: 'USD' },
	{ LOCATIONID: 'UK-LON', NAME: 'London', PARENTID: 'UK', CURRENCY: 'GBP' },
];

export const AR_SEED_BANK_ACCOUNTS: ReadonlyArray<{
	BANKACCOUNTID: string;
	BANKNAME: string;
	CURRENCY: string;
	LOCATIONID: string;
}> = [
	{ BANKACCOUNTID: 'BOA-OPS', BANKNAME: 'Bank of America Operating', CURRENCY: 'USD', LOCATIONID: 'US' },
	{ BANKACCOUNTID: 'BARC-GBP', BANKNAME: 'Barclays GBP', CURRENCY: 'GBP', LOCATIONID: 'UK' },
];

export const AR_SEED_ITEMS: ReadonlyArray<{
	ITEMID: string;
	NAME: string;
	ITEMTYPE: string;
	BASEPRICE: string;
	GLACCOUNTNO: string;
}> = [
	{
		ITEMID: 'DESK-HOT',
		NAME: 'Hot desk (month)',
		ITEMTYPE: 'Non-Inventory (Sales only)',
		BASEPRICE: '250.00',
		GLACCOUNTNO: '4000',
	},
	{
		ITEMID: 'OFFICE-PRIV',
		NAME: 'Private office (month)',
		ITEMTYPE: 'Non-Inventory (Sales only)',
		BASEPRICE: '1800.00',
		GLACCOUNTNO: '4100',
	},
	{
		ITEMID: 'MEET-HR',
		NAME: 'Meeting room (hour)',
		ITEMTYPE: 'Non-Inventory (Sales only)',
		BASEPRICE: '45.00',
		GLACCOUNTNO: '4010',
	},
	{
		ITEMID: 'CONSULT-HR',
		NAME: 'Consulting (hour)',
		ITEMTYPE: 'Non-Inventory (Sales only)',
		BASEPRICE: '150.00',
		GLACCOUNTNO: '4200',
	},
	// Order Entry lines that carry discounts and tax (the OfficeRnD → Intacct sales invoice template uses them).
	{
		ITEMID: 'DISCOUNT',
		NAME: 'Discount',
		ITEMTYPE: 'Non-Inventory (Sales only)',
		BASEPRICE: '0.00',
		GLACCOUNTNO: '4900',
	},
	{
		ITEMID: 'VAT',
		NAME: 'VAT / sales tax',
		ITEMTYPE: 'Non-Inventory (Sales only)',
		BASEPRICE: '0.00',
		GLACCOUNTNO: '2300',
	},
];

/**
 * Order Entry transaction definitions (SODOCUMENTPARAMS). ASSUMED: which definitions post to AR
 * and their numbering prefixes are configuration in a real company.
 */
export const AR_SEED_SO_DEFINITIONS: ReadonlyArray<{
	DOCID: string;
	CATEGORY: string;
	POSTTOAR: string;
	PREFIX: string;
}> = [
	{ DOCID: 'Sales Quote', CATEGORY: 'Quote', POSTTOAR: 'false', PREFIX: 'SQ' },
	{ DOCID: 'Sales Order', CATEGORY: 'Order', POSTTOAR: 'false', PREFIX: 'SO' },
	{ DOCID: 'Sales Invoice', CATEGORY: 'Invoice', POSTTOAR: 'true', PREFIX: 'INV' },
	{ DOCID: 'Sales Credit Memo', CATEGORY: 'Return', POSTTOAR: 'true', PREFIX: 'SCM' },
];

function insertOnce(store: RecordStore, collection: string, idField: string, rows: ReadonlyArray<Fields>): void {
	for (const row of rows) {
		if (store.find(collection, (r) => r.fields[idField] === row[idField])) continue;
		store.insert(collection, { STATUS: 'active', ...row }, { createdAt: CREATED, modifiedAt: CREATED });
	}
}

export function seedReceivables(store: RecordStore): void {
	const ensure = (name: string, displayFields: string[]) => {
		if (!store.hasCollection(name)) store.defineCollection(name, { idStart: 1, displayFields });
	};
	ensure('GLACCOUNT', ['ACCOUNTNO', 'TITLE', 'ACCOUNTTYPE']);
	ensure('LOCATION', ['LOCATIONID', 'NAME', 'PARENTID']);
	ensure('CHECKINGACCOUNT', ['BANKACCOUNTID', 'BANKNAME', 'CURRENCY']);
	ensure('ITEM', ['ITEMID', 'NAME', 'BASEPRICE']);
	ensure('SODOCUMENTPARAMS', ['DOCID', 'CATEGORY', 'POSTTOAR']);
	insertOnce(store, 'GLACCOUNT', 'ACCOUNTNO', AR_SEED_GL_ACCOUNTS);
	insertOnce(store, 'LOCATION', 'LOCATIONID', AR_SEED_LOCATIONS);
	insertOnce(store, 'CHECKINGACCOUNT', 'BANKACCOUNTID', AR_SEED_BANK_ACCOUNTS);
	insertOnce(store, 'ITEM', 'ITEMID', AR_SEED_ITEMS);
	insertOnce(store, 'SODOCUMENTPARAMS', 'DOCID', AR_SEED_SO_DEFINITIONS);
	// Receivables documents start empty; RECORDNOs are deterministic from 1.
	ensure('ARINVOICE', ['RECORDID', 'CUSTOMERID', 'STATE', 'CURRENCY', 'TRX_TOTALENTERED', 'TRX_TOTALDUE', 'MODULEKEY']);
	ensure('ARINVOICEITEM', ['RECORDKEY', 'LINE_NO', 'ACCOUNTNO', 'TRX_AMOUNT', 'LOCATIONID']);
	ensure('ARADJUSTMENT', ['RECORDID', 'CUSTOMERID', 'STATE', 'TRX_TOTALENTERED', 'TRX_TOTALDUE']);
	ensure('ARADJUSTMENTITEM', ['RECORDKEY', 'LINE_NO', 'ACCOUNTNO', 'TRX_AMOUNT']);
	ensure('ARPYMT', ['CUSTOMERID', 'PAYMENTMETHOD', 'STATE', 'TRX_TOTALENTERED', 'OVERPAYMENTAMOUNT']);
	ensure('ARPYMTDETAIL', ['PAYMENTKEY', 'RECORDKEY', 'TRX_PAYMENTAMOUNT', 'ADJUSTMENTKEY', 'TRX_ADJUSTMENTAMOUNT']);
	ensure('ARADVANCE', ['CUSTOMERID', 'STATE', 'TRX_TOTALENTERED', 'TRX_TOTALDUE']);
	ensure('ARADVANCEITEM', ['RECORDKEY', 'ACCOUNTNO', 'TRX_AMOUNT']);
	ensure('SODOCUMENT', ['DOCID', 'CUSTVENDID', 'STATE', 'TRX_TOTAL', 'PRRECORDKEY']);
	ensure('SODOCUMENTENTRY', ['DOCHDRID', 'LINE_NO', 'ITEMID', 'QUANTITY', 'PRICE']);
}
