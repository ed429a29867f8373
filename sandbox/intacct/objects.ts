import type { FieldValue, StoredRecord } from '../core/store';
import { formatAuditTimestamp } from './dates';
import { REF_OBJECTS } from './functions/refObjects';
import { AR_OBJECTS } from './functions/arObjects';
import { AP_ADJUSTMENT_OBJECTS } from './functions/apAdjustmentObjects';

export type IntacctFieldType = 'text' | 'integer' | 'decimal' | 'boolean' | 'timestamp' | 'date';

export interface IntacctObjectDef {
	/** Object name as used in requests, e.g. 'CUSTOMER'. */
	name: string;
	/** Store collection (same as name for now). */
	collection: string;
	/** Field order for `fields=*`. RECORDNO, WHENCREATED, WHENMODIFIED are computed from the record. */
	fields: ReadonlyArray<readonly [string, IntacctFieldType]>;
	/** The business ID field (readByName, update by ID), e.g. CUSTOMERID. */
	idField?: string;
	/** Multi-entity: the field that holds the owning entity (empty = top level / shared). */
	entityField?: string;
	/** WHENCREATED is a business date kept in the record (e.g. APBILL's bill date), not the audit time. */
	ownWhenCreated?: boolean;
}

/** Object registry; another object = one entry here (and a collection in seed.ts). */
export const INTACCT_OBJECTS: Record<string, IntacctObjectDef> = {
	CUSTOMER: {
		name: 'CUSTOMER',
		collection: 'CUSTOMER',
		idField: 'CUSTOMERID',
		entityField: 'MEGAENTITYID',
		fields: [
			['RECORDNO', 'integer'],
			['CUSTOMERID', 'text'],
			['NAME', 'text'],
			['STATUS', 'text'],
			['CUSTTYPE', 'text'],
			['PARENTID', 'text'],
			['TERMNAME', 'text'],
			['CURRENCY', 'text'],
			['CREDITLIMIT', 'decimal'],
			['ONHOLD', 'boolean'],
			['CONTACTNAME', 'text'],
			['PRINTAS', 'text'],
			['FIRSTNAME', 'text'],
			['LASTNAME', 'text'],
			['EMAIL1', 'text'],
			['PHONE1', 'text'],
			['MEGAENTITYID', 'text'],
			['MEGAENTITYNAME', 'text'],
			['WHENCREATED', 'timestamp'],
			['WHENMODIFIED', 'timestamp'],
		],
	},
	LOCATIONENTITY: {
		name: 'LOCATIONENTITY',
		collection: 'LOCATIONENTITY',
		idField: 'LOCATIONID',
		fields: [
			['RECORDNO', 'integer'],
			['LOCATIONID', 'text'],
			['NAME', 'text'],
			['CURRENCY', 'text'],
			['STATUS', 'text'],
			['WHENCREATED', 'timestamp'],
			['WHENMODIFIED', 'timestamp'],
		],
	},
	// Receivables objects (AR invoices, adjustments, payments, advances, Order Entry documents).
	...AR_OBJECTS,
	// Reference data, parties, AP and GL (vendors, accounts, dimensions, bills, AP payments, journals).
	...REF_OBJECTS,
	// AP adjustments (debit and credit memos) and their lines.
	...AP_ADJUSTMENT_OBJECTS,
};

export function findObject(name: string): IntacctObjectDef | undefined {
	return INTACCT_OBJECTS[name.toUpperCase()];
}

/**
 * Multi-entity visibility of a record for reads (notes §1.7): a top-level session sees top-level
 * (shared) records only, not records private to an entity; an entity session sees shared records
 * plus its own entity's. Only `query` documents an override (`showprivate`, queryFn.ts).
 */
export function visibleAt(
	def: IntacctObjectDef,
	record: StoredRecord,
	locationid: string,
	showPrivate = false,
): boolean {
	if (!def.entityField) return true;
	const owner = record.fields[def.entityField];
	const shared = owner === '' || owner === null || owner === undefined;
	if (shared) return true;
	if (locationid) return String(owner) === locationid;
	return showPrivate;
}

export function fieldType(def: IntacctObjectDef, field: string): IntacctFieldType {
	return def.fields.find(([f]) => f === field)?.[1] ?? 'text';
}

function toText(value: FieldValue | undefined): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return JSON.stringify(value);
}

/**
 * The record as the XML API shows it: every value a string, computed RECORDNO and audit timestamps,
 * fields in definition order, then any extra stored fields (custom fields) in their own order.
 */
export function projectRecord(def: IntacctObjectDef, record: StoredRecord): Record<string, string> {
	const computed: Record<string, string> = {
		RECORDNO: record.id,
		...(def.ownWhenCreated
			? { AUDITWHENCREATED: formatAuditTimestamp(record.createdAt) }
			: { WHENCREATED: formatAuditTimestamp(record.createdAt) }),
		WHENMODIFIED: formatAuditTimestamp(record.modifiedAt),
	};
	const out: Record<string, string> = {};
	for (const [f] of def.fields) out[f] = computed[f] ?? toText(record.fields[f]);
	for (const [k, v] of Object.entries(record.fields)) if (!(k in out)) out[k] = toText(v);
	return out;
}
