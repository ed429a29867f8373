import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A parsed element as fast-xml-parser gives it: a string (leaf) or an object of children / '@_attrs'. */
export type XmlValue = string | XmlObject | XmlValue[];
export interface XmlObject {
	[key: string]: XmlValue;
}

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	textNodeName: '#text',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: true,
	ignoreDeclaration: true,
	ignorePiTags: true,
	// Character references (&#233; &#x20AC;) are text like any other; named HTML entities never get
	// here (wellFormednessProblem refuses entities XML does not define).
	htmlEntities: true,
});

export type ParseOutcome = { ok: true; doc: XmlObject } | { ok: false; message: string; line?: number; col?: number };

/**
 * What XML 1.0 forbids and fast-xml-parser's validator lets through: characters outside the XML
 * Char production (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates), references
 * to entities that are not declared (only the five predefined ones and character references exist
 * without a DTD), character references to forbidden characters, and more than one root element.
 */
const FORBIDDEN_CHAR =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const REFERENCE = /&([^;&<\s]*);?/g;

function isXmlChar(code: number): boolean {
	return (
		code === 0x9 ||
		code === 0xa ||
		code === 0xd ||
		(code >= 0x20 && code <= 0xd7ff) ||
		(code >= 0xe000 && code <= 0xfffd) ||
		(code >= 0x10000 && code <= 0x10ffff)
	);
}

function lineCol(xml: string, index: number): { line: number; col: number } {
	const before = xml.slice(0, index).split('\n');
	return { line: before.length, col: before[before.length - 1]!.length + 1 };
}

function wellFormednessProblem(xml: string): { message: string; line?: number; col?: number } | undefined {
	const bad = FORBIDDEN_CHAR.exec(xml);
	if (bad) {
		const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
		return { message: `Character U+${code} is not allowed in XML`, ...lineCol(xml, bad.index) };
	}
	for (const m of xml.matchAll(REFERENCE)) {
		const [whole, name] = m;
		const at = lineCol(xml, m.index ?? 0);
		if (!whole.endsWith(';'))
			return { message: `'&' must start a reference ending in ';' (write &amp; for a literal '&')`, ...at };
		if (['amp', 'lt', 'gt', 'quot', 'apos'].includes(name!)) continue;
		const num = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(name!);
		if (!num) return { message: `Entity '${name}' is not defined`, ...at };
		const code = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2]!, 10);
		if (!isXmlChar(code)) return { message: `Character reference &${name}; is not an allowed XML character`, ...at };
	}
	return undefined;
}

/** Validate (well-formedness, as XML 1.0 defines it) then parse. Values stay strings (no number coercion). */
export function parseXml(xml: string): ParseOutcome {
	if (xml.trim() === '') return { ok: false, message: 'Empty request body' };
	const valid = XMLValidator.validate(xml);
	if (valid !== true) {
		return { ok: false, message: valid.err.msg, line: valid.err.line, col: valid.err.col };
	}
	const problem = wellFormednessProblem(stripCdataAndComments(xml));
	if (problem) return { ok: false, ...problem };
	try {
		const doc = parser.parse(xml) as XmlObject;
		const roots = Object.keys(doc).filter((k) => !k.startsWith('?'));
		const rootCount = roots.reduce((n, k) => n + asArray(doc[k]).length, 0);
		if (rootCount !== 1) return { ok: false, message: `A document has exactly one root element; found ${rootCount}` };
		return { ok: true, doc };
	} catch (e) {
		return { ok: false, message: (e as Error).message };
	}
}

/** CDATA sections and comments may hold '&' freely: blank them (same length, so positions hold). */
function stripCdataAndComments(xml: string): string {
	return xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, (m) => m.replace(/&/g, ' '));
}

export function asArray(value: XmlValue | undefined): XmlValue[] {
	if (value === undefined) return [];
	return Array.isArray(value) ? value : [value];
}

export function isObject(value: XmlValue | undefined): value is XmlObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Child element (first one when repeated). */
export function child(el: XmlValue | undefined, name: string): XmlValue | undefined {
	if (!isObject(el)) return undefined;
	const v = el[name];
	return Array.isArray(v) ? v[0] : v;
}

/** Text of a leaf: '' for an empty element, undefined when absent. Elements with attributes use '#text'. */
export function textOf(el: XmlValue | undefined): string | undefined {
	if (el === undefined) return undefined;
	if (typeof el === 'string') return el;
	if (Array.isArray(el)) return textOf(el[0]);
	const t = el['#text'];
	if (t === undefined) return Object.keys(el).some((k) => !k.startsWith('@_')) ? undefined : '';
	return typeof t === 'string' ? t : textOf(t);
}

export function childText(el: XmlValue | undefined, name: string): string | undefined {
	return textOf(child(el, name));
}

export function attr(el: XmlValue | undefined, name: string): string | undefined {
	if (!isObject(el)) return undefined;
	const v = el[`@_${name}`];
	return typeof v === 'string' ? v : undefined;
}

/** Element children names, attributes and text excluded. */
export function childNames(el: XmlValue | undefined): string[] {
	if (!isObject(el)) return [];
	return Object.keys(el).filter((k) => !k.startsWith('@_') && k !== '#text');
}

// ---------------------------------------------------------------------------------------------
// Writing. A tiny builder, so element order is exactly what the notes describe.

export interface XNode {
	name: string;
	attrs?: Record<string, string | number | undefined>;
	/** Text content (escaped on output). Ignored when children is set. */
	text?: string | number | null;
	children?: XNode[];
}

export function x(name: string, content?: string | number | null | XNode[], attrs?: XNode['attrs']): XNode {
	return Array.isArray(content) ? { name, attrs, children: content } : { name, attrs, text: content };
}

export function escapeXml(value: string, inAttribute = false): string {
	const text = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	return inAttribute ? text.replace(/"/g, '&quot;') : text;
}

function renderNode(node: XNode, pretty: boolean, depth: number, out: string[]): void {
	const pad = pretty ? '\n' + '  '.repeat(depth) : '';
	const attrs = Object.entries(node.attrs ?? {})
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => ` ${k}="${escapeXml(String(v), true)}"`)
		.join('');
	if (node.children) {
		out.push(`${pad}<${node.name}${attrs}>`);
		for (const c of node.children) renderNode(c, pretty, depth + 1, out);
		out.push(`${node.children.length && pretty ? pad : ''}</${node.name}>`);
		return;
	}
	const text = node.text === undefined || node.text === null ? '' : escapeXml(String(node.text));
	out.push(`${pad}<${node.name}${attrs}>${text}</${node.name}>`);
}

export function renderXml(root: XNode, pretty = true): string {
	const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
	renderNode(root, pretty, 0, out);
	return out.join('') + (pretty ? '\n' : '');
}
