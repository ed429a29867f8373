/* eslint-disable @typescript-eslint/no-require-imports -- n8n-core, its dependencies and the built node
   classes are loaded from paths known only at run time (the n8n install in .cache/n8n, dist/). */
/**
 * In-process n8n execution engine for "node tests".
 *
 * Runs real node classes through n8n-core's own `WorkflowExecute` (the same engine the n8n
 * server uses), with a small in-memory credentials helper instead of n8n's database-backed one.
 * Modelled on n8n's internal NodeTestHarness (packages/core/nodes-testing), which is not
 * published on npm.
 *
 * n8n-core and n8n-nodes-base are resolved from the n8n install in `$N8N_CACHE_DIR`
 * (default `<repo>/.cache/n8n`, see scripts/install-n8n.js). n8n-core 2.41.x loads fine on
 * Node 20, so everything runs inside the jest worker; no child process is involved.
 *
 * One copy of n8n-workflow: n8n-core (from the cache) and the code under test (from the repo's
 * node_modules) must share a single n8n-workflow instance, otherwise `instanceof NodeApiError`
 * and friends silently fail across the two copies. Before n8n-core is loaded, the cache's
 * n8n-workflow is redirected to the repo's copy (`jest.doMock` under jest, a resolver hook
 * otherwise). The two versions must be equal; a mismatch is reported as an error.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import * as workflowPkg from 'n8n-workflow';
import type {
	ExecutionError,
	ICredentialDataDecryptedObject,
	ICredentialType,
	ICredentials,
	IConnections,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypes,
	IPinData,
	IRun,
	IRunData,
	IRunExecutionData,
	ITaskData,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	IWorkflowSettings,
	Workflow as WorkflowType,
	WorkflowExecuteMode,
} from 'n8n-workflow';

const { ICredentialsHelper, NodeHelpers, Workflow, createRunExecutionData } = workflowPkg;

// ---------------------------------------------------------------------------------------------
// Locating and loading the cached n8n install
// ---------------------------------------------------------------------------------------------

export const N8N_CACHE_DIR = path.resolve(
	process.env.N8N_CACHE_DIR ?? path.join(__dirname, '..', '..', '.cache', 'n8n'),
);
const CACHE_MODULES = path.join(N8N_CACHE_DIR, 'node_modules');

/** Minimal structural types for the parts of n8n-core we use (its .d.ts are not in the repo). */
interface LifecycleHooks {
	addHandler(hook: string, ...handlers: Array<(...args: any[]) => unknown>): void;
}
interface N8nCore {
	WorkflowExecute: new (
		additionalData: IWorkflowExecuteAdditionalData,
		mode: WorkflowExecuteMode,
		runExecutionData?: IRunExecutionData,
	) => { processRunExecutionData(workflow: WorkflowType): Promise<IRun> };
	ExecutionLifecycleHooks: new (
		mode: WorkflowExecuteMode,
		executionId: string,
		workflowData: unknown,
	) => LifecycleHooks;
}

function resolveFromCache(id: string): string {
	try {
		return require.resolve(id, { paths: [CACHE_MODULES] });
	} catch (error) {
		throw new Error(
			`Cannot resolve "${id}" from the n8n install at ${CACHE_MODULES}. ` +
				'Run `npm run n8n:install` or point N8N_CACHE_DIR at an n8n install. ' +
				`(${(error as Error).message})`,
		);
	}
}

function readVersion(packageJsonPath: string): string {
	return (require(packageJsonPath) as { version: string }).version;
}

/** Make every `require('n8n-workflow')` inside the cache return the repo's instance. */
function unifyN8nWorkflow(): void {
	const repoEntry = require.resolve('n8n-workflow');
	const cacheEntry = resolveFromCache('n8n-workflow');
	if (repoEntry === cacheEntry) return;

	const repoVersion = readVersion(require.resolve('n8n-workflow/package.json'));
	const cacheVersion = readVersion(path.join(CACHE_MODULES, 'n8n-workflow', 'package.json'));
	if (repoVersion !== cacheVersion) {
		throw new Error(
			`n8n-workflow version mismatch: repo has ${repoVersion}, the n8n install at ` +
				`${N8N_CACHE_DIR} uses ${cacheVersion}. Align the devDependency with the installed n8n.`,
		);
	}

	if (typeof jest !== 'undefined') {
		jest.doMock(cacheEntry, () => require(repoEntry) as unknown);
		return;
	}
	// Plain Node (e.g. tsx scripts): redirect resolution of the cache copy to the repo copy.
	const Module = require('node:module') as {
		_resolveFilename: (request: string, ...rest: unknown[]) => string;
	};
	const original = Module._resolveFilename;
	Module._resolveFilename = function (request: string, ...rest: unknown[]) {
		const resolved = original.call(this, request, ...rest);
		return resolved === cacheEntry ? repoEntry : resolved;
	};
}

let core: N8nCore | undefined;

/** Loads n8n-core from the cache once per module registry (i.e. once per jest test file). */
export function loadN8nCore(): N8nCore {
	if (core) return core;
	// n8n writes <user folder>/.n8n/config (encryption key) on first use: keep it away from
	// ~/.n8n. One folder per jest worker, reused across runs.
	if (!process.env.N8N_USER_FOLDER) {
		const userFolder = path.join(tmpdir(), `n8n-engine-${process.env.JEST_WORKER_ID ?? process.pid}`);
		mkdirSync(userFolder, { recursive: true });
		process.env.N8N_USER_FOLDER = userFolder;
	}
	// n8n's logger/error reporter print every node error to stdout; failures are in the run
	// result anyway. Set N8N_LOG_LEVEL=debug to see the engine's own logging.
	process.env.N8N_LOG_LEVEL ??= 'silent';
	unifyN8nWorkflow();
	require(resolveFromCache('reflect-metadata')); // @n8n/di relies on decorator metadata
	core = require(resolveFromCache('n8n-core')) as N8nCore;
	return core;
}

// ---------------------------------------------------------------------------------------------
// n8n-nodes-base node and credential types, loaded on demand from the cache
// ---------------------------------------------------------------------------------------------

type KnownEntry = { className: string; sourcePath: string };
const BASE_PREFIX = 'n8n-nodes-base.';

function loadKnown(kind: 'nodes' | 'credentials'): Record<string, KnownEntry> {
	const baseDir = path.dirname(resolveFromCache('n8n-nodes-base/package.json'));
	return require(path.join(baseDir, 'dist', 'known', `${kind}.json`)) as Record<string, KnownEntry>;
}

function loadFromBase<T>(kind: 'nodes' | 'credentials', name: string): T | undefined {
	const entry = loadKnown(kind)[name];
	if (!entry) return undefined;
	loadN8nCore(); // base nodes require n8n-workflow: unify before the first require
	const baseDir = path.dirname(resolveFromCache('n8n-nodes-base/package.json'));
	const exported = require(path.join(baseDir, entry.sourcePath)) as Record<string, new () => T>;
	return new exported[entry.className]();
}

const baseNodeCache = new Map<string, INodeType | IVersionedNodeType>();
const baseCredentialCache = new Map<string, ICredentialType>();

/** An n8n-nodes-base node type by full name, e.g. `n8n-nodes-base.manualTrigger`. */
export function baseNodeType(fullType: string): INodeType | IVersionedNodeType {
	let nodeType = baseNodeCache.get(fullType);
	if (!nodeType && fullType.startsWith(BASE_PREFIX)) {
		nodeType = loadFromBase<INodeType | IVersionedNodeType>('nodes', fullType.slice(BASE_PREFIX.length));
		if (nodeType) baseNodeCache.set(fullType, nodeType);
	}
	if (!nodeType) throw new Error(`Unknown node type "${fullType}"`);
	return nodeType;
}

// ---------------------------------------------------------------------------------------------
// Node types and credentials helper handed to the engine
// ---------------------------------------------------------------------------------------------

class TestNodeTypes implements INodeTypes {
	constructor(private readonly types: Record<string, INodeType | IVersionedNodeType>) {}

	getByName(type: string): INodeType | IVersionedNodeType {
		return this.types[type] ?? baseNodeType(type);
	}

	getByNameAndVersion(type: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(type), version);
	}

	getKnownTypes(): IDataObject {
		return {};
	}
}

class TestCredentialTypes {
	constructor(private readonly types: Record<string, ICredentialType>) {}

	get(name: string): ICredentialType {
		let type: ICredentialType | undefined = this.types[name] ?? baseCredentialCache.get(name);
		if (!type) {
			type = loadFromBase<ICredentialType>('credentials', name);
			if (type) baseCredentialCache.set(name, type);
		}
		if (!type) throw new Error(`Unknown credential type "${name}" (pass it in credentialTypes)`);
		return type;
	}

	has(name: string): boolean {
		try {
			this.get(name);
			return true;
		} catch {
			return false;
		}
	}
}

/** Property defaults of a credential type (and the types it extends), like n8n fills them in. */
function credentialDefaults(types: TestCredentialTypes, name: string): IDataObject {
	const type = types.get(name);
	const inherited = (type.extends ?? []).reduce<IDataObject>(
		(acc, parent) => ({ ...acc, ...(types.has(parent) ? credentialDefaults(types, parent) : {}) }),
		{},
	);
	for (const property of type.properties ?? []) {
		if (property.default !== undefined && property.type !== 'notice') {
			inherited[property.name] = property.default as IDataObject[string];
		}
	}
	return inherited;
}

/**
 * In-memory stand-in for n8n's CredentialsHelper: returns the given data per credential type
 * (merged over the type's defaults), applies `authenticate` (function or generic) and
 * `preAuthentication` (expirable hidden property), and records updates.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	/** Credential data as updated by the engine during the run (preAuthentication, OAuth). */
	readonly store: Record<string, ICredentialDataDecryptedObject> = {};

	constructor(
		private readonly credentialTypes: TestCredentialTypes,
		credentials: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
		for (const [type, data] of Object.entries(credentials)) {
			const defaults = this.credentialTypes.has(type) ? credentialDefaults(this.credentialTypes, type) : {};
			this.store[type] = { ...(defaults as ICredentialDataDecryptedObject), ...data };
		}
	}

	getParentTypes(name: string): string[] {
		const parents = this.credentialTypes.has(name) ? (this.credentialTypes.get(name).extends ?? []) : [];
		return parents.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.credentialTypes.get(type).properties ?? [];
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow?: WorkflowType,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = this.credentialTypes.get(typeName);
		if (typeof authenticate === 'function') {
			return await authenticate(credentials, requestOptions);
		}
		if (authenticate?.type !== 'generic') return requestOptions;

		const resolve = (value: unknown): unknown => {
			if (!workflowPkg.isExpression(value) || !workflow || !node) return value;
			const resolved = workflow.expression.getSimpleParameterValue(
				node,
				value as string,
				'internal',
				{ $credentials: credentials },
				undefined,
				'',
			);
			return resolved ? String(resolved) : '';
		};
		const options = requestOptions as unknown as Record<string, IDataObject | undefined>;
		options.headers ??= {};
		for (const [target, entries] of Object.entries(authenticate.properties)) {
			const bucket = (options[target] ??= {});
			for (const [key, value] of Object.entries(entries as IDataObject)) {
				bucket[resolve(key) as string] = resolve(value) as IDataObject[string];
			}
		}
		return requestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.credentialTypes.get(typeName);
		const expirable = type.properties.find((p) => p.type === 'hidden' && p.typeOptions?.expirable === true);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		if (credentials[expirable.name] !== '' && credentials[expirable.name] !== undefined && !credentialsExpired) {
			return undefined;
		}
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output?.[expirable.name] === undefined) return undefined;
		Object.assign((this.store[typeName] ??= {}), output);
		return Object.assign(credentials, output);
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.credentialTypes.get(typeName);
		if (typeof type.preAuthentication !== 'function') return undefined;
		const output = await type.preAuthentication.call(helpers, credentials);
		return (output as ICredentialDataDecryptedObject | undefined) ?? undefined;
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.store[type];
		if (!data) throw new Error(`No test credentials given for credential type "${type}"`);
		return { ...data };
	}

	async getCredentials(nodeCredentials: INodeCredentialsDetails, type: string): Promise<ICredentials> {
		const store = this.store;
		return {
			id: nodeCredentials.id ?? undefined,
			name: nodeCredentials.name,
			type,
			data: undefined,
			getData: async () => ({ ...(store[type] ?? {}) }),
			getDataToSave: () => ({ id: nodeCredentials.id, name: nodeCredentials.name, type, data: '' }),
			setData: async (data: ICredentialDataDecryptedObject) => {
				store[type] = { ...data };
			},
			updateData: async (toUpdate: ICredentialDataDecryptedObject) => {
				Object.assign((store[type] ??= {}), toUpdate);
			},
		} as unknown as ICredentials;
	}

	async updateCredentials(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.store[type] = { ...data };
	}

	async updateCredentialsOauthTokenData(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.store[type] = { ...data };
	}
}

// ---------------------------------------------------------------------------------------------
// runWorkflow
// ---------------------------------------------------------------------------------------------

/** A workflow node; id, position, parameters and typeVersion are filled in when omitted. */
export type TestNode = Omit<INode, 'id' | 'position' | 'typeVersion' | 'parameters'> &
	Partial<Pick<INode, 'id' | 'position' | 'typeVersion' | 'parameters'>>;

export interface RunWorkflowOptions {
	workflow: {
		nodes: TestNode[];
		connections: IConnections;
		/** Defaults to `{ executionOrder: 'v1' }` (n8n's default for new workflows). */
		settings?: IWorkflowSettings;
		pinData?: IPinData;
		/** Seed for getWorkflowStaticData(); the updated object is returned as `staticData`. */
		staticData?: IDataObject;
	};
	/** Node types keyed by full type, e.g. `n8n-nodes-intacct-sync.sageIntacct`. n8n-nodes-base.* load on demand. */
	nodeTypes?: Record<string, INodeType | IVersionedNodeType>;
	/** Decrypted credential data keyed by credential type name. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Credential type definitions keyed by name (n8n-nodes-base credential types load on demand). */
	credentialTypes?: Record<string, ICredentialType>;
	/** Items the start node emits; default `[{ json: {} }]`. */
	triggerItems?: INodeExecutionData[];
	/** Start node name; default: n8n's own choice (the trigger). */
	startNode?: string;
	/** Execution mode; default `manual`. */
	mode?: WorkflowExecuteMode;
}

export interface RunWorkflowResult {
	/** `success`, `error`, `canceled`, `waiting`, ... as n8n records it. */
	status: IRun['status'];
	runData: IRunData;
	/** The workflow-level error (set when the run failed). */
	error?: ExecutionError;
	/** Node names in the order they finished. */
	executionOrder: string[];
	/** Workflow static data after the run (feed it back in to simulate the next poll). */
	staticData: IDataObject;
	/** Credential data after the run (e.g. tokens written by preAuthentication). */
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** The raw IRun. */
	run: IRun;
	/** `json` of every item on one output of one node run. Throws if the node did not run. */
	nodeOutput(name: string, outputIndex?: number, runIndex?: number): IDataObject[];
	/** Full items (json, binary, pairedItem, error) of one output of one node run. */
	nodeItems(name: string, outputIndex?: number, runIndex?: number): INodeExecutionData[];
	/** The task data of one node run (error, executionStatus, timings ...). */
	taskData(name: string, runIndex?: number): ITaskData;
}

let executionCounter = 0;

function defaultTypeVersion(type: INodeType | IVersionedNodeType): number {
	if ('nodeVersions' in type) return type.currentVersion;
	const { version } = type.description;
	return Array.isArray(version) ? Math.max(...version) : version;
}

function completeNodes(
	nodes: TestNode[],
	nodeTypes: TestNodeTypes,
	credentials: Record<string, ICredentialDataDecryptedObject>,
): INode[] {
	return nodes.map((node, index) => {
		const type = nodeTypes.getByName(node.type);
		const full: INode = {
			id: node.id ?? `node-${index}`,
			position: node.position ?? [index * 200, 0],
			parameters: node.parameters ?? {},
			typeVersion: node.typeVersion ?? defaultTypeVersion(type),
			...node,
		} as INode;
		// Attach the supplied credentials to nodes that declare that credential type, or pick it
		// via the HTTP Request convention (`genericAuthType` / `nodeCredentialType` parameters).
		const declared = (NodeHelpers.getVersionedNodeType(type, full.typeVersion).description.credentials ?? []).map(
			(c) => c.name,
		);
		const picked = [full.parameters.genericAuthType, full.parameters.nodeCredentialType];
		for (const name of [...declared, ...picked]) {
			if (typeof name === 'string' && credentials[name] && !full.credentials?.[name]) {
				full.credentials = { ...full.credentials, [name]: { id: name, name } };
			}
		}
		return full;
	});
}

/** Runs a workflow through n8n-core's WorkflowExecute and resolves once the execution finished. */
export async function runWorkflow(options: RunWorkflowOptions): Promise<RunWorkflowResult> {
	const { WorkflowExecute, ExecutionLifecycleHooks } = loadN8nCore();
	const mode = options.mode ?? 'manual';
	const nodeTypes = new TestNodeTypes(options.nodeTypes ?? {});
	const credentialTypes = new TestCredentialTypes(options.credentialTypes ?? {});
	const credentialsHelper = new TestCredentialsHelper(credentialTypes, options.credentials ?? {});

	const nodes = completeNodes(options.workflow.nodes, nodeTypes, options.credentials ?? {});
	const executionId = String(++executionCounter);
	const workflow = new Workflow({
		id: 'test-workflow',
		name: 'test workflow',
		nodes,
		connections: options.workflow.connections,
		active: false,
		nodeTypes,
		settings: options.workflow.settings ?? { executionOrder: 'v1' },
		staticData: options.workflow.staticData ?? {},
		pinData: options.workflow.pinData,
	});

	const startNode = options.startNode ? workflow.getNode(options.startNode) : workflow.getStartNode();
	if (!startNode) throw new Error('No start node found (add a trigger or pass startNode)');

	const hooks = new ExecutionLifecycleHooks(mode, executionId, {
		id: workflow.id,
		name: workflow.name,
		nodes,
		connections: options.workflow.connections,
		active: false,
		isArchived: false,
		activeVersionId: null,
		settings: workflow.settings,
		createdAt: new Date(),
		updatedAt: new Date(),
	});
	const executionOrder: string[] = [];
	hooks.addHandler('nodeExecuteAfter', (nodeName: string) => {
		executionOrder.push(nodeName);
	});

	const additionalData = {
		executionId,
		credentialsHelper,
		hooks,
		userId: 'test-user',
		variables: {},
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		currentNodeParameters: undefined,
		currentNodeExecutionIndex: 0,
		executionTimeoutTimestamp: undefined,
		setExecutionStatus: () => {},
		sendDataToUI: () => {},
		logAiEvent: () => {},
		executeWorkflow: async () => {
			throw new Error('Sub-workflow execution is not supported by the test engine');
		},
		getRunExecutionData: async () => undefined,
		startRunnerTask: async () => {
			throw new Error('Code node task runners are not supported by the test engine');
		},
	} as unknown as IWorkflowExecuteAdditionalData;

	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{
					node: startNode,
					data: { main: [options.triggerItems ?? [{ json: {} }]] },
					source: null,
				},
			],
		},
		resultData: { pinData: options.workflow.pinData },
	});

	const run = await new WorkflowExecute(additionalData, mode, runExecutionData).processRunExecutionData(workflow);
	const runData = run.data.resultData.runData;

	const taskData = (name: string, runIndex = 0): ITaskData => {
		const task = runData[name]?.[runIndex];
		if (!task) {
			const ran = Object.entries(runData)
				.map(([n, tasks]) => `${n}${tasks[0]?.error ? ` (error: ${tasks[0].error.message})` : ''}`)
				.join(', ');
			throw new Error(
				`Node "${name}" has no run #${runIndex}. Status ${run.status}; nodes that ran: ${ran || 'none'}` +
					(run.data.resultData.error ? `; workflow error: ${run.data.resultData.error.message}` : ''),
			);
		}
		return task;
	};
	const nodeItems = (name: string, outputIndex = 0, runIndex = 0): INodeExecutionData[] =>
		taskData(name, runIndex).data?.main?.[outputIndex] ?? [];

	return {
		status: run.status,
		runData,
		error: run.data.resultData.error,
		executionOrder,
		staticData: workflow.staticData,
		credentials: credentialsHelper.store,
		run,
		taskData,
		nodeItems,
		nodeOutput: (name, outputIndex, runIndex) => nodeItems(name, outputIndex, runIndex).map((i) => i.json),
	};
}

/** `main` connections for a straight chain of nodes: connectChain('Trigger', 'A', 'B'). */
export function connectChain(...names: string[]): IConnections {
	const connections: IConnections = {};
	for (let i = 0; i < names.length - 1; i++) {
		connections[names[i]] = { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] };
	}
	return connections;
}

/** The manual trigger node as n8n's editor creates it. */
export const MANUAL_TRIGGER = 'n8n-nodes-base.manualTrigger';
