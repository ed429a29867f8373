/**
 * OfficeRnD → Sage Intacct · Invoice → AR Invoice
 *
 * Input: one OfficeRnD invoice (a /payments document with documentType "invoice"), whole.
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "create_invoice", entity?, record,
 *   source, total, currency }
 * record (legacy create_invoice, keys in api.xsd order):
 *   customerid, datecreated{year,month,day}, datedue{year,month,day} | termname, action (Draft|Submit),
 *   invoiceno (numbering owner "source"), ponumber (reference), description, externalid (OfficeRnD _id),
 *   [basecurr, currency, exchrate | exchratedate + exchratetype] (currency policy),
 *   [taxsolutionid] (tax entries only), invoiceitems.lineitem[]:
 *     { glaccountno, amount, memo, locationid, departmentid, customfields (UDDs), projectid, classid,
 *       [taxentries.taxentry[]{detailid, trx_tax}] }
 * Lines: one per OfficeRnD line (fees, late fees and the processing fee line included), a negative
 * discount line (accounts row "discount") per discounted line, and per taxed line a tax line
 * (taxCodes.taxGlAccount) or tax entries (taxCodes.taxDetailId). The written lines add up to the
 * OfficeRnD total exactly, or the item fails.
 * Tables: accounts, taxCodes, dimensions, customers (strategy "table"), statuses (optional).
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { Lookup } from '../../mappings/resolve';
import { createInvoice } from '../../systems/intacct';
import { readDocument } from '../../systems/officernd';
import { documentOnly, refOf } from '../../helpers/guards';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const doc = documentOnly(readDocument(inputRecord(this, i)), 'invoice');
	const shape = createInvoice(new Lookup(tables, refOf(doc)), doc);
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
