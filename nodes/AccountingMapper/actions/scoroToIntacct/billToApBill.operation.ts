/**
 * Scoro → Sage Intacct · Bill → AP Bill
 *
 * Input: one Scoro bill (purchase invoice), whole, as the Scoro node views it (lines filled).
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "create_bill", entity?, record,
 *   source, total, currency }
 * record (legacy create_bill, keys in api.xsd order):
 *   vendorid (customers: Scoro company id → Intacct VENDORID), datecreated{year,month,day},
 *   datedue{...} | termname, action (default action), billno (no), ponumber (reference_no),
 *   description, externalid (Scoro id), [basecurr, currency, exchrate | exchratetype],
 *   billitems.lineitem[]: { glaccountno (accounts: finance_account_id), amount, memo, locationid,
 *   departmentid, customfields, projectid, classid } plus a tax line per taxed line.
 * A line's Scoro project is looked up as "project:<id>" in dimensions (never dropped).
 * Tables: accounts, taxCodes, dimensions, customers, statuses.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { DataError } from '../../model/errors';
import { Lookup } from '../../mappings/resolve';
import { createBill } from '../../systems/intacct';
import { readDocument } from '../../systems/scoro';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const doc = readDocument(inputRecord(this, i), 'bill');
	if (doc.type !== 'bill') throw new DataError(refOf(doc), 'sum', 'the bill is negative (a vendor credit); vendor credits are not converted yet');
	const lookup = new Lookup(tables, refOf(doc));
	const shape = createBill(lookup, doc, lookup.value('customers', 'target', 'company_id', doc.partyId));
	return [{ source: doc.source, targetSystem: 'intacct', target: shape.target, record: shape.record, entity: shape.entity, total: shape.total, currency: shape.currency }];
};
