import type { IDataObject } from 'n8n-workflow';
import { confirmedCreate } from '../../shared/safeCreate';
import { apiList, apiRequest, type OfficeRndContext } from './client';
import { PATHS, SYSTEM } from './contract';

/**
 * OfficeRnD documents no idempotency key (reference §8, Gap 5), so a create whose answer is lost is
 * confirmed by a documented list filter plus an exact match on what identifies the record:
 *
 * - charge: the billing document (`payment`, a documented filter, §2.2) and its `reference` or
 *   `providerChargeReference`, with the same amount;
 * - billing document: its `number` (filter used by third-party code, §2.1) and document type;
 * - company: its exact `name` (documented filter, §2.6);
 * - member: its `email`;
 * - fee: `company`/`member` (documented filters, §2.4), with the same name, issue date and price;
 * - webhook: its `url` (§4.1).
 *
 * A record without such a key (a charge without reference, a document OfficeRnD numbers itself) is
 * reported as "outcome unknown", never sent again blindly.
 */
interface KeyedLookup {
	where: string;
	lookup: () => Promise<IDataObject[]>;
}

const text = (v: unknown): string | undefined =>
	v === undefined || v === null || String(v).trim() === '' ? undefined : String(v).trim();
const sameAmount = (a: unknown, b: unknown): boolean => b === undefined || Math.abs(Number(a) - Number(b)) < 0.005;
const sameDay = (a: unknown, b: unknown): boolean =>
	b === undefined || String(a ?? '').slice(0, 10) === String(b).slice(0, 10);

function createdLookup(
	ctx: OfficeRndContext,
	listPath: string,
	body: IDataObject,
	scope: string,
): KeyedLookup | undefined {
	const read = `${scope}.read`;
	if (listPath === PATHS.charges) {
		const payment = text(body.payment);
		const field = text(body.reference)
			? 'reference'
			: text(body.providerChargeReference)
				? 'providerChargeReference'
				: undefined;
		if (!payment || !field) return undefined;
		const value = text(body[field]);
		return {
			where: `the charges of billing document ${payment} for one with ${field} "${value}"`,
			lookup: async () =>
				(await apiList(ctx, PATHS.charges, { payment }, undefined, read)).filter(
					(c) => text(c[field]) === value && sameAmount(c.amount, body.amount),
				),
		};
	}
	if (listPath === PATHS.payments) {
		const number = text(body.number);
		// A document OfficeRnD numbers itself but that a sync made (an overpayment standing for an Intacct
		// advance): its accounting status names the record it stands for, a key the sync controls
		// (issue 20 case 7: a lost answer must not be logged as a failure when the document exists).
		const accounting =
			body.accounting && typeof body.accounting === 'object' ? (body.accounting as IDataObject) : undefined;
		const providerId = text(accounting?.providerId);
		const type = text(body.documentType);
		if (!number && providerId && type) {
			const provider = text(accounting?.provider);
			return {
				where: `the ${type} billing documents whose accounting status names ${provider ?? 'the accounting'} record ${providerId}`,
				lookup: async () =>
					(await apiList(ctx, PATHS.payments, { documentType: type }, undefined, read)).filter((d) => {
						const a = d.accounting as IDataObject | null | undefined;
						return (
							d.documentType === type &&
							d.status !== 'voided' &&
							text(a?.providerId) === providerId &&
							(!provider || text(a?.provider) === provider)
						);
					}),
			};
		}
		if (!number) return undefined;
		return {
			where: `the billing documents for number ${number}`,
			lookup: async () =>
				(await apiList(ctx, PATHS.payments, { number }, undefined, read)).filter(
					(d) => text(d.number) === number && (body.documentType === undefined || d.documentType === body.documentType),
				),
		};
	}
	if (listPath === PATHS.companies) {
		const name = text(body.name);
		if (!name) return undefined;
		return {
			where: `the companies named "${name}"`,
			lookup: async () =>
				(await apiList(ctx, PATHS.companies, { name }, undefined, read)).filter((c) => text(c.name) === name),
		};
	}
	if (listPath === PATHS.members) {
		const email = text(body.email);
		if (!email) return undefined;
		return {
			where: `the members with email ${email}`,
			lookup: async () =>
				(await apiList(ctx, PATHS.members, { email }, undefined, read)).filter(
					(m) => text(m.email)?.toLowerCase() === email.toLowerCase(),
				),
		};
	}
	if (listPath === PATHS.fees) {
		const owner = text(body.company) ? 'company' : text(body.member) ? 'member' : undefined;
		const name = text(body.name);
		if (!owner || !name) return undefined;
		const ownerId = text(body[owner]) as string;
		return {
			where: `the fees of ${owner} ${ownerId} named "${name}"`,
			lookup: async () =>
				(await apiList(ctx, PATHS.fees, { [owner]: ownerId }, undefined, read)).filter(
					(f) => text(f.name) === name && sameDay(f.issueDate, body.issueDate) && sameAmount(f.price, body.price),
				),
		};
	}
	if (listPath === PATHS.webhooks) {
		const url = text(body.url);
		if (!url) return undefined;
		return {
			where: `the webhooks registered for ${url}`,
			lookup: async () => (await apiList(ctx, PATHS.webhooks, {}, undefined, read)).filter((w) => text(w.url) === url),
		};
	}
	return undefined;
}

/**
 * POST a new record to a collection; when the answer is lost, confirm it by its key (above) before
 * sending again, or report the item as "outcome unknown".
 */
export async function createRecord(
	ctx: OfficeRndContext,
	listPath: string,
	body: IDataObject,
	scope: string,
): Promise<IDataObject> {
	const keyed = createdLookup(ctx, listPath, body, scope);
	const { record } = await confirmedCreate<IDataObject>({
		system: SYSTEM,
		where: keyed?.where ?? `OfficeRnD ${listPath.replace(/^\//, '')} for the record this item sent`,
		send: async () => await apiRequest(ctx, { method: 'POST', path: listPath, body, scope: `${scope}.create` }),
		lookup: keyed?.lookup,
	});
	return record;
}

/**
 * POST an allocation (ASSUMED path, contract.ts). A lost answer is confirmed by re-reading the
 * document: an allocation to the same target with the same amount that was not there before.
 */
export async function createAllocation(
	ctx: OfficeRndContext,
	documentId: string,
	body: { target: string; amount: number },
): Promise<IDataObject> {
	const read = async () =>
		await apiRequest(ctx, { method: 'GET', path: PATHS.payment(documentId), scope: 'flex.billing.payments.read' });
	const matching = (doc: IDataObject) =>
		((Array.isArray(doc.allocations) ? doc.allocations : []) as IDataObject[]).filter(
			(a) => a.target === body.target && sameAmount(a.amount, body.amount),
		);
	// One read before sending tells a new allocation from an earlier one of the same amount.
	const before = matching(await read()).length;
	const { record } = await confirmedCreate<IDataObject>({
		system: SYSTEM,
		where: `the allocations of billing document ${documentId} to ${body.target}`,
		send: async () =>
			await apiRequest(ctx, {
				method: 'POST',
				path: PATHS.allocations(documentId),
				body,
				scope: 'flex.billing.payments.allocations.create',
			}),
		lookup: async () => {
			const doc = await read();
			return matching(doc).length > before ? [doc] : [];
		},
	});
	return record;
}
