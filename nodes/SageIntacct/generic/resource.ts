import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import type { OperationDecl, ResourceDecl } from '../../shared/resource';
import type { IntacctClient } from '../transport/client';
import {
	createOperation,
	deleteOperation,
	getAllOperation,
	getOperation,
	updateOperation,
	upsertOperation,
	type ObjectSpec,
} from './objectOperations';
import {
	deleteDescription,
	executeDelete,
	executeGet,
	executeGetAll,
	getAllDescription,
	getDescription,
	type FilterSpec,
} from './records';

/**
 * Sage Intacct resources on the shared declaration (nodes/shared/resource.ts, issue 14).
 *
 * Two engines live on this floor: objectOperations.ts (generic create/update/upsert/delete/read
 * functions driven by one ObjectSpec, for master data such as CUSTOMER or GLACCOUNT) and
 * records.ts (read/readByQuery/delete by RECORDNO for documents whose writes are hand-written,
 * e.g. ARINVOICE). A resource's actions/<resource>/index.ts declares it with the helpers here;
 * an operation with logic of its own is actions/<resource>/<operation>.operation.ts and enters
 * the declaration through `handWritten`.
 */

export type IntacctOperation = OperationDecl<IntacctClient>;

/** What a hand-written actions/<resource>/<operation>.operation.ts exports. */
export interface OperationModule {
	description: INodeProperties[];
	execute: (this: IExecuteFunctions, client: IntacctClient) => Promise<INodeExecutionData[]>;
}

/** A hand-written operation file with its entry in the Operation dropdown. */
export function handWritten(
	module: OperationModule,
	name: string,
	action: string,
	description: string,
): IntacctOperation {
	return { name, action, description, properties: module.description, execute: module.execute };
}

const OBJECT_ENGINE = 'generic/objectOperations.ts';
const RECORD_ENGINE = 'generic/records.ts';

/** The plain operations objectOperations.ts builds from an ObjectSpec. */
export type ObjectOperation = 'create' | 'update' | 'upsert' | 'delete' | 'get' | 'getAll';

export interface ObjectResource<O extends ObjectOperation, K extends string> {
	/** Label in the Resource dropdown, e.g. 'AP Bill'. */
	name: string;
	spec: ObjectSpec;
	/** Plural of spec.label for texts, e.g. 'bills'. */
	plural: string;
	/** The plain operations, run by objectOperations.ts. */
	operations: readonly O[];
	/** Operations with logic of their own (actions/<resource>/<operation>.operation.ts, via handWritten). */
	custom?: Record<K, IntacctOperation>;
	/** Where the dropdown starts; Get Many when the resource has it. */
	defaultOperation?: NoInfer<O | K>;
}

const withArticle = (label: string) => `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;

/** One plain operation of an ObjectSpec resource, with the dropdown texts every such resource uses. */
function objectOperation(op: ObjectOperation, spec: ObjectSpec, plural: string): IntacctOperation {
	const a = withArticle(spec.label);
	// An object without a business ID field (recordNoOnly) is addressed by its record number alone.
	const by = spec.recordNoOnly ? 'record number' : 'record number or ID';
	const readBy = spec.recordNoOnly ? 'record number' : 'ID or record number';
	const texts: Record<ObjectOperation, [string, string, string]> = {
		create: ['Create', `Create ${a}`, `Create ${a} with the generic create function`],
		upsert: [
			'Create or Update',
			`Create or update ${a}`,
			'Create a new record, or update the current one if it already exists (upsert)',
		],
		delete: ['Delete', `Delete ${a}`, `Delete ${a} by ${by}`],
		get: ['Get', `Get ${a}`, `Read one ${spec.label} by ${readBy}`],
		getAll: ['Get Many', `Get many ${plural}`, `Read ${plural} with readByQuery, following readMore pages`],
		update: ['Update', `Update ${a}`, `Update ${a}; only the given fields change`],
	};
	const build = {
		create: createOperation,
		upsert: upsertOperation,
		delete: deleteOperation,
		get: getOperation,
		getAll: getAllOperation,
		update: updateOperation,
	}[op];
	const { description, execute } = build(spec);
	const [name, action, hint] = texts[op];
	return { name, action, description: hint, properties: description, execute, engine: OBJECT_ENGINE };
}

/**
 * A Sage Intacct resource of generic-function operations: the plain ones built from its ObjectSpec
 * by objectOperations.ts, the custom ones from their own files.
 */
export function intacctResource<const O extends ObjectOperation, const K extends string = never>(
	def: ObjectResource<O, K>,
): ResourceDecl<O | K, IntacctClient> {
	const operations: Record<string, IntacctOperation> = {};
	for (const op of def.operations) operations[op] = objectOperation(op, def.spec, def.plural);
	Object.assign(operations, def.custom);
	const keys = Object.keys(operations);
	return {
		name: def.name,
		defaultOperation: (def.defaultOperation ?? (keys.includes('getAll') ? 'getAll' : keys[0])) as O | K,
		operations: operations as ResourceDecl<O | K, IntacctClient>['operations'],
	};
}

/**
 * The RECORDNO operations of a document resource (records.ts): Get with its lines, Get Many with
 * equality filters, Delete. Each returns the operation without its dropdown texts, which the
 * resource's index.ts gives (they differ per document).
 */
export const recordOperations = {
	/** `lines`: the document's line containers, e.g. { ARINVOICEITEMS: 'arinvoiceitem' } (always a list in the output). */
	get(
		resource: string,
		label: string,
		object: string,
		lines: Record<string, string>,
	): Pick<IntacctOperation, 'properties' | 'execute' | 'engine'> {
		return {
			properties: getDescription(resource, label),
			async execute(client) {
				return await executeGet(this, client, object, lines);
			},
			engine: RECORD_ENGINE,
		};
	},
	getAll(
		resource: string,
		label: string,
		object: string,
		filters: FilterSpec[],
	): Pick<IntacctOperation, 'properties' | 'execute' | 'engine'> {
		return {
			properties: getAllDescription(resource, label, filters),
			async execute(client) {
				return await executeGetAll(this, client, object, filters);
			},
			engine: RECORD_ENGINE,
		};
	},
	delete(resource: string, label: string, object: string): Pick<IntacctOperation, 'properties' | 'execute' | 'engine'> {
		return {
			properties: deleteDescription(resource, label),
			async execute(client) {
				return await executeDelete(this, client, object);
			},
			engine: RECORD_ENGINE,
		};
	},
};
