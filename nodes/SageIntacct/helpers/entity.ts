import type { IDataObject, IExecuteFunctions, INodeProperties, IPollFunctions, IWebhookFunctions } from 'n8n-workflow';
import { CREDENTIAL_ENTITY, TOP_LEVEL_ENTITY } from '../descriptions/common';
import { CREDENTIAL_TYPE, type EntityChoice, type IntacctClient } from '../transport/client';

/** Maps the Entity option to the client's choice: credential default, top level, or an ID. */
export function entityChoice(value: unknown): EntityChoice {
	if (value === undefined || value === null || value === '' || value === CREDENTIAL_ENTITY) return undefined;
	if (value === TOP_LEVEL_ENTITY) return '';
	return String(value);
}

/**
 * Whether a session works at the top level of the company: the Entity option says so, or it is
 * left to the credential and the credential names no entity.
 */
export async function atTopLevel(
	ctx: IExecuteFunctions | IPollFunctions | IWebhookFunctions,
	choice: EntityChoice,
): Promise<boolean> {
	if (choice !== undefined) return choice === '';
	return String((await ctx.getCredentials(CREDENTIAL_TYPE)).entityId ?? '').trim() === '';
}

const entityLists = new WeakMap<IntacctClient, Promise<string[]>>();

/**
 * Every entity of a multi-entity company (reference §1.7: LOCATIONENTITY, read at the top level);
 * empty for a company without entities. Listed once per client (one node execution).
 */
export async function listEntities(client: IntacctClient, pageSize = 1000): Promise<string[]> {
	let list = entityLists.get(client);
	if (!list) {
		list = client
			.readByQuery({ object: 'LOCATIONENTITY', fields: 'LOCATIONID', pageSize, entity: '', controlId: 'list-entities' })
			.then((rows) => [...new Set(rows.map((r) => String(r.LOCATIONID ?? '').trim()).filter(Boolean))].sort());
		// A failed listing is not remembered: the next item tries again.
		list.catch(() => entityLists.delete(client));
		entityLists.set(client, list);
	}
	return await list;
}

/** Option of Get and Get Many: where a top-level read looks (reference §1.7). */
export const readScopeOption: INodeProperties = {
	displayName: 'Entities Read at Top Level',
	name: 'entityScope',
	type: 'options',
	options: [
		{
			name: 'Top Level and Every Entity',
			value: 'all',
			description:
				'Also read in each entity in its own session, so records private to an entity are found; each record is returned once',
		},
		{
			name: 'Top Level Only (Shared Records)',
			value: 'topOnly',
			description:
				'One session at the top level: records private to an entity are NOT returned (Sage Intacct hides them from the top level)',
		},
	],
	default: 'all',
	description:
		'When the node reads at the top level of a multi-entity company. A top-level session sees only records shared at the top level, never those private to an entity; by default the node lists the entities (LOCATIONENTITY) and also reads in each one. In an entity (Entity option or credential), only that entity and shared records are read.',
};

/**
 * The sessions a read runs in: the chosen one, then (at the top level, unless the user asked for
 * shared records only) each entity, because a top-level session never sees entity-private records.
 */
export async function readSessions(
	ctx: IExecuteFunctions,
	client: IntacctClient,
	options: IDataObject,
): Promise<EntityChoice[]> {
	const choice = entityChoice(options.entity);
	if (options.entityScope === 'topOnly' || !(await atTopLevel(ctx, choice))) return [choice];
	return [choice, ...(await listEntities(client))];
}

/**
 * Runs a list read in each session of readSessions and returns each record once. Shared records are
 * seen by every session, so records are told apart by RECORDNO (asked for when the fields leave it
 * out, then removed again).
 */
export async function readInScope(
	ctx: IExecuteFunctions,
	client: IntacctClient,
	options: IDataObject,
	fields: string,
	read: (entity: EntityChoice, fields: string) => Promise<Array<Record<string, unknown>>>,
	limit?: number,
): Promise<IDataObject[]> {
	const sessions = await readSessions(ctx, client, options);
	if (sessions.length === 1) return (await read(sessions[0], fields)) as IDataObject[];
	const list = fields.split(',').map((f) => f.trim().toUpperCase());
	const addRecordNo = fields.trim() !== '*' && !list.includes('RECORDNO');
	const asked = addRecordNo ? `${fields},RECORDNO` : fields;
	const seen = new Set<string>();
	const out: IDataObject[] = [];
	for (const entity of sessions) {
		for (const row of await read(entity, asked)) {
			const key = row.RECORDNO === undefined ? JSON.stringify(row) : String(row.RECORDNO);
			if (seen.has(key)) continue;
			seen.add(key);
			const record = { ...row } as IDataObject;
			if (addRecordNo) delete record.RECORDNO;
			out.push(record);
			if (limit !== undefined && out.length >= limit) return out;
		}
	}
	return out;
}

/** Runs a single-record read in each session of readSessions until one finds it. */
export async function findInScope<T>(
	ctx: IExecuteFunctions,
	client: IntacctClient,
	options: IDataObject,
	read: (entity: EntityChoice) => Promise<T | undefined>,
): Promise<T | undefined> {
	const choice = entityChoice(options.entity);
	const here = await read(choice);
	if (here !== undefined) return here;
	const sessions = await readSessions(ctx, client, options);
	for (const entity of sessions.slice(1)) {
		const found = await read(entity);
		if (found !== undefined) return found;
	}
	return undefined;
}

/**
 * The sessions other than the one a write runs in, where a record the write cannot see may still
 * exist: the top level and every entity but the write's own. IDs such as CUSTOMERID are unique in
 * the whole company, so a create collides with a record private to another entity (BL34000061).
 */
export async function otherSessions(
	ctx: IExecuteFunctions,
	client: IntacctClient,
	choice: EntityChoice,
): Promise<Array<{ entity: EntityChoice; label: string }>> {
	const own = choice ?? String((await ctx.getCredentials(CREDENTIAL_TYPE)).entityId ?? '').trim();
	// A user restricted to some entities may not read the top level: then nothing more can be
	// checked, and a collision is left to Intacct's own duplicate error, as before.
	const entities = await listEntities(client).catch(() => [] as string[]);
	if (entities.length === 0) return [];
	return [
		...(own !== '' ? [{ entity: '', label: 'the top level' }] : []),
		...entities.filter((e) => e !== own).map((e) => ({ entity: e, label: `entity ${e}` })),
	];
}

/**
 * The item error for a record that exists, private to another entity, where this item's session
 * cannot see it: it can neither be updated here nor created again (a second document, or a
 * duplicate ID Sage Intacct refuses). Names the record, the entity and the fix.
 */
export function elsewhereError(
	what: string,
	recordNo: unknown,
	other: { entity: EntityChoice; label: string },
	own: EntityChoice,
): string {
	const session =
		own === undefined
			? 'the entity of the credential (or the top level)'
			: own === ''
				? 'the top level'
				: `entity ${own}`;
	return `${what} already exists (RECORDNO ${String((recordNo as string) ?? '?')}) in ${other.label}, which this item's session (${session}) cannot see, so it can neither be updated here nor created again. Set Write Options > Entity to ${other.entity === '' ? 'Top Level' : `"${other.entity}"`} for this item to update it there.`;
}
