/**
 * OfficeRnD → Sage Intacct · Credit Note → AR Adjustment (credit memo)
 *
 * Input: one OfficeRnD credit note (a /payments document with documentType "creditNote"), whole.
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "create_aradjustment", entity?,
 *   record, source, total (negative: a credit), currency }
 * record (legacy create_aradjustment, keys in api.xsd order):
 *   customerid, datecreated{year,month,day}, adjustmentno (numbering owner "source"), action,
 *   description, externalid (OfficeRnD _id),
 *   [basecurr, currency, exchrate | exchratedate + exchratetype], [taxsolutionid],
 *   aradjustmentitems.lineitem[]: { glaccountno, amount (negative), memo, locationid, departmentid,
 *     customfields, projectid, classid, [taxentries] }
 * Lines as for Invoice → AR Invoice, with the sign turned: credit memo lines are negative.
 * Its allocations are converted by "Credit Note Allocations → AR Payment".
 * Tables: accounts, taxCodes, dimensions, customers (strategy "table"), statuses.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { documentOnly, refOf } from '../../helpers/guards';
import { Lookup } from '../../mappings/resolve';
import { createArAdjustment } from '../../systems/intacct';
import { readDocument } from '../../systems/officernd';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const doc = documentOnly(readDocument(inputRecord(this, i)), 'creditNote');
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
