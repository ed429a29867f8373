import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { money } from './records';
import { legacyFunction, LegacyShapeError } from '../transport/legacy';
import type { XmlNode } from '../transport/xml';

/**
 * Tax entries on AR lines: a KNOWN CONFLICT. Sage's 2019 R3 api.xsd (the schema every legacy
 * request is validated against) has no `taxentries` in `lineitem` and no `taxsolutionid` in
 * create_invoice / create_aradjustment; Sage's current docs add both in 2020 Release 4 (AU, GB, ZA
 * VAT/GST companies; reference §4 "Tax"). Decision: they are sent only when the user turns on
 * "Send Tax Entries", and are inserted where the docs place them (taxsolutionid before the line
 * container, taxentries last in each line). Everything else in the request stays valid against the
 * 2019 schema; a test shows that the only schema complaints are these two elements.
 */
export const sendTaxEntriesField = (resource: string, operations: string[]): INodeProperties => ({
	displayName: 'Send Tax Entries (VAT/GST Companies)',
	name: 'sendTaxEntries',
	type: 'boolean',
	default: false,
	description:
		"Whether to send the tax solution and the lines' tax entries (VAT/GST companies in AU, GB and ZA). Sage added these elements in 2020 Release 4; they are not in the 2019 XML schema.",
	displayOptions: { show: { resource: [resource], operation: operations } },
});

type TaxEntry = { detailid: string; trx_tax?: string };

/** Accepts `{ taxentry: [...] }`, `[...]` or one `{ detailid, trx_tax }`. */
function entriesOf(value: unknown, path: string): TaxEntry[] {
	if (value === undefined || value === null || value === '') return [];
	const inner =
		typeof value === 'object' && !Array.isArray(value) && 'taxentry' in (value as IDataObject)
			? (value as IDataObject).taxentry
			: value;
	const list = Array.isArray(inner) ? inner : [inner];
	return list.map((e, n) => {
		const entry = (e ?? {}) as IDataObject;
		const detailid = String(entry.detailid ?? '').trim();
		if (!detailid)
			throw new LegacyShapeError(
				`${path}.taxentry[${n}].detailid is required: the TAXDETAIL ID (e.g. "UK Sale Goods Standard Rate").`,
				`${path}.taxentry[${n}].detailid`,
			);
		const tax = money(entry.trx_tax, `${path}.taxentry[${n}].trx_tax`);
		return tax === undefined ? { detailid } : { detailid, trx_tax: tax };
	});
}

/** Builds `create_invoice` / `create_aradjustment` / `create_apadjustment` (AP: transport/assumptions.ts) in schema order, with tax elements when allowed. */
export function legacyWithTax(
	fn: 'create_invoice' | 'create_aradjustment' | 'create_apadjustment',
	record: IDataObject,
	container: 'invoiceitems' | 'aradjustmentitems' | 'apadjustmentitems',
	allowTax: boolean,
): XmlNode {
	const { taxsolutionid, ...header } = record;
	const items = (header[container] ?? {}) as IDataObject;
	const rawLines =
		items.lineitem === undefined ? [] : Array.isArray(items.lineitem) ? items.lineitem : [items.lineitem];
	const taxes: TaxEntry[][] = [];
	const lines = (rawLines as IDataObject[]).map((line, n) => {
		const { taxentries, ...rest } = (line ?? {}) as IDataObject;
		const path = `${fn}.${container}.lineitem[${n}]`;
		taxes.push(entriesOf(taxentries, `${path}.taxentries`));
		return { ...rest, amount: money(rest.amount, `${path}.amount`) ?? rest.amount };
	});
	const hasTax = !!taxsolutionid || taxes.some((t) => t.length > 0);
	if (hasTax && !allowTax) {
		const field = taxsolutionid
			? `${fn}.taxsolutionid`
			: `${fn}.${container}.lineitem[${taxes.findIndex((t) => t.length > 0)}].taxentries`;
		throw new LegacyShapeError(
			`${field}: tax entries are outside Sage's 2019 XML schema. Turn on "Send Tax Entries" if the company uses VAT/GST tax solutions (2020 R4+), or remove them.`,
			field,
		);
	}
	const body = legacyFunction(fn, { ...header, [container]: { lineitem: lines } });
	if (!hasTax) return body;
	const inner = body[fn] as XmlNode;
	const ordered: XmlNode = {};
	for (const [key, value] of Object.entries(inner)) {
		if (key === container) {
			if (taxsolutionid) ordered.taxsolutionid = String(taxsolutionid);
			const built = (value as XmlNode).lineitem as XmlNode[];
			ordered[key] = {
				lineitem: built.map((l, n) =>
					taxes[n].length ? { ...l, taxentries: { taxentry: taxes[n] as unknown as XmlNode[] } } : l,
				),
			};
		} else {
			ordered[key] = value;
		}
	}
	return { [fn]: ordered };
}
