import { DateTime } from 'luxon';
import { UserError } from 'n8n-workflow';

/** Helpers of the Sage Intacct Trigger (kept apart: a node module may export only its class). */
/** Reference 5.2: readByQuery pages hold at most 1000 records. */
export const POLL_PAGE_SIZE = 1000;

/** Intacct timestamps carry no zone (reference 3.6): read and written in the chosen zone. */
export function toIntacctTime(iso: string, zone: string): string {
	return DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat('MM/dd/yyyy HH:mm:ss');
}
export function fromIntacctTime(value: unknown, zone: string): number | undefined {
	const text = String(value ?? '').trim();
	if (!text) return undefined;
	for (const format of ['MM/dd/yyyy HH:mm:ss', 'MM/dd/yyyy']) {
		const dt = DateTime.fromFormat(text, format, { zone });
		if (dt.isValid) return dt.toMillis();
	}
	const iso = DateTime.fromISO(text, { zone });
	return iso.isValid ? iso.toMillis() : undefined;
}

export function objectOf(value: unknown, other: unknown): string {
	const name = String(value === '__other__' ? other : value).trim().toUpperCase();
	if (!/^[A-Z][A-Z0-9_]*$/.test(name)) throw new UserError(`"${name}" is not a Sage Intacct object name (e.g. CUSTOMER).`);
	return name;
}

/** A value at a dot path of the body, e.g. `data.recordNo`. */
export function valueAt(body: unknown, path: string): unknown {
	return path
		.split('.')
		.filter(Boolean)
		.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), body);
}

