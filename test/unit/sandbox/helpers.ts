import { XMLParser } from 'fast-xml-parser';
import { INTACCT_SANDBOX_CREDENTIALS as CREDS } from '../../../sandbox/intacct/seed';

export const GATEWAY = '/intacct/ia/xml/xmlgw.phtml';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false });

export type Xml = any;

export function parseXml(body: string): Xml {
	return parser.parse(body);
}

export function asArray<T>(v: T | T[] | undefined): T[] {
	return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function esc(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface EnvelopeOptions {
	senderId?: string;
	senderPassword?: string;
	sessionId?: string;
	login?: { userId?: string; companyId?: string; password?: string; locationId?: string };
	transaction?: boolean;
	/** Raw <function> contents; controlids f1, f2, ... */
	functions: string[];
}

/** A request envelope as the notes (§1) describe it. */
export function envelope(o: EnvelopeOptions): string {
	const auth =
		o.sessionId !== undefined
			? `<sessionid>${esc(o.sessionId)}</sessionid>`
			: `<login><userid>${esc(o.login?.userId ?? CREDS.userId)}</userid><companyid>${esc(o.login?.companyId ?? CREDS.companyId)}</companyid><password>${esc(o.login?.password ?? CREDS.userPassword)}</password>${o.login?.locationId !== undefined ? `<locationid>${esc(o.login.locationId)}</locationid>` : ''}</login>`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<request>
  <control>
    <senderid>${esc(o.senderId ?? CREDS.senderId)}</senderid>
    <password>${esc(o.senderPassword ?? CREDS.senderPassword)}</password>
    <controlid>test-${Date.now()}</controlid>
    <uniqueid>false</uniqueid>
    <dtdversion>3.0</dtdversion>
    <includewhitespace>false</includewhitespace>
  </control>
  <operation transaction="${o.transaction ? 'true' : 'false'}">
    <authentication>${auth}</authentication>
    <content>${o.functions.map((f, i) => `<function controlid="f${i + 1}">${f}</function>`).join('')}</content>
  </operation>
</request>`;
}

/**
 * POST to the login gateway, or to `endpoint` (a full URL: the session endpoint getAPISession
 * returned, where session-authenticated requests must go).
 */
export async function post(
	baseUrl: string,
	xml: string,
	endpoint?: string,
): Promise<{ status: number; headers: Headers; text: string; xml: Xml }> {
	const res = await fetch(endpoint ?? baseUrl + GATEWAY, {
		method: 'POST',
		headers: { 'content-type': 'application/xml' },
		body: xml,
	});
	const text = await res.text();
	let parsed: Xml;
	try {
		parsed = parseXml(text);
	} catch {
		parsed = undefined;
	}
	return { status: res.status, headers: res.headers, text, xml: parsed };
}

export async function adminJson(
	baseUrl: string,
	method: string,
	path: string,
	body?: unknown,
): Promise<{ status: number; json: Xml }> {
	const res = await fetch(baseUrl + '/__admin' + path, {
		method,
		headers: body !== undefined ? { 'content-type': 'application/json' } : undefined,
		body: body !== undefined ? JSON.stringify(body) : undefined,
	});
	const text = await res.text();
	return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

export async function getSession(
	baseUrl: string,
	locationId?: string,
): Promise<{ sessionid: string; endpoint: string; locationid: string; auth: Xml }> {
	const fn =
		locationId === undefined
			? '<getAPISession/>'
			: `<getAPISession><locationid>${locationId}</locationid></getAPISession>`;
	const r = await post(baseUrl, envelope({ functions: [fn] }));
	const result = r.xml.response.operation.result;
	if (result.status !== 'success') throw new Error(`getAPISession failed: ${r.text}`);
	return { ...result.data.api, auth: r.xml.response.operation.authentication };
}
