import type { IDataObject } from 'n8n-workflow';
import { MODIFIED_DATE_FIELD } from '../transport/contract';

/** Modules the trigger watches, with their id field and whether `view` exists (contract.ts). */
export const TRIGGER_MODULES: Record<string, { label: string; idField: string; view: boolean }> = {
	invoices: { label: 'Invoice (incl. Credit Invoice)', idField: 'id', view: true },
	bills: { label: 'Bill', idField: 'id', view: true },
	receipts: { label: 'Receipt', idField: 'id', view: false },
	prepayments: { label: 'Prepayment', idField: 'id', view: true },
	contacts: { label: 'Contact', idField: 'contact_id', view: true },
	projects: { label: 'Project', idField: 'project_id', view: true },
	financeAccounts: { label: 'Finance Account', idField: 'id', view: true },
};

/**
 * Scoro's modified_date as epoch ms: `YYYY-MM-DD HH:mm:ss` is taken as UTC (contract.ts), contacts
 * carry ISO 8601 with an offset.
 */
export function modifiedMs(record: IDataObject): number | undefined {
	const raw = record[MODIFIED_DATE_FIELD];
	if (typeof raw !== 'string' || raw === '') return undefined;
	const text = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(raw) ? `${raw.replace(' ', 'T')}Z` : raw;
	const ms = Date.parse(text);
	return Number.isNaN(ms) ? undefined : ms;
}

export interface Delivery {
	module?: string;
	action?: string;
	webhookId?: string;
	eventId?: string;
	objectId?: string;
	data: IDataObject;
}

/**
 * Reads a webhook body. ASSUMED shape (contract.ts, UNVERIFIED 5): `{event_id?, webhook_id?, module?,
 * action?, object_id?, data}` or the record itself; read as `body.data || body`.
 */
export function readDelivery(body: unknown, idField: string): Delivery {
	const b = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as IDataObject;
	const data = (b.data && typeof b.data === 'object' && !Array.isArray(b.data) ? b.data : b) as IDataObject;
	const str = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : String(v));
	return {
		module: str(b.module),
		action: str(b.action ?? b.event),
		webhookId: str(b.webhook_id),
		eventId: str(b.event_id),
		objectId: str(b.object_id ?? data[idField] ?? data.id),
		data,
	};
}

/** The de-duplication key of a delivery: Scoro's event id when sent, else what identifies the change. */
export function deliveryKey(d: Delivery): string {
	if (d.eventId) return `evt:${d.eventId}`;
	return `${d.module ?? ''}:${d.action ?? ''}:${d.objectId ?? ''}:${String(d.data[MODIFIED_DATE_FIELD] ?? d.data.deleted_date ?? '')}`;
}
