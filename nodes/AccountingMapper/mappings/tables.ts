import { z } from 'zod';

/**
 * The mapping tables a consultant fills in per client, and the settings beside them. Every table
 * row maps one source code ("source") to its target values. Rows are strict: a misspelt column
 * is an error, never an ignored value. Lookups that find no row raise MappingError (see
 * resolve.ts) and the item goes to "Needs mapping".
 */
const code = z.string().trim().min(1, 'must not be empty');
const optional = z
	.string()
	.trim()
	.optional()
	.transform((v) => (v === '' ? undefined : v));

export const AccountRow = z
	.object({
		/** Revenue account id, plan id, finance account id or symbol, account code, or a role such as "discount". */
		source: code,
		/** Intacct GL account number (AR/AP lines, advances). */
		glAccount: optional,
		/** Intacct item id (Order Entry lines; Re-Leased's "[s]"/"[p]" items). */
		itemId: optional,
		/** The target's own id when the target is not Intacct (Scoro finance account id, Re-Leased account code). */
		target: optional,
	})
	.strict();

export const TaxRow = z
	.object({
		source: code,
		/** Intacct TAXDETAIL DETAILID (taxentries, and tax lines' memo). */
		taxDetailId: optional,
		/** GL account that tax lines post to when taxes are written as lines. */
		taxGlAccount: optional,
		/** Order Entry item that carries tax as a line. */
		taxItemId: optional,
		/** The target's own id when the target is not Intacct (Scoro VAT code id, Re-Leased tax type). */
		target: optional,
	})
	.strict();

export const DimensionRow = z
	.object({
		/** Location (OfficeRnD), property (Re-Leased), accounting object or business entity (Scoro). */
		source: code,
		entity: optional,
		locationId: optional,
		departmentId: optional,
		classId: optional,
		projectId: optional,
		/** User-defined dimensions as "GLDIMNAME=value" pairs separated by ";" or newlines. */
		udds: optional,
		target: optional,
	})
	.strict();

export const PaymentMethodRow = z
	.object({
		/** The source's payment method or payment account (OfficeRnD charge account, Scoro payment type). */
		source: code,
		/** Intacct PAYMENTMETHOD. */
		paymentMethod: z.enum(['Printed Check', 'Cash', 'EFT', 'Credit Card', 'Online Charge Card', 'Online ACH Debit']),
		/** Intacct checking/savings account (FINANCIALENTITY). */
		bankAccountId: optional,
		/** Undeposited funds GL account, used when no bank account is given. */
		undepositedAccountNo: optional,
		/** GL account of the bank or clearing account money leaves through: the line of a refund's debit memo. */
		glAccount: optional,
	})
	.strict();

export const CrossReferenceRow = z
	.object({
		/** The id in the source system. */
		source: code,
		/** The id in the target system (Intacct CUSTOMERID or RECORDNO, OfficeRnD _id, ...). */
		target: code,
		/** For document links: the Intacct customer or vendor of the linked document. */
		partyId: optional,
	})
	.strict();

export const StatusRow = z
	.object({
		source: code,
		target: code,
	})
	.strict();

export const Settings = z
	.object({
		/** sourceRate: send the source's exchange rate; rateType: let Intacct use a rate type; none: send no rate. */
		currencyPolicy: z.enum(['sourceRate', 'rateType', 'none']).default('sourceRate'),
		rateType: optional,
		/** The Intacct company's (or entity's) base currency; same-currency documents send no rate. */
		baseCurrency: z
			.string()
			.trim()
			.regex(/^([A-Z]{3})?$/, 'must be an ISO currency code such as USD')
			.optional()
			.transform((v) => (v === '' ? undefined : v)),
		/** table: look up the customers table; sourceId: prefix + source id; autoNumber: Intacct numbers the customer. */
		customerIdStrategy: z.enum(['table', 'sourceId', 'autoNumber']).default('sourceId'),
		customerIdPrefix: z.string().default(''),
		/** source: the source's document number is written; target: the target numbers the document. */
		numberingOwner: z.enum(['source', 'target']).default('source'),
		defaultTerm: optional,
		/** Draft or Submit, when no status row decides. */
		defaultAction: z.enum(['Draft', 'Submit']).default('Submit'),
		/** taxLines: one GL line per taxed line (valid for every company); taxEntries: Intacct taxentries (VAT companies). */
		taxHandling: z.enum(['taxLines', 'taxEntries']).default('taxLines'),
		taxSolutionId: optional,
		/** Order Entry transaction definition for sales invoices. */
		oeTransactionType: z.string().trim().min(1).default('Sales Invoice'),
		/** Memo of document lines; placeholders {description} {number} {reference} {period} {lineNo}. */
		memoTemplate: z.string().default('{description}'),
		/** Which OfficeRnD line field keys the accounts table: the revenue account or the plan. */
		accountKey: z.enum(['account', 'plan']).default('account'),
		/** Intacct company id, written into the OfficeRnD accounting sync status. */
		externalOrgId: optional,
	})
	.strict();

export const MappingTables = z
	.object({
		accounts: z.array(AccountRow).default([]),
		taxCodes: z.array(TaxRow).default([]),
		dimensions: z.array(DimensionRow).default([]),
		paymentMethods: z.array(PaymentMethodRow).default([]),
		customers: z.array(CrossReferenceRow).default([]),
		documentLinks: z.array(CrossReferenceRow).default([]),
		statuses: z.array(StatusRow).default([]),
		settings: Settings.default({}),
	})
	.strict();

export type MappingTables = z.infer<typeof MappingTables>;
export type TableName = Exclude<keyof MappingTables, 'settings'>;
export type Settings = z.infer<typeof Settings>;

/** The names users see for each table, used in every "Needs mapping" message. */
export const TABLE_LABELS: Record<TableName, string> = {
	accounts: 'accounts (GL accounts / items)',
	taxCodes: 'taxCodes (tax codes)',
	dimensions: 'dimensions (locations and properties to entity and dimensions)',
	paymentMethods: 'paymentMethods (payment methods and bank accounts)',
	customers: 'customers (customer and vendor ids)',
	documentLinks: 'documentLinks (documents already synced)',
	statuses: 'statuses (status rules)',
};

/** Validates tables from the UI or from JSON; the message names the table, the row and the column. */
export function parseMappingTables(input: unknown): MappingTables {
	const parsed = MappingTables.safeParse(input ?? {});
	if (parsed.success) {
		for (const name of Object.keys(TABLE_LABELS) as TableName[]) {
			const seen = new Set<string>();
			for (const [i, row] of parsed.data[name].entries()) {
				if (seen.has(row.source)) {
					throw new MappingTablesError(
						`Mapping table "${name}" row ${i + 1}: source "${row.source}" appears twice; keep one row per source`,
					);
				}
				seen.add(row.source);
			}
		}
		return parsed.data;
	}
	const issues = parsed.error.issues.map((issue) => {
		const [table, row, ...rest] = issue.path;
		const where =
			typeof row === 'number'
				? `Mapping table "${String(table)}" row ${row + 1}${rest.length ? `, column "${rest.join('.')}"` : ''}`
				: `Mapping tables${issue.path.length ? ` at "${issue.path.join('.')}"` : ''}`;
		return `${where}: ${issue.message}`;
	});
	throw new MappingTablesError(issues.join('; '));
}

/** A mapping table that cannot be read (bad JSON, a misspelt column): a configuration error. */
export class MappingTablesError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'MappingTablesError';
	}
}

/** JSON tables as a value or as text; text that is not JSON is a MappingTablesError. */
export function tablesFromJson(value: unknown): unknown {
	if (typeof value === 'string') {
		if (!value.trim()) return {};
		let failure: string | undefined;
		let parsed: unknown;
		try {
			parsed = JSON.parse(value) as unknown;
		} catch (error) {
			failure = (error as Error).message;
		}
		if (failure !== undefined) throw new MappingTablesError(`Mapping tables (JSON): not valid JSON: ${failure}`);
		return parsed;
	}
	return value;
}
