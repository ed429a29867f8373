import {
	LEGACY_ROOTS,
	LEGACY_SCHEMA,
	type LegacyElement,
} from '../../../nodes/SageIntacct/transport/legacySchema.generated';
import { isObject, type XmlValue } from '../xml';

/**
 * Checks a legacy (object-specific) function against Sage's api.xsd (2019 R3, via the generated
 * LEGACY_SCHEMA): only known elements, required ones present, schema order. Sage validates the
 * request before running anything, so a violation fails the whole request as XL03000003 (notes
 * §2.1 level 1; ASSUMED: the wording of the message).
 */

/**
 * ASSUMED (newer than the 2019 schema): Sage's docs add `taxsolutionid` (header) and `taxentries`
 * (line) to create_invoice / create_aradjustment in 2020 R4. The sandbox simulates a current
 * Intacct, so it accepts them where the docs place them.
 */
const EXTENSIONS: Record<string, { insertBefore?: string; append?: string[] } & { add: string[] }> = {
	create_invoice: { add: ['taxsolutionid'], insertBefore: 'invoiceitems' },
	create_aradjustment: { add: ['taxsolutionid'], insertBefore: 'aradjustmentitems' },
	// ASSUMED (nodes/SageIntacct/transport/assumptions.ts): AP adjustments take them as AR ones do.
	create_apadjustment: { add: ['taxsolutionid'], insertBefore: 'apadjustmentitems' },
	lineitem: { add: ['taxentries'] },
	updatelineitem: { add: ['taxentries'] },
};
const EXTRA_ELEMENTS: Record<string, LegacyElement> = {
	taxentries: { children: ['taxentry'], required: ['taxentry'], repeated: ['taxentry'], attributes: [] },
	taxentry: { children: ['detailid', 'trx_tax'], required: ['detailid'], repeated: [], attributes: [] },
	taxsolutionid: { children: [], required: [], repeated: [], attributes: [] },
	detailid: { children: [], required: [], repeated: [], attributes: [] },
	trx_tax: { children: [], required: [], repeated: [], attributes: [] },
};

/** Containers whose children are an xs:choice that repeats, so any order is valid. */
const UNORDERED = new Set(['updateinvoiceitems', 'updatearadjustmentitems', 'updatebillitems']);

function schemaOf(name: string): LegacyElement | undefined {
	const base = LEGACY_SCHEMA[name] ?? EXTRA_ELEMENTS[name];
	const ext = EXTENSIONS[name];
	if (!base || !ext) return base;
	const children = [...base.children];
	const at = ext.insertBefore ? children.indexOf(ext.insertBefore) : -1;
	if (at >= 0) children.splice(at, 0, ...ext.add);
	else children.push(...ext.add);
	return { ...base, children };
}

export function isLegacyFunction(name: string): boolean {
	return (LEGACY_ROOTS as readonly string[]).includes(name);
}

/** The first violation as a message, or undefined when the element matches the schema. */
export function checkLegacyShape(name: string, el: XmlValue | undefined, path = name): string | undefined {
	const schema = schemaOf(name);
	if (!schema || schema.children.length === 0) {
		if (isObject(el) && Object.keys(el).some((k) => !k.startsWith('@_') && k !== '#text')) {
			return `Element '${path}' must not have child elements.`;
		}
		return undefined;
	}
	const obj = isObject(el) ? el : {};
	const names = Object.keys(obj).filter((k) => !k.startsWith('@_') && k !== '#text');
	let last = -1;
	for (const child of names) {
		const index = schema.children.indexOf(child);
		if (index < 0) {
			return `Element '${child}' is not expected in '${path}'. Expected is one of ( ${schema.children.join(', ')} ).`;
		}
		if (!UNORDERED.has(name) && index < last) {
			return `Element '${child}' is out of order in '${path}'. Expected order: ( ${schema.children.join(', ')} ).`;
		}
		last = Math.max(last, index);
		const value = obj[child]!;
		if (Array.isArray(value) && !schema.repeated.includes(child) && !UNORDERED.has(name)) {
			return `Element '${child}' may occur only once in '${path}'.`;
		}
		for (const v of Array.isArray(value) ? value : [value]) {
			const problem = checkLegacyShape(child, v, `${path}/${child}`);
			if (problem) return problem;
		}
	}
	for (const required of schema.required) {
		if (!names.includes(required)) return `Element '${path}' is missing the required child element '${required}'.`;
	}
	return undefined;
}
