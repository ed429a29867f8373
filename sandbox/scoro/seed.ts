import type { Fields, RecordStore } from '../core/store';
import { withTotals } from './documents';
import { SCORO_MODULES } from './modules';

/** What the Scoro sandbox accepts. Nothing here is a real secret: it only opens the local simulator. */
export const SCORO_SANDBOX_CREDENTIALS = {
	apiKey: 'ScoroAPI_sandbox_0123456789abcdef',
	companyAccountId: 'sandbox',
	language: 'eng',
} as const;

/** Domains verified for webhooks on start (notes §5: Scoro accepts webhook URLs on verified domains only). */
export const SCORO_DEFAULT_VERIFIED_DOMAINS = ['127.0.0.1', 'localhost'];

interface SeedRow {
	id: number;
	created: string;
	modified?: string;
	fields: Fields;
}

function line(
	id: number,
	comment: string,
	price: number,
	amount: number,
	finance_account_id: number,
	vat_code_id: number,
	extra: Fields = {},
): Fields {
	return {
		id,
		product_id: null,
		comment,
		price,
		amount,
		discount: 0,
		unit: 'h',
		finance_account_id,
		vat_code_id,
		finance_object_id: null,
		project_id: null,
		...extra,
	};
}

const FINANCE_ACCOUNTS: SeedRow[] = [
	{
		id: 1,
		created: '2026-01-05T09:00:00Z',
		fields: {
			account_symbol: '4000',
			name: 'Sales',
			is_active: true,
			is_sales_account: true,
			is_purchases_account: false,
			parent_id: null,
		},
	},
	{
		id: 2,
		created: '2026-01-05T09:00:00Z',
		fields: {
			account_symbol: '4100',
			name: 'Consulting revenue',
			is_active: true,
			is_sales_account: true,
			is_purchases_account: false,
			parent_id: null,
		},
	},
	{
		id: 3,
		created: '2026-01-05T09:00:00Z',
		fields: {
			account_symbol: '5000',
			name: 'Cost of services',
			is_active: true,
			is_sales_account: false,
			is_purchases_account: true,
			parent_id: null,
		},
	},
	{
		id: 4,
		created: '2026-01-05T09:00:00Z',
		fields: {
			account_symbol: '6100',
			name: 'Software subscriptions',
			is_active: true,
			is_sales_account: false,
			is_purchases_account: true,
			parent_id: null,
		},
	},
	{
		id: 5,
		created: '2026-01-05T09:00:00Z',
		fields: {
			account_symbol: '6900',
			name: 'Old expenses (pre-Intacct)',
			is_active: false,
			is_sales_account: false,
			is_purchases_account: true,
			parent_id: null,
		},
	},
];

const VAT_CODES: SeedRow[] = [
	{
		id: 1,
		created: '2026-01-05T09:00:00Z',
		fields: {
			vat_code: 'STD20',
			percent: 20,
			vat_name: 'Standard 20%',
			is_sales: true,
			is_purchases: true,
			is_active: true,
			is_not_applicable: false,
		},
	},
	{
		id: 2,
		created: '2026-01-05T09:00:00Z',
		fields: {
			vat_code: 'RED5',
			percent: 5,
			vat_name: 'Reduced 5%',
			is_sales: true,
			is_purchases: true,
			is_active: true,
			is_not_applicable: false,
		},
	},
	{
		id: 3,
		created: '2026-01-05T09:00:00Z',
		fields: {
			vat_code: 'ZERO',
			percent: 0,
			vat_name: 'Zero rated',
			is_sales: true,
			is_purchases: true,
			is_active: true,
			is_not_applicable: false,
		},
	},
	{
		id: 4,
		created: '2026-01-05T09:00:00Z',
		fields: {
			vat_code: 'EXEMPT',
			percent: 0,
			vat_name: 'Exempt',
			is_sales: true,
			is_purchases: false,
			is_active: true,
			is_not_applicable: true,
		},
	},
];

const FINANCE_OBJECTS: SeedRow[] = [
	{
		id: 1,
		created: '2026-01-05T09:00:00Z',
		fields: { object_symbol: 'DEPT-100', name: 'Consulting', parent_group_name: 'Department' },
	},
	{
		id: 2,
		created: '2026-01-05T09:00:00Z',
		fields: { object_symbol: 'DEPT-200', name: 'Design', parent_group_name: 'Department' },
	},
	{
		id: 3,
		created: '2026-01-05T09:00:00Z',
		fields: { object_symbol: 'LOC-LON', name: 'London', parent_group_name: 'Location' },
	},
	{
		id: 4,
		created: '2026-01-05T09:00:00Z',
		fields: { object_symbol: 'LOC-NYC', name: 'New York', parent_group_name: 'Location' },
	},
];

const CONTACTS: SeedRow[] = [
	{
		id: 1,
		created: '2026-02-01T10:00:00Z',
		fields: {
			name: 'Acme Consulting Ltd',
			contact_type: 'company',
			id_code: 'GB-0101',
			vatno: 'GB101010101',
			is_client: true,
			is_supplier: false,
			addresses: [
				{ country: 'GBR', city: 'London', street: '1 High St', zipcode: 'EC1A 1AA', county: '', municipality: '' },
			],
			means_of_contact: { email: ['billing@acme.example'] },
		},
	},
	{
		id: 2,
		created: '2026-02-01T10:05:00Z',
		fields: {
			name: 'Globex Corporation',
			contact_type: 'company',
			id_code: 'US-2020',
			vatno: '',
			is_client: true,
			is_supplier: false,
			addresses: [
				{ country: 'USA', city: 'New York', street: '5 Main St', zipcode: '10001', county: 'NY', municipality: '' },
			],
			means_of_contact: { email: ['ap@globex.example'] },
		},
	},
	{
		id: 3,
		created: '2026-02-01T10:10:00Z',
		fields: {
			name: 'Initech Software',
			contact_type: 'company',
			id_code: 'GB-3030',
			vatno: 'GB303030303',
			is_client: false,
			is_supplier: true,
			addresses: [],
			means_of_contact: {},
		},
	},
	{
		id: 4,
		created: '2026-02-01T10:15:00Z',
		fields: {
			name: 'Umbrella Office Supplies',
			contact_type: 'company',
			id_code: 'GB-4040',
			vatno: 'GB404040404',
			is_client: false,
			is_supplier: true,
			addresses: [],
			means_of_contact: {},
		},
	},
	{
		id: 5,
		created: '2026-02-01T10:20:00Z',
		fields: {
			name: 'Jane',
			lastname: 'Doe',
			contact_type: 'person',
			is_client: true,
			is_supplier: false,
			related_companies: [1],
			means_of_contact: { email: ['jane.doe@acme.example'] },
		},
	},
	{
		id: 6,
		created: '2026-02-01T10:25:00Z',
		fields: {
			name: 'Sam',
			lastname: 'Lee',
			contact_type: 'person',
			is_client: true,
			is_supplier: false,
			related_companies: [2],
			means_of_contact: { email: ['sam.lee@globex.example'] },
		},
	},
];

const PROJECTS: SeedRow[] = [
	{
		id: 1,
		created: '2026-03-01T08:00:00Z',
		fields: {
			no: 1,
			project_name: 'Acme ERP rollout',
			company_id: 1,
			status: 'inprogress',
			manager_id: 1,
			date: '2026-03-01',
			deadline: '2026-12-31',
			budget_type: 'simple',
		},
	},
	{
		id: 2,
		created: '2026-03-02T08:00:00Z',
		fields: {
			no: 2,
			project_name: 'Globex brand refresh',
			company_id: 2,
			status: 'pending',
			manager_id: 1,
			date: '2026-04-01',
			deadline: '2026-09-30',
			budget_type: 'quote',
		},
	},
	{
		id: 3,
		created: '2026-03-03T08:00:00Z',
		fields: {
			no: 3,
			project_name: 'Internal tooling',
			company_id: null,
			status: 'completed',
			manager_id: 2,
			date: '2026-01-10',
			deadline: '2026-02-28',
			budget_type: 'simple',
		},
	},
];

const USERS: SeedRow[] = [
	{
		id: 1,
		created: '2026-01-01T00:00:00Z',
		fields: { firstname: 'Ada', lastname: 'Admin', email: 'ada@sandbox.example', is_active: true },
	},
	{
		id: 2,
		created: '2026-01-01T00:00:00Z',
		fields: { firstname: 'Ben', lastname: 'Billing', email: 'ben@sandbox.example', is_active: true },
	},
];

/** Invoice seeds: amounts are computed from the lines by the same code the API uses (documents.ts). */
const INVOICES: SeedRow[] = [
	{
		id: 1,
		created: '2026-09-01T09:00:00Z',
		fields: {
			no: 1001,
			company_id: 1,
			person_id: 5,
			project_id: 1,
			date: '2026-09-01',
			deadline: '2026-09-15',
			currency: 'GBP',
			currency_rate: 1,
			status: 'paid',
			payment_type: 'banktransfer',
			reference_no: 'RF-1001',
			description: 'September retainer',
			account_id: 'sandbox',
			credited_invoices: [],
			lines: [line(1, 'Consulting, September', 150, 20, 2, 1, { finance_object_id: 1, project_id: 1 })],
		},
	},
	{
		id: 2,
		created: '2026-09-05T09:00:00Z',
		fields: {
			no: 1002,
			company_id: 2,
			person_id: 6,
			project_id: 2,
			date: '2026-09-05',
			deadline: '2026-10-05',
			currency: 'USD',
			currency_rate: 1.27,
			status: 'unpaid',
			payment_type: 'banktransfer',
			reference_no: 'RF-1002',
			description: 'Brand workshop',
			account_id: 'sandbox',
			credited_invoices: [],
			lines: [
				line(2, 'Workshop day', 1200, 2, 2, 3, { finance_object_id: 2, project_id: 2 }),
				line(3, 'Travel', 340, 1, 1, 3),
			],
		},
	},
	{
		id: 3,
		created: '2026-09-10T09:00:00Z',
		fields: {
			no: 1003,
			company_id: 1,
			person_id: 5,
			project_id: 1,
			date: '2026-09-10',
			deadline: '2026-09-24',
			currency: 'GBP',
			currency_rate: 1,
			status: 'unpaid',
			payment_type: 'banktransfer',
			reference_no: 'RF-1003',
			description: 'Implementation phase 1',
			account_id: 'sandbox',
			credited_invoices: [],
			lines: [
				line(4, 'Implementation', 150, 40, 2, 1, { finance_object_id: 1, project_id: 1 }),
				line(5, 'Licences', 25, 10, 1, 1),
				line(6, 'Expenses', 80, 1, 1, 4),
			],
		},
	},
	// Credit invoice of invoice 3 (notes §3.1: credited_invoices points at the credited invoice).
	{
		id: 4,
		created: '2026-09-20T09:00:00Z',
		fields: {
			no: 1004,
			company_id: 1,
			person_id: 5,
			project_id: 1,
			date: '2026-09-20',
			deadline: '2026-09-20',
			currency: 'GBP',
			currency_rate: 1,
			status: 'unpaid',
			payment_type: 'credit',
			reference_no: 'RF-1003',
			description: 'Credit: licences returned',
			account_id: 'sandbox',
			credited_invoices: [3],
			lines: [line(7, 'Licences returned', 25, -4, 1, 1)],
		},
	},
	{
		id: 5,
		created: '2026-10-01T09:00:00Z',
		fields: {
			no: 1005,
			company_id: 2,
			person_id: 6,
			project_id: 2,
			date: '2026-10-01',
			deadline: '2026-10-31',
			currency: 'USD',
			currency_rate: 1.26,
			status: 'unpaid',
			payment_type: 'banktransfer',
			reference_no: 'RF-1005',
			description: 'Design sprint',
			account_id: 'sandbox',
			credited_invoices: [],
			lines: [line(8, 'Design sprint', 900, 5, 2, 3, { finance_object_id: 2, project_id: 2 })],
		},
	},
	// A second credit invoice, crediting invoice 2 in full.
	{
		id: 6,
		created: '2026-10-03T09:00:00Z',
		fields: {
			no: 1006,
			company_id: 2,
			person_id: 6,
			project_id: 2,
			date: '2026-10-03',
			deadline: '2026-10-03',
			currency: 'USD',
			currency_rate: 1.26,
			status: 'unpaid',
			payment_type: 'credit',
			reference_no: 'RF-1002',
			description: 'Credit: travel not billable',
			account_id: 'sandbox',
			credited_invoices: [2],
			lines: [line(9, 'Travel credited', 340, -1, 1, 3)],
		},
	},
	{
		id: 7,
		created: '2026-10-06T09:00:00Z',
		fields: {
			no: 1007,
			company_id: 1,
			person_id: null,
			project_id: null,
			date: '2026-10-06',
			deadline: '2026-10-20',
			currency: 'GBP',
			currency_rate: 1,
			status: 'unpaid',
			payment_type: 'cardpayment',
			reference_no: 'RF-1007',
			description: 'Training',
			account_id: 'sandbox',
			credited_invoices: [],
			lines: [line(10, 'Training seats', 300, 3, 1, 2, { finance_object_id: 3 })],
		},
	},
];

const BILLS: SeedRow[] = [
	{
		id: 1,
		created: '2026-09-02T12:00:00Z',
		fields: {
			no: 'INI-5001',
			company_id: 3,
			date: '2026-09-02',
			deadline: '2026-10-02',
			currency: 'GBP',
			currency_rate: 1,
			status: 'paid',
			payment_type: 'banktransfer',
			reference_no: 'INI-5001',
			description: 'Dev tooling licences',
			account_id: 'sandbox',
			project_id: -1,
			is_chargeable: false,
			lines: [
				line(1, 'IDE licences', 40, 10, 4, 1, { project_id: 3 }),
				line(2, 'CI minutes', 0.01, 20000, 4, 1, { project_id: 3 }),
			],
		},
	},
	{
		id: 2,
		created: '2026-09-12T12:00:00Z',
		fields: {
			no: 'UMB-0777',
			company_id: 4,
			date: '2026-09-12',
			deadline: '2026-10-12',
			currency: 'GBP',
			currency_rate: 1,
			status: 'unpaid',
			payment_type: 'banktransfer',
			reference_no: 'UMB-0777',
			description: 'Office supplies',
			account_id: 'sandbox',
			project_id: null,
			is_chargeable: false,
			lines: [line(3, 'Paper and toner', 120, 1, 3, 1, { finance_object_id: 3 })],
		},
	},
	{
		id: 3,
		created: '2026-10-02T12:00:00Z',
		fields: {
			no: 'INI-5002',
			company_id: 3,
			date: '2026-10-02',
			deadline: '2026-11-01',
			currency: 'GBP',
			currency_rate: 1,
			status: 'unpaid',
			payment_type: 'banktransfer',
			reference_no: 'INI-5002',
			description: 'Subcontracted design',
			account_id: 'sandbox',
			project_id: 2,
			is_chargeable: true,
			lines: [line(4, 'Design subcontract', 500, 4, 3, 3, { finance_object_id: 2, project_id: 2 })],
		},
	},
	{
		id: 4,
		created: '2026-10-08T12:00:00Z',
		fields: {
			no: 'UMB-0790',
			company_id: 4,
			date: '2026-10-08',
			deadline: '2026-11-07',
			currency: 'GBP',
			currency_rate: 1,
			status: 'unpaid',
			payment_type: 'cash',
			reference_no: 'UMB-0790',
			description: 'Coffee machine',
			account_id: 'sandbox',
			project_id: null,
			is_chargeable: false,
			lines: [line(5, 'Coffee machine', 350, 1, 3, 1)],
		},
	},
];

const PREPAYMENTS: SeedRow[] = [
	{
		id: 1,
		created: '2026-10-04T09:00:00Z',
		fields: {
			no: 9001,
			company_id: 2,
			date: '2026-10-04',
			deadline: '2026-10-11',
			currency: 'USD',
			currency_rate: 1.26,
			status: 'unpaid',
			prepayment_percent: 30,
			description: 'Deposit for design sprint',
			account_id: 'sandbox',
			lines: [line(1, 'Deposit 30%', 1350, 1, 2, 3)],
		},
	},
];

/** Receipt groups (notes §3.3). Invoice 1 and bill 1 are paid by these. */
const RECEIPTS: SeedRow[] = [
	{
		id: 1,
		created: '2026-09-14T15:00:00Z',
		fields: {
			date: '2026-09-14',
			contact_id: 1,
			sum: 3600,
			currency: 'GBP',
			sales_doc_type: 'invoices',
			receipt_account_id: 1,
			receipts: [{ receipt_id: 1, date: '2026-09-14', invoice_id: 1, prepayment_id: null, sum: 3600 }],
		},
	},
	{
		id: 2,
		created: '2026-09-30T15:00:00Z',
		fields: {
			date: '2026-09-30',
			contact_id: 3,
			sum: 720,
			currency: 'GBP',
			sales_doc_type: 'bills',
			receipt_account_id: 1,
			receipts: [{ receipt_id: 2, date: '2026-09-30', invoice_id: 1, prepayment_id: null, sum: 720 }],
		},
	},
	{
		id: 3,
		created: '2026-10-10T15:00:00Z',
		fields: {
			date: '2026-10-10',
			contact_id: 2,
			sum: 1000,
			currency: 'USD',
			sales_doc_type: 'invoices',
			receipt_account_id: 2,
			receipts: [{ receipt_id: 3, date: '2026-10-10', invoice_id: 2, prepayment_id: null, sum: 1000 }],
		},
	},
];

/**
 * Bookmarks: saved filters of one list module (row shape ASSUMED, contract.ts). "Send to Intacct"
 * is the kind of bookmark Scoro's own Intacct sync uses to send only some documents (seed 004).
 */
const BOOKMARKS: SeedRow[] = [
	{
		id: 1,
		created: '2026-08-01T09:00:00Z',
		fields: { name: 'Send to Intacct: Acme Consulting', module: 'invoices', filter: { company_id: 1 } },
	},
	{
		id: 2,
		created: '2026-08-01T09:05:00Z',
		fields: { name: 'Unpaid bills', module: 'bills', filter: { status: 'unpaid' } },
	},
	{
		id: 3,
		created: '2026-08-01T09:10:00Z',
		fields: { name: 'Clients', module: 'contacts', filter: { is_client: true } },
	},
];

export const SCORO_SEED = {
	financeAccounts: FINANCE_ACCOUNTS,
	vatCodes: VAT_CODES,
	financeObjects: FINANCE_OBJECTS,
	contacts: CONTACTS,
	projects: PROJECTS,
	users: USERS,
	invoices: INVOICES,
	bills: BILLS,
	prepayments: PREPAYMENTS,
	receipts: RECEIPTS,
	bookmarks: BOOKMARKS,
} as const;

/**
 * Deterministic seed. Document totals (sum, vat_sum, paid_sum) are filled by `finish`, the same
 * function the API's modify uses, so seeded and written records always agree.
 */
export function seedScoro(store: RecordStore, finish: (store: RecordStore) => void): void {
	for (const [module, spec] of Object.entries(SCORO_MODULES)) {
		store.defineCollection(module, { idStart: 1, displayFields: spec.displayFields });
	}
	store.defineCollection('webhooks', { idStart: 1, displayFields: ['module', 'action', 'url'] });
	for (const [module, rows] of Object.entries(SCORO_SEED)) {
		for (const row of rows as readonly SeedRow[]) {
			store.insert(module, row.fields, {
				id: String(row.id),
				createdAt: row.created,
				modifiedAt: row.modified ?? row.created,
			});
		}
	}
	finish(store);
}

/* ------------------------------------------------------------------ bulk seed (fault suite) */

/**
 * Bulk source data for load and fault tests (test/faults): `count` unpaid GBP invoices of Acme
 * Consulting Ltd (contact 1), numbered from 20001, dated from 2026-09-02, one line each on the
 * finance account, VAT code and cost object the templates' seeded mapping rows cover (like seed
 * invoice 1007), amounts varied by index and seed. Totals come from the API's own withTotals.
 * Deterministic for a given (count, seed); appends after earlier bulk invoices. Returns the ids.
 */
export function bulkSeedScoro(store: RecordStore, opts: { count: number; seed?: number }): { invoices: string[] } {
	const count = Math.max(0, Math.min(5000, Math.floor(opts.count)));
	const seed = opts.seed ?? 1;
	const existing = store.list('invoices').filter((r) => Number(r.fields.no) > 20000).length;
	const out: string[] = [];
	let lineId = 100_000 + existing;
	for (let k = 0; k < count; k++) {
		const i = existing + k + 1;
		const day = 2 + (i % 27);
		const date = `2026-09-${String(day).padStart(2, '0')}`;
		const created = `${date}T09:00:00Z`;
		const price = 100 + ((i * 37 + seed * 11) % 900);
		const fields: Fields = {
			no: 20000 + i,
			company_id: 1,
			person_id: null,
			project_id: null,
			date,
			deadline: '2026-10-31',
			currency: 'GBP',
			currency_rate: 1,
			status: 'unpaid',
			payment_type: 'banktransfer',
			reference_no: `RF-B${20000 + i}`,
			description: `Bulk invoice ${20000 + i}`,
			account_id: 'sandbox',
			credited_invoices: [],
			lines: [line(++lineId, `Training seats B${i}`, price, 1 + (i % 3), 1, 2, { finance_object_id: 3 })],
		};
		const r = store.insert('invoices', withTotals(store, fields), { createdAt: created, modifiedAt: created });
		out.push(r.id);
	}
	return { invoices: out };
}
