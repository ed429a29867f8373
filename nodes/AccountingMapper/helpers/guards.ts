import { DataError, type RecordRef } from '../model/errors';
import type { Document, Payment, Refund } from '../model/schemas';

export function refOf(x: Document | Payment): RecordRef {
	return {
		system: x.source.system,
		type: x.source.type,
		id: x.source.id,
		number: x.source.number,
		version: x.source.version,
	};
}

/** Guards a conversion against the wrong kind of document in its input. */
export function documentOnly(doc: Document, type: Document['type']): Document {
	if (doc.type !== type) {
		throw new DataError(
			refOf(doc),
			'documentType',
			`is "${doc.source.type}"; this operation converts ${type === 'creditNote' ? 'credit notes' : `${type}s`}`,
		);
	}
	return doc;
}

/** A refund, named by its charge and the credit it pays back (errors and "Needs mapping" items carry its key). */
export function refundRef(credit: Document, refund: Refund): RecordRef {
	return {
		system: refund.source.system,
		type: refund.source.type,
		id: refund.source.id,
		number: `refund of ${credit.number ?? credit.source.id}`,
		version: refund.source.version,
	};
}
