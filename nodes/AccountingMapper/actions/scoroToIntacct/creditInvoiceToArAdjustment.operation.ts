/**
 * Scoro → Sage Intacct · Credit Invoice → AR Adjustment (credit memo)
 *
 * Input: one Scoro credit invoice (an invoice with credited_invoices, negative quantities), whole.
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "create_aradjustment", entity?,
 *   record, source, total (negative), currency }
 * record (legacy create_aradjustment, keys in api.xsd order): customerid, datecreated, adjustmentno
 *   (no), action, description, externalid, [currency block], aradjustmentitems.lineitem[] with
 *   negative amounts (lines as in Invoice → AR Invoice).
 * Tables: accounts, taxCodes, dimensions, customers, statuses.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { Lookup } from '../../mappings/resolve';
import { createArAdjustment } from '../../systems/intacct';
import { readDocument } from '../../systems/scoro';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const doc = readDocument(inputRecord(this, i), 'creditInvoice');
	const shape = createArAdjustment(new Lookup(tables, refOf(doc)), doc);
	return [
		{
			source: doc.source,
			targetSystem: 'intacct',
			target: shape.target,
			record: shape.record,
			entity: shape.entity,
			total: shape.total,
			currency: shape.currency,
		},
	];
};
