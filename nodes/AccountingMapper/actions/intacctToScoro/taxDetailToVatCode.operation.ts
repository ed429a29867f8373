/**
 * Sage Intacct → Scoro · Tax Detail → VAT Code
 *
 * Input: one Intacct TAXDETAIL as the Sage Intacct node reads it.
 * Mapped item: { idempotencyKey, targetSystem: "scoro", target: "vatCodes.modify", scoroId, record, source }
 * record: { vat_code (DETAILID), percent (VALUE, exact), vat_name (DESCRIPTION), is_sales (TAXTYPE S),
 *   is_purchases (TAXTYPE P), is_active }
 * scoroId: documentLinks (DETAILID → Scoro VAT code id) when it exists, else null (create).
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { readTaxDetail } from '../../systems/intacct';
import { vatCodeRequest } from '../../systems/scoro';
import { masterWrite } from './masterData';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const tax = readTaxDetail(inputRecord(this, i));
	return [masterWrite(tables, tax.source, 'vatCodes', vatCodeRequest(tax))];
};
