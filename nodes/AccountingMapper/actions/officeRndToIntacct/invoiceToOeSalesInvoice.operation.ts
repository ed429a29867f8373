/**
 * OfficeRnD → Sage Intacct · Invoice → Order Entry Sales Invoice
 *
 * Input: one OfficeRnD invoice (a /payments document with documentType "invoice"), whole.
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "create_sotransaction", entity?,
 *   record, source, total, currency }
 * record (legacy create_sotransaction, keys in api.xsd order):
 *   transactiontype (setting, default "Sales Invoice"), datecreated{year,month,day}, customerid,
 *   documentno (numbering owner "source"), referenceno, termname | datedue{...}, externalid,
 *   [basecurr, currency, exchrate | exchratedate + exchratetype], state (Draft|Pending),
 *   sotransitems.sotransitem[]: { itemid, quantity, price, locationid, departmentid, memo,
 *     customfields (UDDs), projectid, classid }
 * Lines: one item line per OfficeRnD line (accounts.itemId; quantity x unit price when that
 * reproduces the rounded amount, else 1 x amount), a discount line (accounts row "discount",
 * itemId, negative price), and per taxed line a tax line (taxCodes.taxItemId). The written lines
 * add up to the OfficeRnD total exactly, or the item fails.
 * Tables: accounts (itemId), taxCodes (taxItemId), dimensions, customers (strategy "table"), statuses.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { Lookup } from '../../mappings/resolve';
import { createSoTransaction } from '../../systems/intacct';
import { readDocument } from '../../systems/officernd';
import { documentOnly, refOf } from '../../helpers/guards';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const doc = documentOnly(readDocument(inputRecord(this, i)), 'invoice');
	const shape = createSoTransaction(new Lookup(tables, refOf(doc)), doc);
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
