import type { IDataObject } from 'n8n-workflow';
import { legacyFunction } from '../../../nodes/SageIntacct/transport/legacy';
import { validateIntacctRequest } from '../../helpers/xsd';
import { creditNote, invoiceEur, invoiceGbp, tables } from './fixtures';
import { runMapper } from './harness';

/**
 * The Sage Intacct node takes the mapper's records as "Whole Record From Input": its legacy
 * shaper (nodes/SageIntacct/transport/legacy.ts, generated from api.xsd: order, dates, required
 * and unknown elements) accepts every legacy record the mapper emits, and what it builds is valid
 * against Sage's schema.
 */
describe('the Sage Intacct node accepts the mapper legacy write shapes', () => {
	const cases: Array<[string, IDataObject]> = [
		['invoiceToArInvoice', invoiceGbp()],
		['invoiceToArInvoice', invoiceEur()],
		['invoiceToOeSalesInvoice', invoiceGbp()],
		['creditNoteToArAdjustment', creditNote()],
	];
	it.each(cases)(
		'%s',
		async (operation, record) => {
			const { mapped } = await runMapper('officeRndToIntacct', operation, [record], tables());
			const out = mapped[0]!.json;
			const node = legacyFunction(out.target as string, out.record as IDataObject);
			const check = await validateIntacctRequest([{ controlId: String(out.idempotencyKey), body: node }]);
			expect(check.errors).toEqual([]);
			// The shaper keeps what the mapper wrote (same elements, same order).
			expect(Object.keys(node[out.target as string] as object)).toEqual(Object.keys(out.record as object));
		},
		30_000,
	);
});
