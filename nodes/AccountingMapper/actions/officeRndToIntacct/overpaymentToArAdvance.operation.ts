/**
 * OfficeRnD → Sage Intacct · Overpayment → AR Advance
 *
 * Input: one OfficeRnD overpayment (a /payments document with documentType "overpayment"), whole.
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "ARADVANCE", entity?, record,
 *   source, total, currency }
 * record (generic ARADVANCE):
 *   CUSTOMERID, PAYMENTMETHOD, FINANCIALENTITY | UNDEPOSITEDACCOUNTNO (paymentMethods row of the
 *   overpayment's chargeMethod), PAYMENTDATE, RECEIPTDATE (mm/dd/yyyy), DOCNUMBER (number),
 *   DESCRIPTION, CURRENCY [, BASECURR, EXCH_RATE_DATE, EXCH_RATE_TYPE_ID | EXCHANGE_RATE],
 *   ARADVANCEITEMS.ARADVANCEITEM[1]: { ACCOUNTNO (accounts row "advance"), TRX_AMOUNT (the whole
 *   overpayment), LOCATIONID, DEPARTMENTID, PROJECTID, CLASSID, GLDIM... }
 * Its allocations are converted by "Overpayment Allocations → AR Payment".
 * Tables: paymentMethods, accounts ("advance"), dimensions, customers (strategy "table").
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { Lookup } from '../../mappings/resolve';
import { arAdvance, partyId } from '../../systems/intacct';
import { readOverpayment } from '../../systems/officernd';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const payment = readOverpayment(inputRecord(this, i));
	const lookup = new Lookup(tables, refOf(payment));
	const shape = arAdvance(lookup, payment, partyId(lookup, payment.partyId!, 'company'));
	return [
		{
			source: payment.source,
			targetSystem: 'intacct',
			target: shape.target,
			record: shape.record,
			entity: shape.entity,
			total: shape.total,
			currency: shape.currency,
		},
	];
};
