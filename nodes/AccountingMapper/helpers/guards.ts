import { DataError, type RecordRef } from '../model/errors';
import type { Document, Payment } from '../model/schemas';

export function refOf(x: Document | Payment): RecordRef {
	return { system: x.source.system, type: x.source.type, id: x.source.id, number: x.source.number, version: x.source.version };
}

/** Guards a conversion against the wrong kind of document in its input. */
export function documentOnly(doc: Document, type: Document['type']): Document {
	if (doc.type !== type) {
		throw new DataError(refOf(doc), 'documentType', `is "${doc.source.type}"; this operation converts ${type === 'creditNote' ? 'credit notes' : `${type}s`}`);
	}
	return doc;
}
