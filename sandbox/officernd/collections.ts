import { DateTime } from 'luxon';
import { z } from 'zod';
import { ISO_4217 } from '../../nodes/shared/validate';

/**
 * The simulated v2 collections: path, scopes, the filters each list accepts, and the write bodies
 * (strict: an unknown property is a 400 "property X should not exist", as observed in reference §6).
 */
export interface CollectionSpec {
	/** Store collection and URL segment, e.g. 'payments'. */
	name: string;
	/** Scope prefix, e.g. 'flex.billing.payments'. */
	scope: string;
	/** Two hex characters that make this collection's ObjectIds distinct. */
	idCode: string;
	/** Plain filter fields accepted on GET list (besides $-parameters). */
	filters: string[];
	create?: z.ZodTypeAny;
	update?: z.ZodTypeAny;
	canDelete?: boolean;
	canGetOne?: boolean;
	/** Webhook event prefix for changes (reference §4.2); none = no events. */
	eventPrefix?: string;
	displayFields: string[];
}

const id = z.string().regex(/^[0-9a-f]{24}$/, 'must be a mongodb id');
/**
 * NestJS's IsDateString (ISO 8601, strict): a real calendar date, so 2025-02-30 is a 400 like the
 * real API's "must be a valid ISO 8601 date string", never moved to March as Date.parse would.
 */
export function isStrictIsoDate(v: string): boolean {
	return (
		/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v) &&
		DateTime.fromISO(v, { setZone: true }).isValid &&
		!/T24/.test(v)
	);
}
const date = z.string().refine(isStrictIsoDate, 'must be a valid ISO 8601 date string');
/** Reference §2: documents carry an ISO 4217 currency such as "USD". */
const currency = z.string().refine((v) => ISO_4217.has(v), 'currency must be a valid ISO 4217 currency code');
const props = z.record(z.union([z.string(), z.number(), z.boolean(), z.null()]));
const accounting = z
	.object({
		provider: z.string().min(1),
		externalOrgId: z.string().min(1),
		providerId: z.string().optional().nullable(),
		deepLink: z.string().optional().nullable(),
		lastSync: date.optional().nullable(),
		error: z.string().optional().nullable(),
	})
	.strict();
export const accountingSchema = accounting;

const address = z
	.object({ country: z.string(), state: z.string(), city: z.string(), street: z.string(), zip: z.string() })
	.partial()
	.strict();

const line = z
	.object({
		description: z.string().min(1),
		quantity: z.number().positive().default(1),
		unitPrice: z.number(),
		discountAmount: z.number().min(0).optional(),
		taxRate: id.optional().nullable(),
		account: id.optional().nullable(),
		plan: id.optional().nullable(),
		fee: id.optional().nullable(),
		location: id.optional().nullable(),
		memberships: z.array(id).optional(),
		startDate: date.optional().nullable(),
		endDate: date.optional().nullable(),
	})
	.strict();

const paymentWrite = {
	number: z.string().min(1),
	date,
	dueDate: date,
	company: id.nullable(),
	member: id.nullable(),
	location: id,
	reference: z.string(),
	taxType: z.enum(['included', 'excluded', 'noTax']),
	currency,
	lines: z.array(line).min(1),
	status: z.enum(['draft', 'pending', 'awaiting_payment', 'voided']),
	accounting: accounting.nullable(),
	properties: props,
};

const companyWrite = {
	name: z.string().min(1),
	description: z.string(),
	email: z.string().email(),
	url: z.string(),
	startDate: date,
	location: id,
	address,
	status: z.enum(['active', 'former', 'pending', 'inactive', 'not_approved', 'drop-in', 'lead']),
	billingDetails: z
		.object({
			billingName: z.string(),
			vatNumber: z.string(),
			registrationNumber: z.string(),
			paymentMethod: z.string(),
			billingAddress: address,
		})
		.partial()
		.strict(),
	tags: z.array(z.string()),
	properties: props,
};

const memberWrite = {
	name: z.string().min(1),
	email: z.string().email(),
	phone: z.string(),
	company: id.nullable(),
	location: id,
	startDate: date,
	status: z.enum(['active', 'former', 'pending', 'contact', 'lead', 'drop-in']),
	address,
	tags: z.array(z.string()),
	properties: props,
};

const chargeWrite = {
	payment: id,
	amount: z.number(),
	currency,
	account: z.string(),
	reference: z.string(),
	date,
	status: z.enum(['pending', 'fail', 'success', 'refund']),
	providerChargeReference: z.string(),
	/** ASSUMED writable: the integration a charge came from (reference §2.2 lists it as a filter and field). */
	source: z.string().min(1),
	accounting: accounting.nullable(),
};

const feeWrite = {
	name: z.string().min(1),
	issueDate: date,
	location: id,
	plan: id,
	price: z.number(),
	member: id.nullable(),
	company: id.nullable(),
	quantity: z.number().positive(),
	shouldBillInAdvance: z.boolean(),
	isPersonal: z.boolean(),
	shouldUseCoins: z.boolean(),
	properties: props,
};

const webhookCreate = z
	.object({
		url: z.string().url(),
		eventTypes: z.array(z.string().min(1)).min(1),
		description: z.string().optional(),
		isEnabled: z.boolean().optional(),
	})
	.strict();

function createSchema<T extends z.ZodRawShape>(shape: T, required: Array<keyof T>) {
	const partial = z.object(shape).partial().strict();
	return partial.superRefine((value, ctx) => {
		for (const key of required) {
			const v = (value as Record<string, unknown>)[key as string];
			if (v === undefined || v === null || v === '') {
				ctx.addIssue({ code: z.ZodIssueCode.custom, path: [key as string], message: 'should not be empty' });
			}
		}
	});
}

export const COLLECTIONS: CollectionSpec[] = [
	{
		name: 'payments',
		scope: 'flex.billing.payments',
		idCode: 'a0',
		filters: [
			'_id',
			'member',
			'company',
			'location',
			'number',
			'status',
			'documentType',
			'date',
			'dueDate',
			'createdAt',
			'modifiedAt',
		],
		create: createSchema({ ...paymentWrite, documentType: z.enum(['invoice', 'creditNote', 'overpayment']) }, [
			'location',
			'currency',
			'lines',
		]),
		update: z.object(paymentWrite).partial().strict(),
		canGetOne: true,
		eventPrefix: 'invoice',
		displayFields: ['number', 'documentType', 'status', 'currency', 'total', 'payableAmount'],
	},
	{
		name: 'charges',
		scope: 'flex.billing.charges',
		idCode: 'c0',
		filters: ['_id', 'status', 'payment', 'source', 'date', 'modifiedAt', 'createdAt'],
		create: createSchema(chargeWrite, ['payment', 'amount']),
		update: z.object(chargeWrite).omit({ payment: true }).partial().strict(),
		canDelete: true,
		canGetOne: true,
		eventPrefix: 'invoice.charge',
		displayFields: ['payment', 'amount', 'currency', 'status', 'reference'],
	},
	{
		name: 'fees',
		scope: 'flex.community.fees',
		idCode: 'f0',
		filters: ['_id', 'company', 'member', 'location', 'plan', 'issueDate', 'modifiedAt', 'createdAt'],
		create: createSchema(feeWrite, ['name', 'issueDate', 'location', 'plan', 'price']),
		update: z.object(feeWrite).partial().strict(),
		canDelete: true,
		canGetOne: true,
		eventPrefix: 'fee',
		displayFields: ['name', 'price', 'quantity', 'issueDate', 'status'],
	},
	{
		name: 'companies',
		scope: 'flex.community.companies',
		idCode: 'b0',
		filters: ['_id', 'name', 'location', 'status', 'email', 'createdAt', 'modifiedAt'],
		create: createSchema(companyWrite, ['name']),
		update: z.object(companyWrite).partial().strict(),
		canGetOne: true,
		eventPrefix: 'company',
		displayFields: ['name', 'email', 'status', 'location'],
	},
	{
		name: 'members',
		scope: 'flex.community.members',
		idCode: 'd0',
		filters: ['_id', 'name', 'email', 'company', 'location', 'status', 'createdAt', 'modifiedAt'],
		create: createSchema(memberWrite, ['name', 'email']),
		update: z.object(memberWrite).partial().strict(),
		canGetOne: true,
		eventPrefix: 'member',
		displayFields: ['name', 'email', 'company', 'status'],
	},
	{
		name: 'memberships',
		scope: 'flex.community.memberships',
		idCode: 'e0',
		filters: [
			'_id',
			'company',
			'member',
			'location',
			'plan',
			'status',
			'startDate',
			'endDate',
			'createdAt',
			'modifiedAt',
		],
		canGetOne: true,
		eventPrefix: 'membership',
		displayFields: ['name', 'company', 'member', 'price', 'status'],
	},
	{
		name: 'locations',
		scope: 'flex.space.locations',
		idCode: '10',
		filters: ['_id', 'name', 'code', 'createdAt', 'modifiedAt'],
		canGetOne: true,
		displayFields: ['name', 'code', 'currency', 'timezone'],
	},
	{
		name: 'plans',
		scope: 'flex.billing.plans',
		idCode: '20',
		filters: ['_id', 'name', 'code', 'type', 'createdAt', 'modifiedAt'],
		canGetOne: true,
		displayFields: ['name', 'code', 'price', 'revenueAccount'],
	},
	{
		name: 'revenue-accounts',
		scope: 'flex.billing.revenueAccounts',
		idCode: '30',
		filters: ['_id', 'name', 'code', 'createdAt', 'modifiedAt'],
		canGetOne: true,
		displayFields: ['name', 'code', 'defaultFor', 'taxRate'],
	},
	{
		name: 'tax-rates',
		scope: 'flex.billing.taxRates',
		idCode: '40',
		filters: ['_id', 'name', 'code', 'createdAt', 'modifiedAt'],
		canGetOne: true,
		displayFields: ['name', 'code', 'rate'],
	},
	{
		name: 'secondary-currencies',
		scope: 'flex.settings.secondaryCurrencies',
		idCode: '50',
		filters: ['_id', 'code', 'createdAt', 'modifiedAt'],
		canGetOne: true,
		displayFields: ['code', 'exchangeRate'],
	},
	{
		name: 'webhooks',
		scope: 'flex.settings.webhooks',
		idCode: '60',
		filters: ['_id', 'url', 'isEnabled', 'createdAt', 'modifiedAt'],
		create: webhookCreate,
		canDelete: true,
		canGetOne: true,
		displayFields: ['url', 'eventTypes', 'isEnabled', 'description'],
	},
];

export const COLLECTION_BY_NAME = new Map(COLLECTIONS.map((c) => [c.name, c]));

/** Reference §2: 24-hex ObjectIds. The prefix keeps collections apart and ids deterministic. */
export function idPrefix(spec: Pick<CollectionSpec, 'idCode'>): string {
	return `66a0c0ffee${spec.idCode}`;
}
export const ID_PAD = 12;

export function objectId(spec: Pick<CollectionSpec, 'idCode'>, n: number): string {
	return idPrefix(spec) + String(n).padStart(ID_PAD, '0');
}

export const allocationSchema = z
	.object({ target: id, amount: z.number().positive() })
	.partial()
	.strict()
	.superRefine((v, ctx) => {
		if (!v.target) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['target'], message: 'should not be empty' });
		if (v.amount === undefined)
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['amount'], message: 'should not be empty' });
	});
export const allocationUpdateSchema = z.object({ amount: z.number().positive() }).strict();

/** NestJS/class-validator style messages from zod issues (reference §6: message string or array). */
export function validationMessages(error: z.ZodError): string[] {
	const out: string[] = [];
	for (const issue of error.issues) {
		const path = issue.path.join('.');
		if (issue.code === z.ZodIssueCode.unrecognized_keys) {
			for (const key of issue.keys) out.push(`property ${path ? `${path}.` : ''}${key} should not exist`);
		} else if (issue.code === z.ZodIssueCode.invalid_type) {
			out.push(issue.received === 'undefined' ? `${path} should not be empty` : `${path} must be a ${issue.expected}`);
		} else if (issue.code === z.ZodIssueCode.invalid_enum_value) {
			out.push(`${path} must be one of the following values: ${issue.options.join(', ')}`);
		} else {
			out.push(`${path} ${issue.message}`.trim());
		}
	}
	return out;
}
