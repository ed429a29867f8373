import type { Fields, RecordStore } from '../core/store';
import { seedReceivables } from './functions/arSeed';
import { seedReference } from './functions/refSeed';
import { seedApAdjustments } from './functions/apAdjustment';

/**
 * Every credential the Intacct sandbox accepts. Nothing here is a real secret: these values only
 * open the local simulator.
 */
export const INTACCT_SANDBOX_CREDENTIALS = {
	/** The Web Services sender that is authorised for SANDBOX-CO. */
	senderId: 'SANDBOX_SENDER',
	senderPassword: 'sandbox-sender-pass',
	companyId: 'SANDBOX-CO',
	userId: 'api_user',
	userPassword: 'sandbox-user-pass',
	/** Entities of the multi-entity company (LOCATIONENTITY); usable as login/getAPISession locationid. */
	entities: ['US', 'UK'] as const,
	/** A valid sender with a correct password that is NOT authorised for SANDBOX-CO (XL03000006). */
	unauthorizedSender: { senderId: 'OTHER_SENDER', senderPassword: 'other-sender-pass' },
} as const;

export interface IntacctSender {
	senderId: string;
	password: string;
	/** Company IDs that authorised this sender (Company > Security > Web Services authorizations). */
	authorizedCompanies: string[];
}

export interface IntacctUser {
	companyId: string;
	userId: string;
	password: string;
}

export const INTACCT_SENDERS: readonly IntacctSender[] = [
	{
		senderId: INTACCT_SANDBOX_CREDENTIALS.senderId,
		password: INTACCT_SANDBOX_CREDENTIALS.senderPassword,
		authorizedCompanies: [INTACCT_SANDBOX_CREDENTIALS.companyId],
	},
	{
		senderId: INTACCT_SANDBOX_CREDENTIALS.unauthorizedSender.senderId,
		password: INTACCT_SANDBOX_CREDENTIALS.unauthorizedSender.senderPassword,
		authorizedCompanies: [],
	},
];

export const INTACCT_USERS: readonly IntacctUser[] = [
	{
		companyId: INTACCT_SANDBOX_CREDENTIALS.companyId,
		userId: INTACCT_SANDBOX_CREDENTIALS.userId,
		password: INTACCT_SANDBOX_CREDENTIALS.userPassword,
	},
];

/** Seed rows: `fields` is what the store keeps; RECORDNO/WHENCREATED/WHENMODIFIED come from the record. */
export interface IntacctSeedRow {
	recordNo: number;
	createdAt: string;
	modifiedAt: string;
	fields: Fields;
}

export const INTACCT_SEED_ENTITIES: readonly IntacctSeedRow[] = [
	{
		recordNo: 1,
		createdAt: '2024-01-02T09:00:00Z',
		modifiedAt: '2024-01-02T09:00:00Z',
		fields: { LOCATIONID: 'US', NAME: 'Sandbox US', CURRENCY: 'USD', STATUS: 'active' },
	},
	{
		recordNo: 2,
		createdAt: '2024-01-02T09:05:00Z',
		modifiedAt: '2024-01-02T09:05:00Z',
		fields: { LOCATIONID: 'UK', NAME: 'Sandbox UK', CURRENCY: 'GBP', STATUS: 'active' },
	},
];

interface CustomerSpec {
	name: string;
	status: 'active' | 'inactive';
	currency: 'USD' | 'GBP' | 'EUR';
	term: string;
	entity: '' | 'US' | 'UK';
	email: string;
	creditLimit: number | null;
}

const CUSTOMER_SPECS: readonly CustomerSpec[] = [
	{
		name: 'Acme Coworking Ltd',
		status: 'active',
		currency: 'USD',
		term: 'Net 30',
		entity: '',
		email: 'ap@acme-cowork.example',
		creditLimit: 10000,
	},
	{
		name: 'Brightside Studios',
		status: 'active',
		currency: 'GBP',
		term: 'Net 15',
		entity: 'UK',
		email: 'accounts@brightside.example',
		creditLimit: 5000,
	},
	{
		name: 'Cobalt Analytics Inc',
		status: 'active',
		currency: 'USD',
		term: 'Net 30',
		entity: 'US',
		email: 'billing@cobalt.example',
		creditLimit: 25000,
	},
	{
		name: 'Delta Freight GmbH',
		status: 'inactive',
		currency: 'EUR',
		term: 'Net 45',
		entity: '',
		email: 'rechnung@delta-freight.example',
		creditLimit: null,
	},
	{
		name: 'Evergreen Legal LLP',
		status: 'active',
		currency: 'GBP',
		term: 'Due on Receipt',
		entity: 'UK',
		email: 'finance@evergreen.example',
		creditLimit: 7500,
	},
	{
		name: 'Foxglove Design',
		status: 'active',
		currency: 'EUR',
		term: 'Net 30',
		entity: '',
		email: 'hello@foxglove.example',
		creditLimit: 3000,
	},
	{
		name: 'Granite Property Partners',
		status: 'active',
		currency: 'USD',
		term: 'Net 60',
		entity: 'US',
		email: 'ap@granite-pp.example',
		creditLimit: 50000,
	},
	{
		name: "Harbor & Hale's Café",
		status: 'inactive',
		currency: 'GBP',
		term: 'Net 15',
		entity: '',
		email: 'owner@harborhale.example',
		creditLimit: 1000,
	},
	{
		name: 'Ironbark Consulting',
		status: 'active',
		currency: 'USD',
		term: 'Net 30',
		entity: '',
		email: 'invoices@ironbark.example',
		creditLimit: 12000,
	},
	{
		name: 'Juniper Health Co',
		status: 'active',
		currency: 'EUR',
		term: 'Net 30',
		entity: '',
		email: 'ar@juniperhealth.example',
		creditLimit: 8000,
	},
	{
		name: 'Kestrel Robotics',
		status: 'active',
		currency: 'USD',
		term: 'Net 15',
		entity: '',
		email: 'ap@kestrel.example',
		creditLimit: 20000,
	},
	{
		name: 'Lumen Media Group',
		status: 'active',
		currency: 'GBP',
		term: 'Net 30',
		entity: '',
		email: 'finance@lumenmedia.example',
		creditLimit: 15000,
	},
];

const ENTITY_NAMES: Record<string, string> = { US: 'Sandbox US', UK: 'Sandbox UK' };

/** The 12 seeded customers, deterministic (RECORDNO 1..12, CUSTOMERID C-0001..C-0012). */
export const INTACCT_SEED_CUSTOMERS: readonly IntacctSeedRow[] = CUSTOMER_SPECS.map((s, i) => {
	const n = i + 1;
	const month = String(1 + (i % 12)).padStart(2, '0');
	const createdAt = `2025-${month}-${String(3 + i).padStart(2, '0')}T${String(8 + (i % 9)).padStart(2, '0')}:15:00Z`;
	// Modified 1..12 days into January 2026, at varied hours; a few customers never modified.
	const modifiedAt =
		i % 4 === 3
			? createdAt
			: `2026-01-${String(n).padStart(2, '0')}T${String(9 + (i % 8)).padStart(2, '0')}:30:${String(i * 5).padStart(2, '0')}Z`;
	const [first, ...rest] = s.name.split(' ');
	return {
		recordNo: n,
		createdAt,
		modifiedAt,
		fields: {
			CUSTOMERID: `C-${String(n).padStart(4, '0')}`,
			NAME: s.name,
			STATUS: s.status,
			CUSTTYPE: n % 3 === 0 ? 'Enterprise' : 'Member',
			PARENTID: '',
			TERMNAME: s.term,
			CURRENCY: s.currency,
			CREDITLIMIT: s.creditLimit,
			ONHOLD: 'false',
			MEGAENTITYID: s.entity,
			MEGAENTITYNAME: s.entity ? ENTITY_NAMES[s.entity]! : '',
			// ASSUMED: DISPLAYCONTACT sub-fields flattened to top-level names for readByQuery output.
			CONTACTNAME: `${s.name}(CC-${String(n).padStart(4, '0')})`,
			PRINTAS: s.name,
			FIRSTNAME: first ?? '',
			LASTNAME: rest.join(' '),
			EMAIL1: s.email,
			PHONE1: `+1-555-01${String(n).padStart(2, '0')}`,
		},
	};
});

/** Define the Intacct collections and insert the seed. Collections are named by object. */
export function seedIntacct(store: RecordStore): void {
	store.defineCollection('LOCATIONENTITY', { idStart: 1, displayFields: ['LOCATIONID', 'NAME', 'CURRENCY'] });
	store.defineCollection('CUSTOMER', {
		idStart: 1,
		displayFields: ['CUSTOMERID', 'NAME', 'STATUS', 'CURRENCY', 'TERMNAME', 'CREDITLIMIT', 'MEGAENTITYID', 'EMAIL1'],
	});
	for (const row of INTACCT_SEED_ENTITIES) {
		store.insert('LOCATIONENTITY', row.fields, {
			id: String(row.recordNo),
			createdAt: row.createdAt,
			modifiedAt: row.modifiedAt,
		});
	}
	for (const row of INTACCT_SEED_CUSTOMERS) {
		store.insert('CUSTOMER', row.fields, {
			id: String(row.recordNo),
			createdAt: row.createdAt,
			modifiedAt: row.modifiedAt,
		});
	}
	// GL accounts, locations, items, OE definitions and the receivables collections.
	seedReceivables(store);
	// Departments, classes, projects, a UDD, tax details, terms, vendors, contacts, AP bills, a journal.
	seedReference(store);
	// AP adjustments: empty collections.
	seedApAdjustments(store);
}
