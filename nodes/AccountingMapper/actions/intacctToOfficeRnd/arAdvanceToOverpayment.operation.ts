/**
 * Sage Intacct → OfficeRnD · AR Advance → Overpayment
 *
 * Input: one Intacct AR advance (ARADVANCE) as the Sage Intacct node reads it, or an AR payment
 * with an OVERPAYMENTAMOUNT: money recorded in Intacct and not applied to any invoice.
 * Mapped item: { idempotencyKey, targetSystem: "officernd", target: "payment.create", record,
 *   source, total, currency }
 * record (POST /payments body): { documentType "overpayment", date (RECEIPTDATE, ISO), company
 *   (customers: CUSTOMERID → OfficeRnD company id), location (dimensions: LOCATIONID → OfficeRnD
 *   location id), reference (DESCRIPTION, else "Overpayment <DOCNUMBER>"), status "awaiting_payment", taxType "noTax",
 *   currency, lines [{ description, quantity 1, unitPrice (the amount) }], accounting { provider,
 *   providerId (RECORDNO), externalOrgId, lastSync null, error null } }
 * Its applications to invoices are converted by "Advance Applied → Allocations".
 * Tables: customers, dimensions (keyed by the Intacct value), settings.externalOrgId.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { DataError } from '../../model/errors';
import { Lookup } from '../../mappings/resolve';
import { readArAdvance } from '../../systems/intacct';
import { overpaymentBody } from '../../systems/officernd';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const payment = readArAdvance(inputRecord(this, i));
	const lookup = new Lookup(tables, refOf(payment));
	if (!payment.partyId) throw new DataError(refOf(payment), 'CUSTOMERID', 'is missing');
	if (!payment.dims.dimensionCode)
		throw new DataError(refOf(payment), 'LOCATIONID', 'is missing; OfficeRnD needs the location of an overpayment');
	const company = lookup.value('customers', 'target', 'CUSTOMERID', payment.partyId);
	const location = lookup.value('dimensions', 'target', 'LOCATIONID', payment.dims.dimensionCode);
	return [
		{
			source: payment.source,
			targetSystem: 'officernd',
			target: 'payment.create',
			record: overpaymentBody(payment, company, location, tables.settings.externalOrgId) as IDataObject,
			total: payment.amount,
			currency: payment.currency,
		},
	];
};
