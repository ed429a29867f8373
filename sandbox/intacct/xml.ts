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
});

export type ParseOutcome = { ok: true; doc: XmlObject } | { ok: false; message: string; line?: number; col?: number };

/** Validate then parse. Values stay strings (no number coercion). */
export function parseXml(xml: string): ParseOutcome {
	if (xml.trim() === '') return { ok: false, message: 'Empty request body' };
	const valid = XMLValidator.validate(xml);
	if (valid !== true) {
		return { ok: false, message: valid.err.msg, line: valid.err.line, col: valid.err.col };
	}
	try {
		return { ok: true, doc: parser.parse(xml) as XmlObject };
	} catch (e) {
		return { ok: false, message: (e as Error).message };
	}
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
