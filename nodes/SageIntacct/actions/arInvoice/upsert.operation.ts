import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { elsewhereError, entityChoice, otherSessions } from '../../helpers/entity';
import { executeWrites, recordFromInput } from '../../helpers/write';
import { AR_INVOICE_KEY_FIELDS } from '../../transport/assumptions';
import type { EntityChoice, IntacctClient } from '../../transport/client';
import { LegacyShapeError } from '../../transport/legacy';
import { LEGACY_SCHEMA } from '../../transport/legacySchema.generated';
import { escapeQueryValue } from '../../transport/xml';
import { description as createDescription, invoiceFromFields, planCreate } from './create.operation';
import { updateBody } from './update.operation';

/**
 * AR Invoice > Upsert: looks every item's invoice up by its external key first (one readByQuery per
 * 100 keys), then creates it (create_invoice) or updates it (update_invoice key=RECORDNO, lines by
 * position as updatelineitem line_num=n). Same write shape as Create.
 */
const show = { resource: ['arInvoice'], operation: ['upsert'] };

export const description: INodeProperties[] = [
	{
		displayName: 'Match On',
		name: 'matchOn',
		type: 'options',
		options: [
			{ name: 'Invoice Number', value: 'invoiceno', description: "ARINVOICE.RECORDID = the record's invoiceno" },
			{ name: 'External ID', value: 'externalid', description: "ARINVOICE.EXTERNALID = the record's externalid" },
		],
		default: 'invoiceno',
		description: 'The key that finds an existing invoice; it must be set on every item',
		displayOptions: { show },
	},
	// Same fields as Create, shown for Upsert.
	...createDescription.map((p) => ({
		...p,
		displayOptions: { ...p.displayOptions, show: { ...p.displayOptions?.show, operation: ['upsert'] } },
	})),
];

const UPDATE_HEADER = new Set(LEGACY_SCHEMA.update_invoice.children.filter((c) => c !== 'updateinvoiceitems'));
const UPDATE_LINE = new Set(LEGACY_SCHEMA.updatelineitem.children);

/** A create_invoice record turned into update_invoice for the invoice found. */
export function toUpdate(record: IDataObject, recordNo: string): IDataObject {
	const header: IDataObject = { key: recordNo };
	for (const [k, v] of Object.entries(record)) if (UPDATE_HEADER.has(k)) header[k] = v;
	const items = (record.invoiceitems ?? {}) as IDataObject;
	const lines = (
		items.lineitem === undefined ? [] : Array.isArray(items.lineitem) ? items.lineitem : [items.lineitem]
	) as IDataObject[];
	const updates = lines.map((line, n) => {
		if (line.taxentries) {
			throw new LegacyShapeError(
				`invoiceitems.lineitem[${n}].taxentries: Upsert cannot change tax entries of an existing invoice (update_invoice has no taxentries in the 2019 schema). Reverse and recreate the invoice.`,
				`invoiceitems.lineitem[${n}].taxentries`,
			);
		}
		const u: IDataObject = { line_num: n + 1 };
		for (const [k, v] of Object.entries(line)) if (UPDATE_LINE.has(k)) u[k] = v;
		return u;
	});
	return updates.length ? { ...header, updateinvoiceitems: { updatelineitem: updates } } : header;
}

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	const count = this.getInputData().length;
	const records: Array<IDataObject | Error> = [];
	for (let i = 0; i < count; i++) {
		try {
			records.push(recordFromInput(this, i, () => invoiceFromFields(this, i)));
		} catch (error) {
			records.push(error as Error);
		}
	}
	// Look every key up first, grouped by entity, 100 keys per query.
	const found = new Map<string, IDataObject>();
	const keyOf = (i: number) => {
		const r = records[i];
		if (r instanceof Error) return undefined;
		const field = this.getNodeParameter('matchOn', i, 'invoiceno') as keyof typeof AR_INVOICE_KEY_FIELDS;
		const value = String(r[field] ?? '').trim();
		return value
			? { field, value, entity: entityChoice((this.getNodeParameter('writeOptions', i, {}) as IDataObject).entity) }
			: undefined;
	};
	const groups = new Map<string, { field: string; entity?: string; values: Set<string> }>();
	for (let i = 0; i < count; i++) {
		const k = keyOf(i);
		if (!k) continue;
		const g = `${k.field}|${k.entity ?? '\u0000'}`;
		if (!groups.has(g)) groups.set(g, { field: k.field, entity: k.entity, values: new Set() });
		groups.get(g)!.values.add(k.value);
	}
	for (const g of groups.values()) {
		const queryField = AR_INVOICE_KEY_FIELDS[g.field as keyof typeof AR_INVOICE_KEY_FIELDS];
		const values = [...g.values];
		for (let n = 0; n < values.length; n += 100) {
			const slice = values.slice(n, n + 100);
			const rows = await client.readByQuery({
				object: 'ARINVOICE',
				fields: `RECORDNO,STATE,${queryField}`,
				query: `${queryField} IN (${slice.map((v) => `'${escapeQueryValue(v)}'`).join(',')})`,
				entity: g.entity,
			});
			for (const row of rows)
				found.set(`${g.field}|${g.entity ?? '\u0000'}|${String(row[queryField])}`, row as IDataObject);
		}
	}
	// Reference §1.7: the write's session does not see invoices private to another entity. A key not
	// found here is looked for in the other sessions too, so an upsert never creates a second invoice
	// beside one it cannot see; it says where that one is instead (as Customer/Vendor Upsert does).
	const elsewhere = new Map<string, { recordNo: unknown; other: { entity: EntityChoice; label: string } }>();
	for (const g of groups.values()) {
		const queryField = AR_INVOICE_KEY_FIELDS[g.field as keyof typeof AR_INVOICE_KEY_FIELDS];
		const missing = [...g.values].filter((v) => !found.has(`${g.field}|${g.entity ?? '\u0000'}|${v}`));
		if (missing.length === 0) continue;
		for (const other of await otherSessions(this, client, g.entity)) {
			for (let n = 0; n < missing.length; n += 100) {
				const slice = missing.slice(n, n + 100);
				// A session this user may not open is skipped: nothing more can be checked there.
				const rows = await client
					.readByQuery({
						object: 'ARINVOICE',
						fields: `RECORDNO,${queryField}`,
						query: `${queryField} IN (${slice.map((v) => `'${escapeQueryValue(v)}'`).join(',')})`,
						entity: other.entity,
					})
					.catch(() => []);
				for (const row of rows) {
					const key = `${g.field}|${g.entity ?? '\u0000'}|${String(row[queryField])}`;
					if (!elsewhere.has(key)) elsewhere.set(key, { recordNo: row.RECORDNO, other });
				}
			}
		}
	}
	return await executeWrites(this, client, (i) => {
		const record = records[i];
		if (record instanceof Error) throw record;
		const k = keyOf(i);
		if (!k) {
			const field = this.getNodeParameter('matchOn', i, 'invoiceno') as string;
			throw new LegacyShapeError(
				`${field} is required for Upsert: it is the key that finds an existing invoice. Set it on the record or choose another "Match On".`,
				field,
			);
		}
		const existing = found.get(`${k.field}|${k.entity ?? '\u0000'}|${k.value}`);
		if (!existing) {
			const there = elsewhere.get(`${k.field}|${k.entity ?? '\u0000'}|${k.value}`);
			if (there)
				throw new LegacyShapeError(
					elsewhereError(`AR invoice ${k.field} "${k.value}"`, there.recordNo, there.other, k.entity),
					k.field,
				);
			const plan = planCreate(this, i, record);
			return { ...plan, output: (r) => ({ RECORDNO: r.key, [k.field]: k.value, upsert: 'created' }) };
		}
		const recordNo = String(existing.RECORDNO);
		return {
			body: updateBody(toUpdate(record, recordNo)),
			output: () => ({ RECORDNO: recordNo, [k.field]: k.value, upsert: 'updated' }),
			lookup: async () => ({ ...existing, [k.field]: k.value }),
		};
	});
}
