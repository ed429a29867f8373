import { CREDENTIAL_ENTITY, TOP_LEVEL_ENTITY } from '../descriptions/common';
import type { EntityChoice } from '../transport/client';

/** Maps the Entity option to the client's choice: credential default, top level, or an ID. */
export function entityChoice(value: unknown): EntityChoice {
	if (value === undefined || value === null || value === '' || value === CREDENTIAL_ENTITY) return undefined;
	if (value === TOP_LEVEL_ENTITY) return '';
	return String(value);
}
