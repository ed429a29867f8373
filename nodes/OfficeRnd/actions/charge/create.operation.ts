import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { createOperation } from '../../generic/operations';
import { apiList } from '../../transport/client';
import { charge, chargeFields } from './spec';

/**
 * ASSUMED path: POST /charges (transport/contract.ts). A payment brought back from the accounting
 * system must not be recorded twice when a sync runs again: with "Skip If Already Recorded", the
 * document's charges (GET /charges?payment=…, documented) are searched for the same reference first.
 */
async function findExisting(
	ctx: IExecuteFunctions,
	itemIndex: number,
	body: IDataObject,
): Promise<IDataObject | undefined> {
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const matchOn = String(options.skipIfRecordedBy ?? 'none');
	if (matchOn === 'none') return undefined;
	const value = body[matchOn];
	if (value === undefined || value === '' || !body.payment) return undefined;
	const charges = await apiList(
		ctx,
		charge.listPath,
		{ payment: String(body.payment) },
		undefined,
		'flex.billing.charges.read',
	);
	return charges.find((c) => String(c[matchOn] ?? '') === String(value));
}

export const { properties, execute } = createOperation(charge, chargeFields, {
	options: [
		{
			displayName: 'Skip If Already Recorded',
			name: 'skipIfRecordedBy',
			type: 'options',
			options: [
				{ name: 'No (Always Create)', value: 'none' },
				{ name: 'Same Provider Charge Reference', value: 'providerChargeReference' },
				{ name: 'Same Reference', value: 'reference' },
			],
			default: 'none',
			description:
				'Whether to return the existing charge of the same billing document instead of creating a second one, so a re-run creates nothing new',
		},
	],
	findExisting,
});
