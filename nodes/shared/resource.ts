import type {
	AllEntities,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * One way to declare what a node offers (issue 14), shared by every connector.
 *
 * A node's resources are one typed registry, `{ [resource]: ResourceDecl }`, keyed by the entity
 * map n8n's own nodes use (Airtable v2, Outlook v2: resource -> union of its operation names).
 * From that registry alone come the Resource dropdown, each resource's Operation dropdown, the
 * node's property list, and the router that runs "<Resource> > <Operation>". A connector adds its
 * own extras (Scoro's ResourceSpec, OfficeRnD's paths and scopes, Re-Leased's contract key) in its
 * `generic/` engine, which turns them into these declarations; nothing here knows any system.
 */

/** resource -> union of its operation values, e.g. `{ invoice: 'get' | 'getAll' }`. */
export type EntityMap = { [resource: string]: string };

/** `{ resource, operation }` pairs the map allows (n8n-workflow's AllEntities). */
export type EntityOf<M extends EntityMap> = AllEntities<M>;

/** Runs one operation for all input items; `context` is what the connector's router hands every operation (a client, or nothing). */
export type OperationExecute<C> = (this: IExecuteFunctions, context: C) => Promise<INodeExecutionData[]>;

/** One operation: its entry in the Operation dropdown, its own parameters and what it runs. */
export interface OperationDecl<C = void> {
	/** Label in the Operation dropdown, e.g. 'Get Many'. */
	name: string;
	/** n8n's action text, e.g. 'Get many invoices'. */
	action: string;
	/** Hint under the label in the dropdown. */
	description?: string;
	/** Parameters shown only for this operation, already scoped with displayOptions. */
	properties?: INodeProperties[];
	execute: OperationExecute<C>;
	/**
	 * The connector's engine file that runs this operation, relative to the node's folder (e.g.
	 * 'generic/operations.ts'), when the operation has no actions/<resource>/<operation>.operation.ts
	 * of its own. The rule "UI name -> file" (docs/code-layout.md) is checked against it.
	 */
	engine?: string;
}

/** The operation every resource uses for "remove the record": one name, `delete`, in every node. */
export type DeleteOperation = 'delete';

/** One resource: its entry in the Resource dropdown and its operations. */
export interface ResourceDecl<O extends string = string, C = void> {
	/** Label in the Resource dropdown, e.g. 'Billing Document'. */
	name: string;
	/** Hint under the label in the Resource dropdown. */
	description?: string;
	/** The operation the dropdown starts on. */
	defaultOperation: O;
	operations: { [K in O]: OperationDecl<C> };
	/**
	 * Parameters several operations share (e.g. one record ID for Get, Update and Delete), placed
	 * before the operations' own. Scoped with displayOptions by whoever builds them.
	 */
	properties?: INodeProperties[];
}

/**
 * A node's registry: exactly the resources of its entity map, each with exactly its operations.
 * `X` is the connector's own extras on every resource (e.g. Scoro's spec, read by its loadOptions).
 */
export type Registry<M extends EntityMap, C = void, X = {}> = { [R in keyof M & string]: ResourceDecl<M[R], C> & X };

function byName<T extends { name: string }>(options: T[]): T[] {
	return [...options].sort((a, b) => a.name.localeCompare(b.name));
}

/** The Operation dropdown of one resource (options sorted by label, as n8n's linter asks). */
export function operationSelector<C>(resource: string, decl: ResourceDecl<string, C>): INodeProperties {
	const operations = decl.operations as Record<string, OperationDecl<C>>;
	const options: INodePropertyOptions[] = Object.entries(operations).map(([value, op]) => ({
		name: op.name,
		value,
		action: op.action,
		...(op.description ? { description: op.description } : {}),
	}));
	const selector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: byName(options),
		default: '',
	};
	// Set apart: the linter wants a literal default on the property, the value is the declaration's.
	selector.default = decl.defaultOperation;
	return selector;
}

/** The Resource dropdown, then every resource's Operation dropdown and parameters. */
export function registryProperties<M extends EntityMap, C, X>(
	registry: Registry<M, C, X>,
	defaultResource: keyof M & string,
): INodeProperties[] {
	const entries = Object.entries(registry) as Array<[string, ResourceDecl<string, C>]>;
	const resource: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: byName(
			entries.map(([value, decl]) => ({
				name: decl.name,
				value,
				...(decl.description ? { description: decl.description } : {}),
			})),
		),
		default: defaultResource,
	};
	const perResource = entries.flatMap(([value, decl]) => [
		operationSelector(value, decl),
		...(decl.properties ?? []),
		...Object.values<OperationDecl<C>>(decl.operations).flatMap((op) => op.properties ?? []),
	]);
	return [resource, ...perResource];
}

/** The declaration of a resource named by a parameter value, or undefined (never an inherited key such as "constructor"). */
export function findResource<M extends EntityMap, C, X>(
	registry: Registry<M, C, X>,
	resource: string,
): (ResourceDecl<string, C> & X) | undefined {
	if (!Object.prototype.hasOwnProperty.call(registry, resource)) return undefined;
	return (registry as unknown as Record<string, ResourceDecl<string, C> & X>)[resource];
}

/** The implementation of "<resource> > <operation>", or undefined when the registry has none. */
export function findOperation<M extends EntityMap, C, X>(
	registry: Registry<M, C, X>,
	resource: string,
	operation: string,
): OperationDecl<C> | undefined {
	const decl = findResource(registry, resource);
	if (!decl) return undefined;
	const operations = decl.operations as Record<string, OperationDecl<C>>;
	return Object.prototype.hasOwnProperty.call(operations, operation) ? operations[operation] : undefined;
}

/**
 * The node's execute: reads Resource and Operation, finds the declaration, runs it with the
 * connector's context (built once per run, e.g. an API client).
 */
export function registryRouter<M extends EntityMap, C, X>(
	registry: Registry<M, C, X>,
	context: (ctx: IExecuteFunctions) => C,
): (this: IExecuteFunctions) => Promise<INodeExecutionData[][]> {
	return async function router(this: IExecuteFunctions) {
		const resource = this.getNodeParameter('resource', 0) as string;
		const operation = this.getNodeParameter('operation', 0) as string;
		const implementation = findOperation(registry, resource, operation);
		if (!implementation) {
			throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
		}
		return [await implementation.execute.call(this, context(this))];
	};
}

/** What a node file takes from its registry: the editor properties and the execute function. */
export interface NodeRegistry<M extends EntityMap, C, X> {
	resources: Registry<M, C, X>;
	properties: INodeProperties[];
	router: (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>;
}

/**
 * A node's registry wiring in one call (every connector's actions/registry.ts ends with it): the
 * properties (Resource dropdown, then each resource, then `after`, e.g. node-wide settings) and
 * the router, which hands every operation `context(this)` (an API client, or nothing).
 */
export function nodeRegistry<M extends EntityMap, C = void, X = {}>(
	resources: Registry<M, C, X>,
	options: { defaultResource: keyof M & string; context?: (ctx: IExecuteFunctions) => C; after?: INodeProperties[] },
): NodeRegistry<M, C, X> {
	return {
		resources,
		properties: [...registryProperties(resources, options.defaultResource), ...(options.after ?? [])],
		router: registryRouter(resources, options.context ?? (() => undefined as C)),
	};
}
