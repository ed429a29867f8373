import { DateTime } from 'luxon';
import { escapeQueryValue } from '../transport/xml';

/** Intacct timestamps have no time zone: MM/DD/YYYY HH:MM:SS in company time (reference 3.6). */
export function toIntacctTimestamp(value: string): string {
	const dt = DateTime.fromISO(value, { setZone: true });
	if (!dt.isValid) throw new Error(`"${value}" is not a date and time; use ISO 8601, e.g. 2026-01-31T00:00:00`);
	return dt.toFormat('MM/dd/yyyy HH:mm:ss');
}

/** Builds a readByQuery condition; every value is quoted and escaped. */
export function buildQuery(parts: { equals?: Record<string, string>; modifiedSince?: string; raw?: string }): string {
	const conditions: string[] = [];
	for (const [field, value] of Object.entries(parts.equals ?? {})) {
		conditions.push(`${field} = '${escapeQueryValue(value)}'`);
	}
	if (parts.modifiedSince) conditions.push(`WHENMODIFIED >= '${toIntacctTimestamp(parts.modifiedSince)}'`);
	if (parts.raw && parts.raw.trim()) conditions.push(`(${parts.raw.trim()})`);
	return conditions.join(' AND ');
}
