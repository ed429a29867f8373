/**
 * Sage Intacct → Scoro · GL Account → Finance Account
 *
 * Input: one Intacct GLACCOUNT as the Sage Intacct node reads it.
 * Mapped item: { idempotencyKey, targetSystem: "scoro", target: "financeAccounts.modify", scoroId,
 *   record, source }
 * record: { account_symbol (ACCOUNTNO), name (TITLE), is_active (STATUS), is_sales_account
 *   (income statement, normal balance credit), is_purchases_account (normal balance debit) }
 * scoroId: documentLinks (ACCOUNTNO → Scoro finance account id) when it exists, else null (create).
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { readGlAccount } from '../../systems/intacct';
import { financeAccountRequest } from '../../systems/scoro';
import { masterWrite } from './masterData';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const account = readGlAccount(inputRecord(this, i));
	return [masterWrite(tables, account.source, 'financeAccounts', financeAccountRequest(account))];
};
