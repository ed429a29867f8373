import { DateTime } from 'luxon';

/**
 * ASSUMED: Intacct timestamps "do not have associated timezones" (notes §3.6). The sandbox stores
 * UTC instants and reads/writes audit timestamps (WHENCREATED, WHENMODIFIED) as UTC wall clock.
 */
export const AUDIT_TIMEZONE = 'UTC';

/**
 * ASSUMED: session timestamps use ISO-8601 with a numeric offset, as in the SDK fixtures
 * (e.g. `2015-12-06T15:57:08-08:00`); the Pacific zone matches the offsets those fixtures show.
 */
export const SESSION_TIMEZONE = 'America/Los_Angeles';

/** ISO instant → `MM/DD/YYYY HH:MM:SS` (notes §3.6, SI-7). */
export function formatAuditTimestamp(iso: string): string {
	return DateTime.fromISO(iso, { zone: 'utc' }).setZone(AUDIT_TIMEZONE).toFormat('MM/dd/yyyy HH:mm:ss');
}

/** `MM/DD/YYYY HH:MM:SS` or `MM/DD/YYYY` → epoch ms, or undefined when not such a string. */
export function parseAuditTimestamp(value: string): number | undefined {
	const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(value.trim());
	if (!m) return undefined;
	const dt = DateTime.fromObject(
		{
			month: Number(m[1]),
			day: Number(m[2]),
			year: Number(m[3]),
			hour: Number(m[4] ?? 0),
			minute: Number(m[5] ?? 0),
			second: Number(m[6] ?? 0),
		},
		{ zone: AUDIT_TIMEZONE },
	);
	return dt.isValid ? dt.toMillis() : undefined;
}

/** `MM/DD/YYYY` date (generic functions, notes §3.6) → ISO date, or undefined. */
export function parseUsDate(value: string): string | undefined {
	const ms = parseAuditTimestamp(value);
	return ms === undefined ? undefined : (DateTime.fromMillis(ms, { zone: 'utc' }).toISODate() ?? undefined);
}

/** Epoch ms → e.g. `2026-11-22T04:12:00-08:00`. */
export function formatSessionTimestamp(ms: number): string {
	return DateTime.fromMillis(ms, { zone: SESSION_TIMEZONE }).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}
