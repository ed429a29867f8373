/**
 * Re-Leased → Sage Intacct · Account → Item (Order Entry and Purchasing users)
 *
 * Verified: with Intacct's Order Entry or Purchasing modules, Re-Leased's chart of accounts syncs
 * to Intacct as items with a "[s]" (sales) or "[p]" (purchasing) suffix.
 * Input: one Re-Leased account, whole ({ code, name, type: Revenue | Expense | ... }).
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "ITEM", record, source }
 * record (generic ITEM): { ITEMID "<code> [s]" or "<code> [p]", NAME "<name> [s|p]", ITEMTYPE
 *   "Non-Inventory (Sales only)" | "Non-Inventory (Purchase only)", STATUS, GLGROUP (accounts:
 *   the account code's row, column target = the Intacct item GL group) }
 * Revenue accounts become [s] items, expense accounts [p] items; other types fail the item.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { DataError } from '../../model/errors';
import { Lookup } from '../../mappings/resolve';
import { itemRecord } from '../../systems/intacct';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const record = inputRecord(this, i);
	const id = String(record.id ?? '');
	const ref = {
		system: 'released',
		type: 'account',
		id: id || '(no id)',
		number: record.code === undefined ? undefined : String(record.code),
	};
	const code = String(record.code ?? '').trim();
	const name = String(record.name ?? '').trim();
	if (!id || !code || !name)
		throw new DataError(ref, !id ? 'id' : !code ? 'code' : 'name', 'is missing; pass the whole Re-Leased account');
	const usage = record.type === 'Revenue' ? 'sales' : record.type === 'Expense' ? 'purchases' : undefined;
	if (!usage)
		throw new DataError(
			ref,
			'type',
			`is "${String(record.type)}"; only revenue ([s]) and expense ([p]) accounts become items`,
		);
	const shape = itemRecord(new Lookup(tables, ref), code, name, usage, 'code');
	return [
		{
			source: {
				system: 'released',
				type: 'account',
				id,
				version: String(record.updatedAt ?? record.createdAt ?? 'v0'),
			},
			targetSystem: 'intacct',
			target: shape.target,
			record: shape.record,
		},
	];
};
