/**
 * Re-Leased → Sage Intacct · Credit Note → AR Adjustment (credit memo)
 *
 * Input: one Re-Leased income credit note, whole (expense credit notes fail the item: AP
 * adjustments are not converted yet).
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "create_aradjustment", entity?,
 *   record, source, total (negative), currency }
 * record (legacy create_aradjustment, keys in api.xsd order): customerid, datecreated,
 *   adjustmentno (creditNoteNumber), action (as for invoices), description (reference),
 *   externalid, [currency block], aradjustmentitems.lineitem[] with negative amounts.
 * Tables: accounts, taxCodes, dimensions, customers, statuses.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { DataError } from '../../model/errors';
import { Lookup } from '../../mappings/resolve';
import { createArAdjustment } from '../../systems/intacct';
import { intacctAction, readDocument } from '../../systems/released';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const record = inputRecord(this, i);
	const doc = readDocument(record, 'creditNote', new Lookup(tables, { system: 'released', type: 'creditNote', id: String(record.id ?? '(no id)') }));
	if (doc.type !== 'creditNote') throw new DataError(refOf(doc), 'type', 'is Expense: AP adjustments are not converted yet');
	const lookup = new Lookup(tables, refOf(doc));
	const shape = createArAdjustment(lookup, doc, intacctAction(lookup, doc));
	return [{ source: doc.source, targetSystem: 'intacct', target: shape.target, record: shape.record, entity: shape.entity, total: shape.total, currency: shape.currency }];
};
