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
		/^response\.operation\.result$/.test(String(jpath)) ||
		/\.errormessage\.error$/.test(String(jpath)),
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

export function buildRequestXml(options: RequestOptions): string {
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
