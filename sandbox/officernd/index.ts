import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { json } from '../core/http';
import type { Fields, FieldValue, StoredRecord } from '../core/store';
import type { SandboxRequest, SandboxResponse, SystemContext, SystemModule } from '../core/types';
import { PDF_PATH_PREFIX, SANDBOX_ORG_SLUG, THROTTLED_MESSAGE } from './assumptions';
import { priceLines, settlementPatch } from './billing';
import {
	COLLECTION_BY_NAME,
	accountingSchema,
	allocationSchema,
	allocationUpdateSchema,
	objectId,
	validationMessages,
	type CollectionSpec,
} from './collections';
import { ApiError, errorBody, notFound, unauthorized } from './errors';
import { TokenIssuer } from './oauth';
import { listPage, type ApiRecord } from './query';
import { seedOfficeRnd, taxPercent } from './seed';
import { WebhookDeliverer, type Tamper } from './webhooks';

export { OFFICERND_SANDBOX_CREDENTIALS, SANDBOX_ORG_SLUG, ALL_SCOPES } from './assumptions';
export { SEED_IDS, oid } from './seed';
export { sign } from './webhooks';

const API_PREFIX = '/api/v2/organizations/';
const TOKEN_PATH = '/oauth/token';

/** Fields that references must point at (ASSUMED: OfficeRnD's answer to a dangling reference). */
const REFERENCES: Record<string, string> = {
	company: 'companies',
	member: 'members',
	location: 'locations',
	plan: 'plans',
	payment: 'payments',
};

export function toApi(record: StoredRecord): ApiRecord {
	return { _id: record.id, ...record.fields, createdAt: record.createdAt, modifiedAt: record.modifiedAt } as ApiRecord;
}

interface Route {
	spec: CollectionSpec;
	id?: string;
	rest: string[];
}

function parseRoute(path: string): { slug: string; route?: Route } | undefined {
	if (!path.startsWith(API_PREFIX)) return undefined;
	const [slug, collection, id, ...rest] = path.slice(API_PREFIX.length).split('/').map(decodeURIComponent);
	const spec = collection ? COLLECTION_BY_NAME.get(collection) : undefined;
	return { slug, route: spec ? { spec, id: id || undefined, rest } : undefined };
}

/** The scope one request needs (reference §1.2: flex.<area>.<resource>.<action>). */
function requiredScope(method: string, route: Route): string {
	const { spec, rest } = route;
	if (spec.name === 'payments' && rest[0] === 'documents') return 'flex.billing.payments.documents.read';
	if (spec.name === 'payments' && rest[0] === 'allocations') {
		return method === 'POST' ? 'flex.billing.payments.allocations.create' : 'flex.billing.payments.allocations.update';
	}
	const action = method === 'GET' ? 'read' : method === 'POST' ? 'create' : method === 'DELETE' ? 'delete' : 'update';
	return `${spec.scope}.${action}`;
}

function operationLabel(method: string, route: Route): string {
	const { spec, id, rest } = route;
	if (rest.length) return `${spec.name}.${rest[0]}.${method.toLowerCase()}`;
	if (method === 'GET') return `${spec.name}.${id ? 'get' : 'list'}`;
	return `${spec.name}.${method === 'POST' ? 'create' : method === 'DELETE' ? 'delete' : 'update'}`;
}

function parseBody<T>(schema: z.ZodType<T>, body: string): T {
	let raw: unknown;
	try {
		raw = body.trim() === '' ? {} : JSON.parse(body);
	} catch {
		throw new ApiError(400, 'Unexpected token in JSON body');
	}
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ApiError(400, 'body must be a JSON object');
	const result = schema.safeParse(raw);
	if (!result.success) throw new ApiError(400, validationMessages(result.error));
	return result.data;
}

function changedAttributes(before: Fields, after: Fields): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(after))
		if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = before[key] ?? null;
	return out;
}

/** The OfficeRnD Flex API v2 simulator: token endpoint, v2 collections, signed webhooks. */
export function createOfficeRndSystem(): SystemModule {
	const tokens = new TokenIssuer();
	const deliverer = new WebhookDeliverer();

	/** Signed deliveries to every enabled webhook subscribed to the event (fire and forget). */
	function emit(
		ctx: SystemContext,
		eventType: string,
		object: ApiRecord,
		previousAttributes: Record<string, unknown> = {},
	): void {
		for (const hook of ctx.store.list('webhooks')) {
			const f = hook.fields;
			const types = Array.isArray(f.eventTypes) ? (f.eventTypes as string[]) : [];
			if (f.isEnabled === false || !(types.includes(eventType) || types.includes('*'))) continue;
			void deliverer.deliver(
				{
					webhookId: hook.id,
					url: String(f.url),
					secret: String(f.secret),
					eventType,
					object,
					previousAttributes,
					timestamp: Math.floor(ctx.clock.nowMs() / 1000),
				},
				ctx.clock.now().toISOString(),
			);
		}
	}

	function checkReferences(ctx: SystemContext, body: Record<string, unknown>): void {
		const problems: string[] = [];
		for (const [field, collection] of Object.entries(REFERENCES)) {
			const v = body[field];
			if (typeof v === 'string' && !ctx.store.get(collection, v)) problems.push(`${field} ${v} does not exist`);
		}
		if (problems.length) throw new ApiError(400, problems);
	}

	function priceDocument(ctx: SystemContext, fields: Fields): Fields {
		if (!Array.isArray(fields.lines)) return fields;
		const currency = String(fields.currency ?? 'GBP');
		const secondary = ctx.store.find('secondary-currencies', (r) => r.fields.code === currency);
		const rate = secondary ? Math.round((1 / Number(secondary.fields.exchangeRate)) * 10000) / 10000 : 1;
		const priced = priceLines(
			fields.lines as Array<Record<string, FieldValue>>,
			String(fields.taxType ?? 'excluded'),
			(id) => taxPercent(ctx.store, id),
			rate,
		);
		return {
			...fields,
			lines: priced.lines,
			taxAmounts: priced.taxAmounts,
			subTotal: priced.subTotal,
			amount: priced.total,
			total: priced.total,
			baseTotal: Math.round(priced.total * rate * 100) / 100,
			currencyConversionRate: rate,
		};
	}

	/** Recompute a document after charges or allocations changed; emits invoice.updated. */
	function settle(ctx: SystemContext, docId: string): void {
		const before = ctx.store.get('payments', docId);
		const patch = settlementPatch(ctx.store, docId);
		if (!before) return;
		const after = patch ? ctx.store.update('payments', docId, patch) : ctx.store.update('payments', docId, {});
		emit(ctx, 'invoice.updated', toApi(after), patch ? changedAttributes(before.fields, patch) : {});
	}

	function nextNumber(ctx: SystemContext, documentType: string): string {
		const prefix = documentType === 'creditNote' ? 'CN-' : documentType === 'overpayment' ? 'OP-' : 'INV-';
		const count = ctx.store.list('payments').filter((r) => String(r.fields.number ?? '').startsWith(prefix)).length;
		return `${prefix}${String(count + 1).padStart(4, '0')}`;
	}

	function getOr404(ctx: SystemContext, collection: string, id: string): StoredRecord {
		const r = ctx.store.get(collection, id);
		if (!r) throw notFound(id);
		return r;
	}

	function create(ctx: SystemContext, spec: CollectionSpec, body: string): SandboxResponse {
		if (!spec.create) throw new ApiError(405, `Cannot POST /${spec.name}`);
		const input = parseBody(spec.create, body) as Record<string, unknown>;
		checkReferences(ctx, input);
		let fields: Fields = { ...(input as Fields) };
		if (spec.name === 'payments') {
			const documentType = String(input.documentType ?? 'invoice');
			fields = priceDocument(ctx, {
				documentType,
				number: nextNumber(ctx, documentType),
				date: ctx.clock.now().toISOString(),
				dueDate: ctx.clock.now().toISOString(),
				company: null,
				member: null,
				reference: '',
				taxType: 'excluded',
				status: 'draft',
				processingFeeLine: null,
				paidAmount: 0,
				pendingAmount: 0,
				allocatedAmount: 0,
				isPaid: false,
				isFailed: false,
				isSent: false,
				chargeMethod: null,
				allocations: [],
				accounting: null,
				properties: {},
				...fields,
			});
			fields.payableAmount = fields.status === 'voided' ? 0 : (fields.total as number);
		} else if (spec.name === 'charges') {
			const doc = getOr404(ctx, 'payments', String(input.payment));
			fields = {
				currency: doc.fields.currency,
				account: 'Cash',
				reference: '',
				date: ctx.clock.now().toISOString(),
				status: 'success',
				providerChargeReference: '',
				accounting: null,
				source: 'API',
				...fields,
			};
		} else if (spec.name === 'fees') {
			fields = {
				quantity: 1,
				planType: 'Plan',
				status: 'approved',
				isRefundable: false,
				isPersonal: false,
				shouldBillInAdvance: false,
				shouldUseCoins: false,
				payment: null,
				member: null,
				company: null,
				properties: {},
				...fields,
				source: 'API',
			};
		} else if (spec.name === 'companies') {
			fields = { description: '', email: '', url: '', status: 'active', tags: [], properties: {}, ...fields };
		} else if (spec.name === 'members') {
			fields = { company: null, status: 'active', tags: [], properties: {}, ...fields };
		} else if (spec.name === 'webhooks') {
			fields = { description: '', isEnabled: true, ...fields, secret: randomBytes(24).toString('hex') };
		}
		const record = ctx.store.insert(spec.name, { ...fields, createdBy: 'api', modifiedBy: 'api' });
		const out = toApi(record);
		if (spec.eventPrefix) emit(ctx, `${spec.eventPrefix}.created`, out);
		if (spec.name === 'charges') settle(ctx, String(fields.payment));
		return json(201, out);
	}

	function update(ctx: SystemContext, spec: CollectionSpec, id: string, body: string): SandboxResponse {
		if (!spec.update) throw new ApiError(405, `Cannot PUT /${spec.name}/${id}`);
		const before = getOr404(ctx, spec.name, id);
		const input = parseBody(spec.update, body) as Record<string, unknown>;
		checkReferences(ctx, input);
		let patch: Fields = { ...(input as Fields), modifiedBy: 'api' };
		if (spec.name === 'payments') {
			if (before.fields.status === 'voided') throw new ApiError(500, 'A voided document cannot be changed');
			if (input.lines || input.taxType || input.currency) {
				const merged = priceDocument(ctx, { ...before.fields, ...patch });
				patch = {
					...patch,
					...Object.fromEntries(
						['lines', 'taxAmounts', 'subTotal', 'amount', 'total', 'baseTotal', 'currencyConversionRate'].map((k) => [
							k,
							merged[k],
						]),
					),
				};
			}
		}
		let after = ctx.store.update(spec.name, id, patch);
		if (spec.name === 'payments') {
			const settlement = settlementPatch(ctx.store, id);
			if (settlement) after = ctx.store.update(spec.name, id, settlement, { modifiedAt: after.modifiedAt });
		}
		const out = toApi(after);
		if (spec.eventPrefix) emit(ctx, `${spec.eventPrefix}.updated`, out, changedAttributes(before.fields, after.fields));
		if (spec.name === 'charges') settle(ctx, String(after.fields.payment));
		return json(200, out);
	}

	function remove(ctx: SystemContext, spec: CollectionSpec, id: string): SandboxResponse {
		if (!spec.canDelete) throw new ApiError(405, `Cannot DELETE /${spec.name}/${id}`);
		const before = getOr404(ctx, spec.name, id);
		ctx.store.delete(spec.name, id);
		const out = toApi(before);
		if (spec.eventPrefix) emit(ctx, `${spec.eventPrefix}.removed`, out);
		if (spec.name === 'charges') settle(ctx, String(before.fields.payment));
		return json(200, out);
	}

	/** /payments/{id}/documents and /payments/{id}/allocations[/{allocationId}[/accounting]]. */
	function paymentSub(req: SandboxRequest, ctx: SystemContext, id: string, rest: string[]): SandboxResponse {
		const doc = getOr404(ctx, 'payments', id);
		const [sub, allocationId, tail] = rest;
		if (sub === 'documents' && req.method === 'GET' && rest.length === 1) {
			return json(200, [
				{
					_id: objectId({ idCode: 'a9' }, Number.parseInt(id.slice(-6), 10)),
					name: `${doc.fields.number}.pdf`,
					url: `${ctx.systemUrl}${PDF_PATH_PREFIX}${id}.pdf`,
					type: doc.fields.documentType === 'creditNote' ? 'creditNote' : 'invoice',
					templateName: 'Default',
				},
			]);
		}
		if (sub !== 'allocations') throw new ApiError(404, `Cannot ${req.method} ${req.path}`);
		const allocations = (Array.isArray(doc.fields.allocations) ? doc.fields.allocations : []) as Array<
			Record<string, FieldValue>
		>;
		if (!allocationId && req.method === 'POST') {
			const input = parseBody(allocationSchema, req.body) as { target: string; amount: number };
			const target = getOr404(ctx, 'payments', input.target);
			const credit = doc.fields.documentType !== 'invoice' ? doc : target;
			const invoice = doc.fields.documentType !== 'invoice' ? target : doc;
			if (credit.fields.documentType === 'invoice' || invoice.fields.documentType !== 'invoice') {
				throw new ApiError(400, 'An allocation links a credit note or overpayment to an invoice');
			}
			// A credit note's refunds use up its credit too (billing.ts settlementPatch): what is left is its payableAmount.
			const creditLeft =
				credit.fields.documentType === 'creditNote'
					? Number(credit.fields.payableAmount ?? 0)
					: Number(credit.fields.total ?? 0) - Number(credit.fields.allocatedAmount ?? 0);
			if (input.amount > Number(invoice.fields.payableAmount ?? 0) + 1e-9 || input.amount > creditLeft + 1e-9) {
				throw new ApiError(500, 'The allocated amount exceeds the amount due or the credit available');
			}
			const allocationIdNew = objectId(
				{ idCode: '70' },
				ctx.store
					.list('payments')
					.reduce((n, r) => n + (Array.isArray(r.fields.allocations) ? r.fields.allocations.length : 0), 1000),
			);
			const add = (side: StoredRecord, other: StoredRecord): void => {
				const list = (Array.isArray(side.fields.allocations) ? side.fields.allocations : []) as FieldValue[];
				ctx.store.update('payments', side.id, {
					allocations: [
						...list,
						{
							_id: allocationIdNew,
							target: other.id,
							amount: input.amount,
							documentType: String(other.fields.documentType),
							accounting: null,
						},
					],
				});
			};
			add(doc, target);
			add(target, doc);
			for (const side of [doc.id, target.id]) {
				const patch = settlementPatch(ctx.store, side);
				if (patch) ctx.store.update('payments', side, patch);
			}
			const out = toApi(ctx.store.get('payments', id)!);
			emit(ctx, 'invoice.allocation.created', toApi(ctx.store.get('payments', invoice.id)!));
			return json(201, out);
		}
		const index = allocations.findIndex((a) => a._id === allocationId);
		if (!allocationId || index < 0) throw notFound(allocationId ?? '');
		const allocation = allocations[index];
		if (tail === 'accounting' && req.method === 'PUT' && rest.length === 3) {
			// Reference §2.1 [DOC]: body {provider, externalOrgId, providerId, deepLink, lastSync, error}; returns the payment.
			const accounting = parseBody(accountingSchema, req.body);
			const next = [...allocations];
			next[index] = { ...allocation, accounting: accounting as Fields };
			return json(200, toApi(ctx.store.update('payments', id, { allocations: next })));
		}
		if (tail !== undefined) throw new ApiError(404, `Cannot ${req.method} ${req.path}`);
		const other = ctx.store.get('payments', String(allocation.target));
		if (req.method === 'PUT') {
			const { amount } = parseBody(allocationUpdateSchema, req.body);
			for (const side of [doc, other].filter(Boolean) as StoredRecord[]) {
				const list = (side.fields.allocations as Array<Record<string, FieldValue>>).map((a) =>
					a._id === allocationId ? { ...a, amount } : a,
				);
				ctx.store.update('payments', side.id, { allocations: list });
				const patch = settlementPatch(ctx.store, side.id);
				if (patch) ctx.store.update('payments', side.id, patch);
			}
			return json(200, toApi(ctx.store.get('payments', id)!));
		}
		if (req.method === 'DELETE') {
			for (const side of [doc, other].filter(Boolean) as StoredRecord[]) {
				const list = (side.fields.allocations as Array<Record<string, FieldValue>>).filter(
					(a) => a._id !== allocationId,
				);
				ctx.store.update('payments', side.id, { allocations: list });
				const patch = settlementPatch(ctx.store, side.id);
				if (patch) ctx.store.update('payments', side.id, patch);
			}
			const invoiceId = doc.fields.documentType === 'invoice' ? doc.id : other?.id;
			if (invoiceId) emit(ctx, 'invoice.allocation.removed', toApi(ctx.store.get('payments', invoiceId)!));
			return json(200, toApi(ctx.store.get('payments', id)!));
		}
		throw new ApiError(405, `Cannot ${req.method} ${req.path}`);
	}

	function handleApi(req: SandboxRequest, ctx: SystemContext): SandboxResponse {
		const parsed = parseRoute(req.path);
		if (!parsed) throw new ApiError(404, `Cannot ${req.method} ${req.path}`);
		const token = tokens.verify(req.headers.authorization, ctx.clock.nowMs());
		if (!token) throw unauthorized();
		if (parsed.slug !== SANDBOX_ORG_SLUG) throw new ApiError(500, 'Organization not found');
		const { route } = parsed;
		if (!route) throw new ApiError(404, `Cannot ${req.method} ${req.path}`);
		if (!token.scopes.has(requiredScope(req.method, route))) throw unauthorized();
		const { spec, id, rest } = route;
		if (id && rest.length) {
			if (spec.name !== 'payments') throw new ApiError(404, `Cannot ${req.method} ${req.path}`);
			return paymentSub(req, ctx, id, rest);
		}
		if (!id) {
			if (req.method === 'GET') {
				const records = ctx.store.list(spec.name).map(toApi);
				// Webhook secrets are only shown at creation (ASSUMED; the docs list `secret` as a field).
				const shown = spec.name === 'webhooks' ? records.map(({ secret: _secret, ...r }) => r as ApiRecord) : records;
				return json(200, listPage(shown, req.url.searchParams, spec.filters));
			}
			if (req.method === 'POST') return create(ctx, spec, req.body);
			throw new ApiError(405, `Cannot ${req.method} /${spec.name}`);
		}
		if (req.method === 'GET') {
			if (!spec.canGetOne) throw new ApiError(405, `Cannot GET /${spec.name}/${id}`);
			return json(200, toApi(getOr404(ctx, spec.name, id)));
		}
		if (req.method === 'PUT') return update(ctx, spec, id, req.body);
		if (req.method === 'DELETE') return remove(ctx, spec, id);
		throw new ApiError(405, `Cannot ${req.method} /${spec.name}/${id}`);
	}

	function handlePdf(req: SandboxRequest, ctx: SystemContext): SandboxResponse {
		const id = req.path.slice(PDF_PATH_PREFIX.length).replace(/\.pdf$/, '');
		const doc = ctx.store.get('payments', id);
		if (!doc || req.method !== 'GET') return errorBody(404, `Item with Id (${id})`);
		const text = `${doc.fields.documentType} ${doc.fields.number} ${doc.fields.currency} ${doc.fields.total}`;
		// A minimal valid one-page PDF, enough for viewers and for binary-handling tests.
		const stream = `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
		const objects = [
			'<< /Type /Catalog /Pages 2 0 R >>',
			'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
			'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
			`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
			'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
		];
		let pdf = '%PDF-1.4\n';
		const offsets: number[] = [];
		objects.forEach((o, i) => {
			offsets.push(pdf.length);
			pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
		});
		const xref = pdf.length;
		pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
		pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
		return {
			status: 200,
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `inline; filename="${doc.fields.number}.pdf"`,
			},
			body: pdf,
		};
	}

	const deliverSchema = z
		.object({
			webhookId: z.string().optional(),
			eventType: z.string().min(1).optional(),
			collection: z.string().optional(),
			id: z.string().optional(),
			object: z.record(z.unknown()).optional(),
			tamper: z.enum(['none', 'unsigned', 'badSignature', 'bodyChanged', 'wrongSecret']).optional(),
			timestampOffsetSeconds: z.number().int().min(-86400).max(86400).optional(),
			replayOf: z.number().int().positive().optional(),
		})
		.strict();

	return {
		name: 'officernd',
		prefix: '/officernd',
		title: 'OfficeRnD Flex',
		seed: (store) => seedOfficeRnd(store),
		reset: () => {
			tokens.reset();
			deliverer.reset();
		},
		describe(req) {
			if (req.path === TOKEN_PATH) return { operations: ['oauth.token'] };
			const parsed = parseRoute(req.path);
			return parsed?.route ? { operations: [operationLabel(req.method, parsed.route)] } : {};
		},
		handle(req, ctx) {
			try {
				if (req.path === TOKEN_PATH) return tokens.handle(req, ctx.clock.nowMs());
				if (req.path.startsWith(PDF_PATH_PREFIX)) return handlePdf(req, ctx);
				return handleApi(req, ctx);
			} catch (error) {
				if (error instanceof ApiError) return errorBody(error.status, error.messages);
				throw error;
			}
		},
		failureResponse(kind, _req, { status }) {
			return kind === 'throttled' ? errorBody(429, THROTTLED_MESSAGE) : errorBody(status, 'Internal server error');
		},
		onAdminWrite(collection, record, created, ctx) {
			const spec = COLLECTION_BY_NAME.get(collection);
			if (spec?.eventPrefix) emit(ctx, `${spec.eventPrefix}.${created ? 'created' : 'updated'}`, toApi(record));
		},
		async admin(req, ctx) {
			const body = (req.json ?? {}) as Record<string, unknown>;
			if (req.path === '/deliveries' && req.method === 'GET') return json(200, deliverer.log);
			if (req.path === '/deliveries/idle' && req.method === 'GET') {
				await deliverer.idle();
				return json(200, { ok: true, count: deliverer.log.length });
			}
			if (req.path === '/deliver' && req.method === 'POST') {
				const parsed = deliverSchema.safeParse(body);
				if (!parsed.success) return json(400, { error: 'invalid body', details: parsed.error.issues });
				const input = parsed.data;
				const hooks = ctx.store.list('webhooks');
				if (input.replayOf !== undefined) {
					const original = deliverer.log.find((d) => d.id === input.replayOf);
					if (!original) return json(404, { error: `no delivery ${input.replayOf}` });
					const hook = ctx.store.get('webhooks', original.webhookId);
					const record = await deliverer.deliver(
						{
							webhookId: original.webhookId,
							url: original.url,
							secret: String(hook?.fields.secret ?? ''),
							eventType: original.eventType,
							object: {},
							timestamp: original.timestamp,
							replay: { body: original.body, signature: original.signature },
						},
						ctx.clock.now().toISOString(),
					);
					return json(200, record);
				}
				const hook = input.webhookId ? ctx.store.get('webhooks', input.webhookId) : hooks[hooks.length - 1];
				if (!hook) return json(404, { error: 'no webhook registered' });
				let object = input.object;
				if (!object && input.collection && input.id) {
					const r = ctx.store.get(input.collection, input.id);
					if (!r) return json(404, { error: `no ${input.collection}/${input.id}` });
					object = toApi(r);
				}
				if (!object) return json(400, { error: 'give object, or collection and id' });
				const types = hook.fields.eventTypes as string[];
				const record = await deliverer.deliver(
					{
						webhookId: hook.id,
						url: String(hook.fields.url),
						secret: String(hook.fields.secret),
						eventType: input.eventType ?? types[0] ?? 'invoice.updated',
						object,
						timestamp: Math.floor(ctx.clock.nowMs() / 1000) + (input.timestampOffsetSeconds ?? 0),
						tamper: (input.tamper ?? 'none') as Tamper,
					},
					ctx.clock.now().toISOString(),
				);
				return json(200, record);
			}
			if (req.path === '/tokens' && req.method === 'GET') {
				const now = ctx.clock.nowMs();
				return json(200, {
					issued: tokens.issuedCount,
					live: [...tokens.tokens.values()].filter((t) => t.expiresAtMs > now).length,
					lifetimeSeconds: tokens.lifetimeSeconds,
				});
			}
			if (req.path === '/tokens/expire' && req.method === 'POST') {
				const now = ctx.clock.nowMs();
				for (const t of tokens.tokens.values()) t.expiresAtMs = Math.min(t.expiresAtMs, now);
				return json(200, { ok: true });
			}
			if (req.path === '/token-lifetime' && req.method === 'POST') {
				const seconds = body.seconds;
				if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 1 || seconds > 86400) {
					return json(400, { error: 'seconds must be an integer from 1 to 86400' });
				}
				tokens.lifetimeSeconds = seconds;
				return json(200, { lifetimeSeconds: seconds });
			}
			return undefined;
		},
	};
}
