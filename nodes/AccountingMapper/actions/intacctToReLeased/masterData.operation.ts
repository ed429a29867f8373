/**
 * Sage Intacct → Re-Leased · Master Data (GL account → account, tax detail → tax type,
 * dimension value → property tracking option)
 *
 * Intacct owns these once integrated (verified): they flow one way into Re-Leased.
 * Input: one Intacct GLACCOUNT, TAXDETAIL or dimension record (LOCATION, DEPARTMENT, CLASS,
 * PROJECT, UDD) as the Sage Intacct node reads it; the kind is chosen below.
 * Mapped item: { idempotencyKey, targetSystem: "released", target: "account.create|update" |
 *   "taxType.create|update" | "trackingOption.create|update", releasedId, archive, record, source }
 * record: account { code (ACCOUNTNO), name (TITLE), type (Revenue | Expense | Asset) };
 *   taxType { name (DETAILID), code (DETAILID), rate (VALUE) }; trackingOption { category
 *   "Property", name (the dimension's TITLE or NAME) }.
 * archive: true when the Intacct record is inactive (Re-Leased archives by a separate call).
 * releasedId: documentLinks (Intacct id → Re-Leased id) for an update, else null.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { readDimensionValue, readGlAccount, readTaxDetail } from '../../systems/intacct';
import { accountBody, taxTypeBody, trackingOptionBody } from '../../systems/released';

const show = { resource: ['intacctToReLeased'], operation: ['masterData'] };

export const description: INodeProperties[] = [
	{
		displayName: 'Kind',
		name: 'kind',
		type: 'options',
		displayOptions: { show },
		options: [
			{ name: 'GL Account → Account', value: 'account' },
			{ name: 'Tax Detail → Tax Type', value: 'taxType' },
			{ name: 'Dimension Value → Property Tracking Option', value: 'trackingOption' },
		],
		default: 'account',
	},
	{
		displayName: 'Dimension',
		name: 'dimension',
		type: 'string',
		default: 'LOCATION',
		displayOptions: { show: { ...show, kind: ['trackingOption'] } },
		description:
			'Intacct dimension object of the input records: LOCATION, DEPARTMENT, CLASS, PROJECT, or a UDD object name',
	},
];

export const convert: Convert = function (i, tables) {
	const record = inputRecord(this, i);
	const kind = this.getNodeParameter('kind', i, 'account') as 'account' | 'taxType' | 'trackingOption';
	const read =
		kind === 'account'
			? (() => {
					const a = readGlAccount(record);
					return { source: a.source, body: accountBody(a), active: a.active };
				})()
			: kind === 'taxType'
				? (() => {
						const t = readTaxDetail(record);
						return { source: t.source, body: taxTypeBody(t), active: t.active };
					})()
				: (() => {
						const d = readDimensionValue(
							record,
							String(this.getNodeParameter('dimension', i, 'LOCATION'))
								.trim()
								.toUpperCase(),
						);
						return { source: d.source, body: trackingOptionBody(d), active: d.active };
					})();
	const existing = tables.documentLinks.find((r) => r.source === read.source.id)?.target ?? null;
	return [
		{
			source: read.source,
			targetSystem: 'released',
			target: `${kind}.${existing ? 'update' : 'create'}`,
			record: read.body,
			extra: { releasedId: existing, archive: !read.active },
		},
	];
};
