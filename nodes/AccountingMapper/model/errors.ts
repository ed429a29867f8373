/**
 * The two ways a conversion refuses a record. Neither ever falls back to a default.
 *
 * - MappingError: a code in the record has no row in a mapping table. The item goes to the
 *   "Needs mapping" output with everything a consultant needs to add the row.
 * - DataError: the record itself cannot be converted faithfully (totals do not add up, a field
 *   is missing, a state the target cannot take). It is a normal item error (error output or
 *   stop, as the user chose on the node).
 */
export interface RecordRef {
	system: string;
	type: string;
	id: string;
	number?: string;
	/** The record's version, when known: lets a "Needs mapping" item carry the idempotency key too. */
	version?: string;
}

export function describeRecord(ref: RecordRef): string {
	return `${ref.system} ${ref.type} ${ref.id}${ref.number ? ` (${ref.number})` : ''}`;
}

export class MappingError extends Error {
	constructor(
		readonly record: RecordRef,
		readonly field: string,
		readonly value: string,
		readonly table: string,
		readonly hint?: string,
	) {
		super(
			`${describeRecord(record)}: no row for ${field} "${value}" in the mapping table "${table}". ` +
				`Add a row with source "${value}" to "${table}"${hint ? ` (${hint})` : ''}.`,
		);
		this.name = 'MappingError';
	}
}

export class DataError extends Error {
	constructor(
		readonly record: RecordRef,
		readonly field: string,
		message: string,
	) {
		super(`${describeRecord(record)}, field ${field}: ${message}`);
		this.name = 'DataError';
	}
}
