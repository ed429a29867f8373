import type { RequestInfo, SandboxRequest, SandboxResponse, SystemContext } from '../core/types';
import { formatSessionTimestamp } from './dates';
import { ERR, errorMessageNode, IntacctError, type IntacctErrorEntry } from './errors';
import { INTACCT_FUNCTIONS, type ControlBlock } from './functions';
import { checkLegacyShape, isLegacyFunction } from './functions/legacyShape';
import { findBadValue } from './functions/values';
import { DUPLICATE_CONTROLID_ANSWER } from './assumptions';
import type { IntacctIdentity, IntacctRuntime, IntacctSession } from './runtime';
import { INTACCT_SENDERS, INTACCT_USERS } from './seed';
import {
	asArray,
	attr,
	child,
	childNames,
	childText,
	isObject,
	parseXml,
	renderXml,
	x,
	type XmlObject,
	type XmlValue,
	type XNode,
} from './xml';

export const GATEWAY_PATH = '/ia/xml/xmlgw.phtml';

// ---------------------------------------------------------------------------------------------
// Parsing and shape checks (cached per request in req.locals, so describe() and handle() parse once).

interface ParsedFunction {
	name: string;
	controlid: string;
	element: XmlValue;
}
interface ParsedOperation {
	transaction: boolean;
	auth: { login?: { userid: string; companyid: string; password: string; locationid: string }; sessionid?: string };
	functions: ParsedFunction[];
}
type Parsed =
	| { ok: true; control: ControlBlock; senderPassword: string; operations: ParsedOperation[] }
	| { ok: false; error: IntacctErrorEntry; control?: Partial<ControlBlock> };

function schemaError(detail: string, control?: Partial<ControlBlock>): Parsed {
	// ASSUMED: the description2 wording of schema errors (notes: XL03000003 is "XML parse or schema error").
	return { ok: false, error: ERR.xmlParse(detail), control };
}

function parseRequest(body: string): Parsed {
	const outcome = parseXml(body);
	if (!outcome.ok) {
		const where = outcome.line !== undefined ? ` (line ${outcome.line}, column ${outcome.col})` : '';
		return schemaError(`XML Parse error: ${outcome.message}${where}`);
	}
	const request = outcome.doc.request;
	if (!isObject(request)) return schemaError('The root element must be <request>.');
	const controlEl = child(request, 'control');
	if (!isObject(controlEl)) return schemaError('Request is missing the control block.');
	const partial: Partial<ControlBlock> = {
		senderid: childText(controlEl, 'senderid'),
		controlid: childText(controlEl, 'controlid'),
		uniqueid: childText(controlEl, 'uniqueid'),
		dtdversion: childText(controlEl, 'dtdversion'),
	};
	const password = childText(controlEl, 'password');
	for (const [name, value] of [
		['senderid', partial.senderid],
		['password', password],
		['controlid', partial.controlid],
		['dtdversion', partial.dtdversion],
	] as const) {
		if (value === undefined) return schemaError(`Control block is missing ${name} element`, partial);
	}
	if (partial.dtdversion !== '3.0') {
		// ASSUMED: the sandbox only speaks DTD 3.0 (2.1 is the legacy DTD, notes §1.2).
		return schemaError(`Unsupported dtdversion '${partial.dtdversion}'; the sandbox accepts 3.0.`, partial);
	}
	if (partial.uniqueid !== undefined && !['true', 'false'].includes(partial.uniqueid)) {
		return schemaError(`uniqueid must be true or false, got '${partial.uniqueid}'.`, partial);
	}
	const includewhitespace = childText(controlEl, 'includewhitespace');
	const control: ControlBlock = {
		senderid: partial.senderid!,
		controlid: partial.controlid!,
		// ASSUMED: an omitted uniqueid is echoed as 'false', the value every official SDK sends (notes §1.2).
		uniqueid: partial.uniqueid ?? 'false',
		dtdversion: partial.dtdversion!,
		// XSD default true (notes §1.2).
		includewhitespace: includewhitespace !== 'false',
	};

	const operations: ParsedOperation[] = [];
	const opEls = asArray(request.operation);
	if (opEls.length === 0) return schemaError('Request is missing the operation block.', partial);
	for (const op of opEls) {
		if (!isObject(op)) return schemaError('Operation block is empty.', partial);
		const authEl = child(op, 'authentication');
		if (!isObject(authEl)) return schemaError('Operation is missing the authentication block.', partial);
		const auth: ParsedOperation['auth'] = {};
		const login = child(authEl, 'login');
		const sessionid = childText(authEl, 'sessionid');
		if (isObject(login)) {
			const userid = childText(login, 'userid');
			const companyid = childText(login, 'companyid');
			const pw = childText(login, 'password');
			if (userid === undefined || companyid === undefined || pw === undefined) {
				return schemaError('login requires userid, companyid and password.', partial);
			}
			auth.login = { userid, companyid, password: pw, locationid: childText(login, 'locationid') ?? '' };
		} else if (sessionid !== undefined) {
			auth.sessionid = sessionid;
		} else {
			return schemaError('authentication requires login or sessionid.', partial);
		}
		const content = child(op, 'content');
		const fnEls = isObject(content) ? asArray(content.function) : [];
		if (fnEls.length === 0) return schemaError('content requires at least one function.', partial);
		const functions: ParsedFunction[] = [];
		for (const fn of fnEls) {
			const controlid = attr(fn, 'controlid');
			// Notes §1.5: every <function> must carry a controlid attribute (1-256 characters in the SDK).
			if (controlid === undefined || controlid.length < 1 || controlid.length > 256) {
				return schemaError('Each function requires a controlid attribute of 1 to 256 characters.', partial);
			}
			const names = childNames(fn);
			if (names.length !== 1) return schemaError('Each function must contain exactly one element.', partial);
			const name = names[0]!;
			const el = (fn as XmlObject)[name]!;
			if (Array.isArray(el)) return schemaError('Each function must contain exactly one element.', partial);
			// Legacy functions are checked against api.xsd before anything runs (functions/legacyShape.ts).
			const shapeProblem = isLegacyFunction(name) ? checkLegacyShape(name, el) : undefined;
			if (shapeProblem) return schemaError(shapeProblem, partial);
			functions.push({ name, controlid, element: el });
		}
		const txn = attr(op, 'transaction');
		operations.push({ transaction: txn === 'true', auth, functions });
	}
	return { ok: true, control, senderPassword: password!, operations };
}

function parsedOf(req: SandboxRequest): Parsed {
	return (req.locals.intacct ??= parseRequest(req.body)) as Parsed;
}

// ---------------------------------------------------------------------------------------------
// Response pieces (notes §2.1).

function controlNode(status: 'success' | 'failure', control?: Partial<ControlBlock>): XNode {
	if (!control || control.senderid === undefined) return x('control', [x('status', status)]);
	return x('control', [
		x('status', status),
		x('senderid', control.senderid),
		x('controlid', control.controlid ?? ''),
		x('uniqueid', control.uniqueid ?? 'false'),
		x('dtdversion', control.dtdversion ?? ''),
	]);
}

function xmlResponse(root: XNode, status = 200, pretty = true): SandboxResponse {
	// ASSUMED: content type; the SDK fixtures use text/xml with UTF-8.
	return { status, headers: { 'content-type': 'text/xml; charset=UTF-8' }, body: renderXml(root, pretty) };
}

/** A control-level failure: no operation ran (notes §2.1 level 1). */
export function controlFailure(
	errors: IntacctErrorEntry[],
	control?: Partial<ControlBlock>,
	status = 200,
): SandboxResponse {
	return xmlResponse(
		x('response', [controlNode('failure', control), errorMessageNode(errors)]),
		status,
		control?.includewhitespace ?? true,
	);
}

// ---------------------------------------------------------------------------------------------
// Authentication (notes §1.4, §2.1 level 2, §2.4).

type AuthOutcome =
	| { ok: true; identity: IntacctIdentity; session?: IntacctSession; node: XNode }
	| { ok: false; node: XNode; errors: IntacctErrorEntry[] };

function authFailure(
	fields: { userid?: string; companyid?: string; locationid?: string },
	error: IntacctErrorEntry,
): AuthOutcome {
	return {
		ok: false,
		errors: [error],
		node: x('authentication', [
			x('status', 'failure'),
			x('userid', fields.userid ?? ''),
			x('companyid', fields.companyid ?? ''),
			x('locationid', fields.locationid ?? ''),
		]),
	};
}

function senderAuthorized(senderid: string, companyid: string): boolean {
	// ASSUMED: a sender ID the sandbox does not know at all is reported as "not authorized" for the company.
	return INTACCT_SENDERS.some((s) => s.senderId === senderid && s.authorizedCompanies.includes(companyid));
}

function authenticate(
	op: ParsedOperation,
	control: ControlBlock,
	ctx: SystemContext,
	runtime: IntacctRuntime,
	nowMs: number,
	onSessionEndpoint: boolean,
): AuthOutcome {
	let identity: IntacctIdentity;
	let session: IntacctSession | undefined;
	if (op.auth.login) {
		const { userid, companyid, password, locationid } = op.auth.login;
		const fields = { userid, companyid, locationid };
		const companyKnown = INTACCT_USERS.some((u) => u.companyId === companyid);
		if (companyKnown && !senderAuthorized(control.senderid, companyid)) {
			return authFailure(fields, ERR.senderNotAuthorized(control.senderid, companyid));
		}
		const user = INTACCT_USERS.find((u) => u.companyId === companyid && u.userId === userid && u.password === password);
		if (!user) return authFailure(fields, ERR.userSignIn());
		if (locationid !== '' && !ctx.store.find('LOCATIONENTITY', (r) => r.fields.LOCATIONID === locationid)) {
			// ASSUMED: an unknown entity at login is a sign-in failure.
			return authFailure(fields, ERR.userSignIn());
		}
		identity = { senderid: control.senderid, companyid, userid, locationid };
	} else {
		session = runtime.findSession(op.auth.sessionid ?? '', nowMs);
		if (!session) return authFailure({}, ERR.invalidSession());
		// Notes §1.1/§1.4/§1.6: a session is tied to the endpoint getAPISession returned; the sandbox
		// accepts it there only, so a client that keeps posting to the login endpoint fails.
		if (!onSessionEndpoint) return authFailure({}, ERR.invalidSession(runtime.sessionEndpoint(ctx)));
		if (!senderAuthorized(control.senderid, session.companyid)) {
			return authFailure(
				{ userid: session.userid, companyid: session.companyid, locationid: session.locationid },
				ERR.senderNotAuthorized(control.senderid, session.companyid),
			);
		}
		runtime.touchSession(session, nowMs);
		identity = {
			senderid: control.senderid,
			companyid: session.companyid,
			userid: session.userid,
			locationid: session.locationid,
			sessionId: session.id,
		};
	}
	// ASSUMED: a login-authenticated call reports now + the configured duration as its timeout.
	const timeoutMs = session?.expiresAtMs ?? nowMs + runtime.sessionTimeoutSeconds * 1000;
	return {
		ok: true,
		identity,
		session,
		node: x('authentication', [
			x('status', 'success'),
			x('userid', identity.userid),
			x('companyid', identity.companyid),
			x('locationid', identity.locationid),
			x('sessiontimestamp', formatSessionTimestamp(nowMs)),
			x('sessiontimeout', formatSessionTimestamp(timeoutMs)),
		]),
	};
}

// ---------------------------------------------------------------------------------------------
// The gateway.

export function describeGateway(req: SandboxRequest, runtime: IntacctRuntime, nowMs: number): RequestInfo {
	if (req.method !== 'POST' || req.path !== GATEWAY_PATH) return {};
	const parsed = parsedOf(req);
	if (!parsed.ok) return { operations: ['invalid-request'] };
	const operations = parsed.operations.flatMap((op) => op.functions.map((f) => f.name));
	const first = parsed.operations[0]!;
	const concurrencyKey =
		first.auth.login?.companyid ?? runtime.findSession(first.auth.sessionid ?? '', nowMs)?.companyid;
	return { operations, concurrencyKey };
}

function resultNode(fn: ParsedFunction, outcome: Outcome): XNode {
	// ASSUMED (notes §5.1, I-1; assumptions.ts DUPLICATE_CONTROLID_ANSWER): a function repeated under
	// uniqueid=true is not run again and its result comes back without a <status> element; the
	// exact errorno is undocumented, so nothing may rely on this being an error.
	if ('repeat' in outcome && DUPLICATE_CONTROLID_ANSWER === 'result-without-status')
		return x('result', [x('function', fn.name), x('controlid', fn.controlid)]);
	const head = [x('status', outcome.ok ? 'success' : 'failure'), x('function', fn.name), x('controlid', fn.controlid)];
	if (!outcome.ok) return x('result', [...head, errorMessageNode(outcome.errors)]);
	return x('result', [
		...head,
		...(outcome.key !== undefined ? [x('key', outcome.key)] : []),
		...(outcome.data ? [outcome.data] : []),
	]);
}

type Outcome = { ok: true; data?: XNode; key?: string } | { ok: false; errors: IntacctErrorEntry[]; repeat?: true };

async function runOperation(
	op: ParsedOperation,
	control: ControlBlock,
	ctx: SystemContext,
	runtime: IntacctRuntime,
	onSessionEndpoint: boolean,
): Promise<XNode> {
	const nowMs = ctx.clock.nowMs();
	const auth = authenticate(op, control, ctx, runtime, nowMs, onSessionEndpoint);
	if (!auth.ok) return x('operation', [auth.node, errorMessageNode(auth.errors)]);

	const checkpoint = op.transaction ? ctx.store.checkpoint() : undefined;
	const outcomes: Outcome[] = [];
	const unique = control.uniqueid === 'true';
	const executedKey = (fn: ParsedFunction) => `${auth.identity.companyid}|${fn.controlid}`;
	for (const fn of op.functions) {
		// Notes §1.2/§5.1: under uniqueid=true each function's controlid is checked against earlier
		// executed, completed operations of the company.
		if (unique && runtime.executedControlIds.has(executedKey(fn))) {
			outcomes.push({ ok: false, repeat: true, errors: [] });
			continue;
		}
		const handler = INTACCT_FUNCTIONS[fn.name];
		if (!handler) {
			outcomes.push({ ok: false, errors: [ERR.unknownFunction(fn.name)] });
			continue;
		}
		// Impossible dates and unknown currency codes fail the function before it runs, whatever
		// function or field carries them (functions/values.ts).
		const badValue = findBadValue(fn.name, fn.element);
		if (badValue) {
			outcomes.push({ ok: false, errors: [badValue] });
			continue;
		}
		try {
			const r = await handler(
				{
					sys: ctx,
					runtime,
					identity: auth.identity,
					control,
					functionControlId: fn.controlid,
					functionName: fn.name,
					transaction: op.transaction,
					nowMs,
				},
				fn.element,
			);
			outcomes.push({ ok: true, data: r.data, key: r.key });
		} catch (e) {
			if (!(e instanceof IntacctError)) throw e;
			outcomes.push({ ok: false, errors: e.errors });
		}
	}
	if (op.transaction && outcomes.some((o) => !o.ok && !o.repeat)) {
		// Notes §2.1: under transaction="true" earlier writes roll back and the other functions report XL03000009.
		ctx.store.rollback(checkpoint);
		for (let i = 0; i < outcomes.length; i++) {
			const o = outcomes[i]!;
			if (!o.ok && o.repeat) continue;
			outcomes[i] = { ok: false, errors: o.ok ? [ERR.rolledBack()] : [...o.errors, ERR.rolledBack()] };
		}
	}
	if (unique) {
		op.functions.forEach((fn, i) => {
			if (outcomes[i]!.ok) runtime.executedControlIds.add(executedKey(fn));
		});
	}
	return x('operation', [auth.node, ...op.functions.map((fn, i) => resultNode(fn, outcomes[i]!))]);
}

export async function handleGateway(
	req: SandboxRequest,
	ctx: SystemContext,
	runtime: IntacctRuntime,
): Promise<SandboxResponse> {
	if (req.path !== GATEWAY_PATH) {
		return {
			status: 404,
			headers: { 'content-type': 'text/plain; charset=utf-8' },
			body: `Not found: ${req.fullPath}`,
		};
	}
	if (req.method !== 'POST') {
		// Notes §1.1: POST only; GET is blocked. ASSUMED: answered with 405.
		return {
			status: 405,
			headers: { allow: 'POST', 'content-type': 'text/plain; charset=utf-8' },
			body: 'Only POST is supported.',
		};
	}
	const parsed = parsedOf(req);
	if (!parsed.ok) return controlFailure([parsed.error], parsed.control);
	const { control } = parsed;

	const sender = INTACCT_SENDERS.find((s) => s.senderId === control.senderid);
	if (sender && sender.password !== parsed.senderPassword) return controlFailure([ERR.senderSignIn()], control);

	const operations: XNode[] = [];
	const onSessionEndpoint = runtime.isSessionEndpoint(req);
	for (const op of parsed.operations) operations.push(await runOperation(op, control, ctx, runtime, onSessionEndpoint));
	return xmlResponse(x('response', [controlNode('success', control), ...operations]), 200, control.includewhitespace);
}
