/**
 * Re-Leased → Sage Intacct · Credit Note → AR or AP Adjustment
 *
 * Input: one Re-Leased credit note, whole. An income credit note (a credit to a tenant) becomes an
 * AR adjustment (credit memo); an expense credit note (a supplier's credit against an expense
 * invoice) becomes an AP adjustment (debit memo).
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "create_aradjustment" |
 *   "create_apadjustment", entity?, record, source, total (negative), currency, application }
 * record, income (legacy create_aradjustment, keys in api.xsd order): customerid, datecreated,
 *   adjustmentno (creditNoteNumber), action (as for invoices), description (reference),
 *   externalid, [currency block], aradjustmentitems.lineitem[] with negative amounts.
 * record, expense (legacy create_apadjustment, what AP Adjustment > Create takes as a whole record):
 *   vendorid (customers table or prefix, as for expense invoices), datecreated, adjustmentno,
 *   action, description, externalid, [currency block], apadjustmentitems.lineitem[] with negative
 *   amounts (debit memo; sign ASSUMED, see systems/assumptions.ts).
 * application (expense credit notes allocated to an expense invoice, else null): { invoiceId (the
 *   Re-Leased expense invoice), billRecordNo (documentLinks: invoiceId → the Intacct bill's RECORDNO;
 *   null when the bill is not linked), amount (the part of the credit allocated to it: total −
 *   remainingCredit, Re-Leased allocates up to the invoice's amount due) }.
 * Tables: accounts, taxCodes, dimensions, customers, statuses, documentLinks (optional).
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { Lookup } from '../../mappings/resolve';
import { createApAdjustment, createArAdjustment, partyId } from '../../systems/intacct';
import { creditNoteApplication, intacctAction, readDocument } from '../../systems/released';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const record = inputRecord(this, i);
	const doc = readDocument(
		record,
		'creditNote',
		new Lookup(tables, { system: 'released', type: 'creditNote', id: String(record.id ?? '(no id)') }),
	);
	const lookup = new Lookup(tables, refOf(doc));
	const action = intacctAction(lookup, doc);
	if (doc.type === 'vendorCredit') {
		const shape = createApAdjustment(lookup, doc, partyId(lookup, doc.partyId, 'contactId'), action);
		const applied = creditNoteApplication(record, doc);
		const application = applied
			? { ...applied, billRecordNo: lookup.maybe('documentLinks', applied.invoiceId)?.target ?? null }
			: null;
		return [
			{
				source: doc.source,
				targetSystem: 'intacct',
				target: shape.target,
				record: shape.record,
				entity: shape.entity,
				total: shape.total,
				currency: shape.currency,
				extra: { application },
			},
		];
	}
	const shape = createArAdjustment(lookup, doc, action);
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
