import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { CREDENTIAL_ENTITY, TOP_LEVEL_ENTITY } from '../descriptions/common';
import { IntacctClient } from '../transport/client';

/** Entities of a multi-entity company (LOCATIONENTITY), read at the top level. */
export async function getEntities(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const client = new IntacctClient(this);
	const records = await client.readByQuery({ object: 'LOCATIONENTITY', fields: 'LOCATIONID,NAME', entity: '' });
	return [
		{ name: "Credential's Entity", value: CREDENTIAL_ENTITY },
		{ name: 'Top Level', value: TOP_LEVEL_ENTITY },
		...records.map((r) => ({ name: `${String(r.NAME ?? r.LOCATIONID)} (${String(r.LOCATIONID)})`, value: String(r.LOCATIONID) })),
	];
}
