/**
 * Re-Leased → Sage Intacct · Income Invoice → Order Entry Sales Invoice (externally calculated tax)
 *
 * For Order Entry users (verified): lines use the "[s]" items of Re-Leased's accounts, and the tax
 * is Intacct's to calculate ("Externally Calculated Tax"); it is taken back into Re-Leased by
 * "Sage Intacct → Re-Leased · AR Invoice or AP Bill → Invoice" on the AR invoice Order Entry creates.
 * Input: one Re-Leased income invoice, whole.
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "create_sotransaction", entity?,
 *   record, source, total (net: Intacct adds the tax), currency }
 * record (legacy create_sotransaction, keys in api.xsd order): transactiontype (setting),
 *   datecreated, customerid, documentno (invoiceNumber), referenceno (reference), datedue,
 *   externalid, [currency block], state (Draft for Awaiting Approval, else Pending),
 *   sotransitems.sotransitem[]: { itemid (accounts: accountCode → itemId, e.g. "200 [s]"),
 *   quantity 1, price (amountExclTax), locationid, departmentid (dimensions: tracking option), memo }
 * Tables: accounts (itemId), dimensions, customers, statuses.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { DataError } from '../../model/errors';
import { Lookup } from '../../mappings/resolve';
import { createSoTransaction } from '../../systems/intacct';
import { intacctAction, readDocument } from '../../systems/released';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const record = inputRecord(this, i);
	const doc = readDocument(
		record,
		'invoice',
		new Lookup(tables, { system: 'released', type: 'invoice', id: String(record.id ?? '(no id)') }),
	);
	if (doc.type !== 'invoice')
		throw new DataError(
			refOf(doc),
			'type',
			'is Expense: Order Entry takes income invoices (expense invoices go to AP bills)',
		);
	const lookup = new Lookup(tables, refOf(doc));
	const action = intacctAction(lookup, doc);
	const shape = createSoTransaction(lookup, doc, { taxByIntacct: true });
	// Re-Leased's verified status rule decides the state (the spread keeps the element's place).
	const soRecord = { ...shape.record, state: action === 'Draft' ? 'Draft' : 'Pending' };
	return [
		{
			source: doc.source,
			targetSystem: 'intacct',
			target: shape.target,
			record: soRecord,
			entity: shape.entity,
			total: shape.total,
			currency: shape.currency,
		},
	];
};
