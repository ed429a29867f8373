import type { OperationDecl, ResourceDecl } from '../../shared/resource';
import {
	createOperation,
	deleteOperation,
	getManyOperation,
	getOperation,
	updateOperation,
	type FilterDef,
	type OperationModule,
	type ResourceSpec,
	type WriteFields,
} from './operations';

/** The plain operations an OfficeRnD collection may have, and what each needs. */
export interface PlainOperations {
	get?: true;
	/** The Get Many filters. */
	getAll?: FilterDef[];
	create?: WriteFields;
	update?: WriteFields;
	delete?: true;
}

/** An operation with logic of its own (actions/<resource>/<operation>.operation.ts), with its dropdown entry where the default does not fit. */
export type CustomOperation = OperationModule & Partial<Pick<OperationDecl, 'name' | 'action' | 'description'>>;

export interface OfficeRndResource<S extends PlainOperations, K extends string> {
	spec: ResourceSpec;
	/** Plural label, e.g. 'Billing Documents'. */
	plural: string;
	/** Hint under the label in the Resource dropdown. */
	description?: string;
	operations: S;
	custom?: Record<K, CustomOperation>;
	/** Hint under an operation's label in its dropdown. */
	hints?: Partial<Record<NoInfer<keyof S | K>, string>>;
	/** Defaults to Get Many when the resource has it. */
	defaultOperation?: NoInfer<keyof S | K>;
}

const LABELS: Record<string, string> = {
	create: 'Create',
	delete: 'Delete',
	get: 'Get',
	getAll: 'Get Many',
	update: 'Update',
};

/**
 * An OfficeRnD resource: its plain operations run by the engine in generic/operations.ts, its
 * custom ones from their own files. Dropdown texts follow one pattern ("Get many companies").
 */
export function officeRndResource<const S extends PlainOperations, const K extends string = never>(
	def: OfficeRndResource<S, K>,
): ResourceDecl<(keyof S & string) | K> {
	const { spec } = def;
	const one = spec.label.toLowerCase();
	const a = `${/^[aeiou]/.test(one) ? 'an' : 'a'} ${one}`;
	const built: Record<string, OperationModule> = {};
	const plain = def.operations as PlainOperations;
	if (plain.get) built.get = getOperation(spec);
	if (plain.getAll) built.getAll = getManyOperation(spec, plain.getAll);
	if (plain.create) built.create = createOperation(spec, plain.create);
	if (plain.update) built.update = updateOperation(spec, plain.update);
	if (plain.delete) built.delete = deleteOperation(spec);
	Object.assign(built, def.custom);
	const operations: Record<string, OperationDecl> = {};
	for (const [op, module] of Object.entries(built)) {
		const custom = module as CustomOperation;
		const name = custom.name ?? LABELS[op];
		const action =
			custom.action ?? (op === 'getAll' ? `Get many ${def.plural.toLowerCase()}` : `${LABELS[op] ?? op} ${a}`);
		// A custom operation outside the five plain ones must name itself; the description snapshot test loads every node.
		if (!name) throw new Error(`OfficeRnD ${spec.resource} > ${op}: give the operation a name`);
		const description = (def.hints as Record<string, string> | undefined)?.[op] ?? custom.description;
		// Plain operations run the engine; custom ones are their own <operation>.operation.ts.
		const engine = def.custom && op in def.custom ? {} : { engine: 'generic/operations.ts' };
		operations[op] = {
			name,
			action,
			...(description ? { description } : {}),
			properties: module.properties,
			execute: module.execute,
			...engine,
		};
	}
	const keys = Object.keys(operations);
	return {
		name: spec.label,
		...(def.description ? { description: def.description } : {}),
		defaultOperation: (def.defaultOperation ?? (keys.includes('getAll') ? 'getAll' : keys[0])) as
			(keyof S & string) | K,
		operations: operations as ResourceDecl<(keyof S & string) | K>['operations'],
	};
}
