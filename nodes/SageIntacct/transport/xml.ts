import { XMLBuilder, XMLParser } from 'fast-xml-parser';

/**
 * Sage's XML envelope (dtdversion 3.0), built and parsed with fast-xml-parser so every value is
 * escaped. Secrets never enter the XML built here: the control and login blocks are comments
 * (`<!--intacct:sender-->`, `<!--intacct:login-->`) that only the credential's `authenticate`
 * replaces at send time. A comment cannot be forged by data, because `<` in data is escaped.
 */
export type XmlValue = string | number | boolean | undefined | null | XmlNode | XmlValue[];
export interface XmlNode {
	[name: string]: XmlValue;
}

export const SENDER_MARK = '<!--intacct:sender-->';
export const LOGIN_MARK = '<!--intacct:login-->';

const builder = new XMLBuilder({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	commentPropName: '#comment',
	suppressEmptyNode: false,
	// Otherwise fast-xml-parser writes transaction="true" as a bare `transaction` attribute, which is not XML.
	suppressBooleanAttributes: false,
	processEntities: true,
	format: false,
});

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: true,
	processEntities: true,
	isArray: (_name, jpath) =>
		/^response\.operation\.result$/.test(String(jpath)) || /\.errormessage\.error$/.test(String(jpath)),
});

export function toXml(node: XmlNode): string {
	return builder.build(node) as string;
}

export function parseXml(xml: string): Record<string, unknown> {
	return parser.parse(xml) as Record<string, unknown>;
}

export interface IntacctFunction {
	/** Matches the result to its item; with uniqueid=true it is also Intacct's idempotency key. */
	controlId: string;
	/** `{ functionName: content }`, e.g. `{ readByQuery: { object: 'CUSTOMER', ... } }`. */
	body: XmlNode;
}

export type AuthMode = { sessionId: string } | 'login';

export interface RequestOptions {
	controlId: string;
	uniqueId: boolean;
	transaction?: boolean;
	auth: AuthMode;
	functions: IntacctFunction[];
}

/** Bad input found while checking what goes into a request; `field` is the path of the offending key or value. */
export class XmlInputError extends Error {
	constructor(
		message: string,
		readonly field: string,
	) {
		super(message);
		this.name = 'XmlInputError';
	}
}

/**
 * Element names a function body may never contain: the envelope's own elements and those that carry
 * credentials or the session. Sage's element names are case-sensitive; the envelope's are lower case.
 */
export const RESERVED_ELEMENTS = new Set([
	'request',
	'control',
	'senderid',
	'password',
	'controlid',
	'uniqueid',
	'dtdversion',
	'includewhitespace',
	'policyid',
	'operation',
	'authentication',
	'login',
	'sessionid',
	'userid',
	'companyid',
	'clientid',
	'function',
	'content',
]);

/**
 * An XML Name as Sage's element names are written: a letter or underscore, then letters, digits,
 * `_`, `-` or `.`. Narrower than XML 1.0's Name on purpose (no `:` namespaces, no non-ASCII): every
 * element and field in Sage's schema fits it, and nothing that could end or open markup does.
 */
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Characters XML 1.0 forbids anywhere (§2.2 Char): C0 controls except tab/LF/CR, U+FFFE/U+FFFF, lone surrogates. */
const INVALID_XML_CHARS =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INVALID_XML_CHARS_G = new RegExp(INVALID_XML_CHARS.source, 'g');

/** The first character XML 1.0 forbids in `text`, as U+XXXX, or undefined. */
export function invalidXmlChar(text: string): string | undefined {
	const m = INVALID_XML_CHARS.exec(text);
	return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** `value` without the characters XML 1.0 forbids (the "Remove Invalid XML Characters" option). */
export function removeInvalidXmlChars<T extends XmlValue>(value: T): T {
	if (typeof value === 'string') return value.replace(INVALID_XML_CHARS_G, '') as T;
	if (Array.isArray(value)) return value.map((v) => removeInvalidXmlChars(v)) as T;
	if (value && typeof value === 'object') {
		const out: XmlNode = {};
		for (const [k, v] of Object.entries(value)) out[k] = removeInvalidXmlChars(v);
		return out as T;
	}
	return value;
}

/** Checks one element or attribute name; `path` names where it is, for the error. */
export function checkXmlName(name: string, path: string): void {
	const where = path ? `${path}.${name}` : name;
	if (!XML_NAME.test(name) || /^xml/i.test(name)) {
		throw new XmlInputError(
			`"${name}" (at ${where}) is not a valid Sage Intacct element name: use the field names Sage documents (letters, digits, _, - or ., starting with a letter or _); remove or rename the key.`,
			where,
		);
	}
	if (RESERVED_ELEMENTS.has(name)) {
		throw new XmlInputError(
			`"${name}" (at ${where}) is an element of the request envelope or the credentials, which the node writes itself; remove the key from the record.`,
			where,
		);
	}
}

/**
 * Checks a function body before anything is sent: every element name is a valid XML name and not an
 * envelope element, attributes (`@_name`, written by the node's own shapes) have valid names, and no
 * value holds a character XML 1.0 forbids. Throws XmlInputError naming the key or field.
 */
export function checkXmlNode(value: XmlValue, path = ''): void {
	if (value === undefined || value === null || typeof value === 'number' || typeof value === 'boolean') return;
	if (typeof value === 'string') {
		const bad = invalidXmlChar(value);
		if (bad) {
			throw new XmlInputError(
				`${path || 'A value'} contains the character ${bad}, which XML does not allow. Remove it from the source data, or switch on Write Options > Remove Invalid XML Characters.`,
				path,
			);
		}
		return;
	}
	if (Array.isArray(value)) {
		value.forEach((v, n) => checkXmlNode(v, `${path}[${n}]`));
		return;
	}
	for (const [k, v] of Object.entries(value)) {
		if (k === '#text') {
			checkXmlNode(v, path);
			continue;
		}
		if (k.startsWith('@_')) {
			checkXmlName(k.slice(2), path);
			if (v !== null && typeof v === 'object')
				throw new XmlInputError(`${path}.${k}: an attribute takes one value.`, `${path}.${k}`);
			checkXmlNode(v, `${path}.${k.slice(2)}`);
			continue;
		}
		checkXmlName(k, path);
		checkXmlNode(v, path ? `${path}.${k}` : k);
	}
}

/**
 * Checks the keys of a record given as JSON by the user: only plain element names (no `@_`
 * attributes, `#comment`/`#text` or other builder keys), so data cannot become markup.
 */
export function checkRecordKeys(value: unknown, path = ''): void {
	if (Array.isArray(value)) {
		value.forEach((v, n) => checkRecordKeys(v, `${path}[${n}]`));
		return;
	}
	if (!value || typeof value !== 'object') return;
	for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
		checkXmlName(k, path);
		checkRecordKeys(v, path ? `${path}.${k}` : k);
	}
}

export function buildRequestXml(options: RequestOptions): string {
	// The one place requests are built: nothing reaches the wire unchecked, whoever built the body.
	for (const f of options.functions) {
		checkXmlNode(f.controlId, 'controlid');
		checkXmlNode(f.body);
	}
	checkXmlNode(options.controlId, 'controlid');
	const authentication: XmlNode =
		options.auth === 'login' ? { '#comment': 'intacct:login' } : { sessionid: options.auth.sessionId };
	const request = {
		request: {
			control: {
				'#comment': 'intacct:sender',
				controlid: options.controlId,
				uniqueid: options.uniqueId ? 'true' : 'false',
				dtdversion: '3.0',
				includewhitespace: 'false',
			},
			operation: {
				'@_transaction': options.transaction ? 'true' : 'false',
				authentication,
				content: {
					function: options.functions.map((f) => ({ '@_controlid': f.controlId, ...f.body })),
				},
			},
		},
	};
	return `<?xml version="1.0" encoding="UTF-8"?>${toXml(request)}`;
}

export interface SenderCredentials {
	senderId: string;
	senderPassword: string;
	userId: string;
	companyId: string;
	userPassword: string;
	entityId?: string;
}

/** Fills the two marks with escaped credential values. Called only by the credential. */
export function renderCredentialBlocks(xml: string, c: SenderCredentials): string {
	const sender = toXml({ senderid: c.senderId, password: c.senderPassword });
	const login = toXml({
		login: {
			userid: c.userId,
			companyid: c.companyId,
			password: c.userPassword,
			...(c.entityId ? { locationid: c.entityId } : {}),
		},
	});
	return xml.split(SENDER_MARK).join(sender).split(LOGIN_MARK).join(login);
}

export function escapeQueryValue(value: string): string {
	// readByQuery string literals: single quotes are escaped with a backslash (reference 3.3).
	return value.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}
