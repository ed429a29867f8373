/**
 * Scoro → Sage Intacct · Invoice → AR Invoice
 *
 * Input: one Scoro invoice, whole, as the Scoro node views it (lines filled).
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "create_invoice", entity?, record,
 *   source, total, currency }
 * record (legacy create_invoice, keys in api.xsd order):
 *   customerid (customers: Scoro company or person id), datecreated{year,month,day} (date),
 *   datedue{...} (deadline), action (default action: Draft or Submit, as Scoro's "default invoice
 *   status"), invoiceno (no, numbering owner "source"), ponumber (reference_no), description,
 *   externalid (Scoro id), [basecurr, currency, exchrate (currency_rate) | exchratetype],
 *   invoiceitems.lineitem[]: { glaccountno (accounts: finance_account_id), amount (line sum, two
 *   decimals), memo (memo template), locationid, departmentid, ... (dimensions: the invoice's
 *   account_id = Scoro business entity, then the line's finance_object_id), [taxentries] }
 *   plus per taxed line a tax line (taxCodes: vat_code_id → taxGlAccount) or tax entries.
 * Scoro rounds VAT once per document; the document VAT is spread over the lines in whole cents so
 * that lines and tax add up to Scoro's sum + vat_sum exactly.
 * A line's Scoro project is looked up as "project:<id>" in dimensions (never dropped).
 * Tables: accounts, taxCodes, dimensions, customers (strategy "table"), statuses.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { Lookup } from '../../mappings/resolve';
import { createInvoice } from '../../systems/intacct';
import { readDocument } from '../../systems/scoro';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const doc = readDocument(inputRecord(this, i), 'invoice');
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
