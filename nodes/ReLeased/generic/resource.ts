import type { INodeProperties } from 'n8n-workflow';
import type { OperationDecl, ResourceDecl } from '../../shared/resource';
import type { ReLeasedClient } from '../transport/client';
import type { ResourceKey } from '../transport/contract';
import {
	actionOperation,
	createOperation,
	getAllOperation,
	getOperation,
	updateOperation,
	type WriteSpec,
} from './operations';

/** The plain operations a Re-Leased resource may have, and what each needs. */
export interface PlainOperations {
	create?: WriteSpec;
	update?: WriteSpec;
	void?: true;
	archive?: true;
	get?: true;
	/** The Get Many filters. */
	getAll?: INodeProperties[];
}

export interface PlainResource<S extends PlainOperations> {
	/** The contract's key (transport/contract.ts RESOURCES): path, natural key. */
	resource: ResourceKey;
	/** Singular label, e.g. 'Credit Note'. */
	label: string;
	/** Plural label, e.g. 'Credit Notes'. */
	plural: string;
	/** The operations, in the order the resource lists them; the first is the dropdown's default. */
	operations: S;
	/** Operations with logic of their own (actions/<resource>/<operation>.operation.ts). */
	custom?: Record<string, OperationDecl<ReLeasedClient>>;
	/** Hint under the label in the Resource dropdown. */
	description?: string;
}

/**
 * A Re-Leased resource of plain operations, each run by the engine in generic/operations.ts. The
 * dropdown texts follow one pattern ("Create a new invoice in Re-Leased", "Read one invoice by ID").
 */
export function releasedResource<const S extends PlainOperations>(
	def: PlainResource<S>,
): ResourceDecl<keyof S & string, ReLeasedClient> {
	const one = def.label.toLowerCase();
	const many = def.plural.toLowerCase();
	const a = `${/^[aeiou]/.test(one) ? 'an' : 'a'} ${one}`;
	const operations: Record<string, OperationDecl<ReLeasedClient>> = {};
	for (const [op, arg] of Object.entries(def.operations) as Array<
		[keyof PlainOperations, PlainOperations[keyof PlainOperations]]
	>) {
		switch (op) {
			case 'create':
				operations.create = {
					name: 'Create',
					action: `Create ${a}`,
					description: `Create a new ${one} in Re-Leased`,
					...createOperation(def.resource, arg as WriteSpec),
				};
				break;
			case 'update':
				operations.update = {
					name: 'Update',
					action: `Update ${a}`,
					description: `Change fields of an existing ${one}`,
					...updateOperation(def.resource, arg as WriteSpec),
				};
				break;
			case 'void':
				operations.void = {
					name: 'Void',
					action: `Void ${a}`,
					description: `Void ${a} (no further changes or payments)`,
					...actionOperation(def.resource, def.label, 'void'),
				};
				break;
			case 'archive':
				operations.archive = {
					name: 'Archive',
					action: `Archive ${a}`,
					description: `Archive ${a} so it can no longer be used`,
					...actionOperation(def.resource, def.label, 'archive'),
				};
				break;
			case 'get':
				operations.get = {
					name: 'Get',
					action: `Get ${a}`,
					description: `Read one ${one} by ID`,
					...getOperation(def.resource, def.label),
				};
				break;
			case 'getAll':
				operations.getAll = {
					name: 'Get Many',
					action: `Get many ${many}`,
					description: `List ${many}, with filters and paging`,
					...getAllOperation(def.resource, arg as INodeProperties[]),
				};
				break;
		}
	}
	// Every plain operation runs the engine; custom ones (assigned below) are their own files.
	for (const op of Object.values(operations)) op.engine = 'generic/operations.ts';
	Object.assign(operations, def.custom);
	return {
		name: def.label,
		...(def.description ? { description: def.description } : {}),
		defaultOperation: Object.keys(operations)[0] as keyof S & string,
		operations: operations as ResourceDecl<keyof S & string, ReLeasedClient>['operations'],
	};
}
