/**
 * The shared resource declaration (nodes/shared/resource.ts) and the three nodes built on it:
 * the router finds exactly the declared "<Resource> > <Operation>" pairs. A resource or operation
 * value that happens to be an inherited key of a plain object ("constructor", "toString", from an
 * old workflow or a hand-edited JSON) is "not supported", never a TypeError from deep inside.
 */
import type { IExecuteFunctions, INodeType } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { OfficeRnd } from '../../../nodes/OfficeRnd/OfficeRnd.node';
import { ReLeased } from '../../../nodes/ReLeased/ReLeased.node';
import { Scoro } from '../../../nodes/Scoro/Scoro.node';
import {
	findOperation,
	operationSelector,
	registryProperties,
	registryRouter,
	type Registry,
} from '../../../nodes/shared/resource';

function context(parameters: Record<string, string>): IExecuteFunctions {
	return {
		getNodeParameter: (name: string) => parameters[name],
		getNode: () => ({ id: 'n', name: 'Test Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} }),
		getInputData: () => [{ json: {} }],
		continueOnFail: () => false,
	} as unknown as IExecuteFunctions;
}

type Map = { book: 'get' | 'delete'; shelf: 'getAll' };
const calls: string[] = [];
const registry: Registry<Map, string> = {
	book: {
		name: 'Book',
		defaultOperation: 'get',
		operations: {
			get: {
				name: 'Get',
				action: 'Get a book',
				execute: async (c) => (calls.push(`get:${c}`), [{ json: { got: true } }]),
			},
			delete: {
				name: 'Delete',
				action: 'Delete a book',
				properties: [{ displayName: 'Book ID', name: 'id', type: 'string', default: '' }],
				execute: async () => [],
			},
		},
	},
	shelf: {
		name: 'Shelf',
		description: 'Where books stand',
		defaultOperation: 'getAll',
		operations: { getAll: { name: 'Get Many', action: 'Get many shelves', execute: async () => [] } },
	},
};

describe('shared resource declaration', () => {
	it('derives the Resource dropdown (sorted) and each Operation dropdown with its default', () => {
		const props = registryProperties(registry, 'shelf');
		expect(props[0]).toMatchObject({
			name: 'resource',
			default: 'shelf',
			options: [
				{ name: 'Book', value: 'book' },
				{ name: 'Shelf', value: 'shelf', description: 'Where books stand' },
			],
		});
		const bookOps = operationSelector('book', registry.book);
		expect(bookOps.default).toBe('get');
		expect(bookOps.displayOptions).toEqual({ show: { resource: ['book'] } });
		expect(bookOps.options).toEqual([
			{ name: 'Delete', value: 'delete', action: 'Delete a book' },
			{ name: 'Get', value: 'get', action: 'Get a book' },
		]);
		expect(props.map((p) => p.name)).toEqual(['resource', 'operation', 'id', 'operation']);
	});

	it('routes a declared pair with the context, and refuses the rest by name', async () => {
		const router = registryRouter(registry, () => 'client');
		await expect(router.call(context({ resource: 'book', operation: 'get' }))).resolves.toEqual([
			[{ json: { got: true } }],
		]);
		expect(calls).toEqual(['get:client']);
		for (const [resource, operation] of [
			['book', 'getAll'],
			['toString', 'get'],
			['book', 'constructor'],
			['__proto__', 'get'],
			['book', 'hasOwnProperty'],
		]) {
			expect(findOperation(registry, resource, operation)).toBeUndefined();
			await expect(router.call(context({ resource, operation }))).rejects.toThrow(
				`The operation "${operation}" of "${resource}" is not supported`,
			);
		}
	});
});

describe.each<[string, INodeType]>([
	['Scoro', new Scoro()],
	['Re-Leased', new ReLeased()],
	['OfficeRnD', new OfficeRnd()],
])('%s router', (_name, node) => {
	it.each([
		['toString', 'getAll'],
		['constructor', 'get'],
		['invoice', 'constructor'],
		['contact', 'toString'],
	])('resource "%s", operation "%s" is "not supported", not a crash', async (resource, operation) => {
		const run = node.execute!.call(context({ resource, operation }));
		await expect(run).rejects.toBeInstanceOf(NodeOperationError);
		await expect(node.execute!.call(context({ resource, operation }))).rejects.toThrow(
			`The operation "${operation}" of "${resource}" is not supported`,
		);
	});
});
