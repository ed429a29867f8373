/**
 * The rule "UI name -> file" (docs/code-layout.md, issue 14), checked for every node:
 *
 *   <Node> > <Resource> > <Operation> is declared in nodes/<Node>/actions/<resource>/index.ts. If
 *   nodes/<Node>/actions/<resource>/<operation>.operation.ts exists, that file is the operation's
 *   code; otherwise the operation is run by the connector's engine in nodes/<Node>/generic/.
 *
 * Checked from the built node descriptions (what the editor shows), so a resource or operation
 * that is reachable in the UI but lives elsewhere fails here.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { INodeProperties, INodeType } from 'n8n-workflow';
import { AccountingMapper } from '../../../nodes/AccountingMapper/AccountingMapper.node';
import { resources as mapperResources } from '../../../nodes/AccountingMapper/actions/router';
import { RESOURCES as officeRndResources } from '../../../nodes/OfficeRnd/actions/registry';
import { OfficeRnd } from '../../../nodes/OfficeRnd/OfficeRnd.node';
import { RESOURCES as reLeasedResources } from '../../../nodes/ReLeased/actions/registry';
import { ReLeased } from '../../../nodes/ReLeased/ReLeased.node';
import { RESOURCES as intacctResources } from '../../../nodes/SageIntacct/actions/registry';
import { SageIntacct } from '../../../nodes/SageIntacct/SageIntacct.node';
import { RESOURCES as scoroResources } from '../../../nodes/Scoro/actions/registry';
import { Scoro } from '../../../nodes/Scoro/Scoro.node';
import type { OperationDecl, ResourceDecl } from '../../../nodes/shared/resource';

const NODES_DIR = path.join(__dirname, '../../../nodes');

type AnyRegistry = Record<string, ResourceDecl<string, unknown>>;

const REGISTRY_NODES: Array<[string, INodeType, AnyRegistry]> = [
	['SageIntacct', new SageIntacct(), intacctResources as unknown as AnyRegistry],
	['OfficeRnd', new OfficeRnd(), officeRndResources as unknown as AnyRegistry],
	['ReLeased', new ReLeased(), reLeasedResources as unknown as AnyRegistry],
	['Scoro', new Scoro(), scoroResources as unknown as AnyRegistry],
];

function values(p: INodeProperties | undefined): string[] {
	return ((p?.options ?? []) as Array<{ value: unknown }>).map((o) => String(o.value));
}

/** Resource -> operations, as the editor offers them (the built description, not the registry). */
function uiSurface(node: INodeType): Record<string, string[]> {
	const props = node.description.properties;
	const out: Record<string, string[]> = {};
	for (const resource of values(props.find((p) => p.name === 'resource'))) {
		out[resource] = props
			.filter(
				(p) =>
					p.name === 'operation' &&
					((p.displayOptions?.show?.resource as string[] | undefined) ?? []).includes(resource),
			)
			.flatMap(values);
	}
	return out;
}

const opFile = (node: string, resource: string, operation: string) =>
	path.join(NODES_DIR, node, 'actions', resource, `${operation}.operation.ts`);

describe('UI name -> file: every operation is where the rule says', () => {
	describe.each(REGISTRY_NODES)('%s', (node, instance, registry) => {
		const surface = uiSurface(instance);
		const pairs = Object.entries(surface).flatMap(([r, ops]) => ops.map((o) => [r, o] as [string, string]));

		it('offers exactly the resources and operations of its registry', () => {
			const declared = Object.fromEntries(
				Object.entries(registry).map(([r, d]) => [r, Object.keys(d.operations).sort()]),
			);
			expect(Object.fromEntries(Object.entries(surface).map(([r, ops]) => [r, [...ops].sort()]))).toEqual(declared);
		});

		it.each(Object.keys(surface))('resource %s is declared in actions/<resource>/index.ts', (resource) => {
			const index = path.join(NODES_DIR, node, 'actions', resource, 'index.ts');
			expect(fs.existsSync(index)).toBe(true);
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			const mod = require(index) as { resource?: unknown };
			expect(mod.resource).toBe(registry[resource]);
		});

		it.each(pairs)('%s > %s runs its own file or a named engine in generic/', (resource, operation) => {
			const decl = (registry[resource].operations as Record<string, OperationDecl<unknown>>)[operation];
			const file = opFile(node, resource, operation);
			if (fs.existsSync(file)) {
				// eslint-disable-next-line @typescript-eslint/no-require-imports
				const mod = require(file) as { execute?: unknown };
				expect({ engine: decl.engine, sameExecute: decl.execute === mod.execute }).toEqual({
					engine: undefined,
					sameExecute: true,
				});
			} else {
				expect(decl.engine).toMatch(/^generic\/[A-Za-z]+\.ts$/);
				expect(fs.existsSync(path.join(NODES_DIR, node, decl.engine as string))).toBe(true);
			}
		});

		it('has no operation file the UI does not reach, and no resource folder outside the registry', () => {
			const actions = path.join(NODES_DIR, node, 'actions');
			const strays: string[] = [];
			for (const dir of fs.readdirSync(actions, { withFileTypes: true }).filter((d) => d.isDirectory())) {
				if (!(dir.name in surface)) strays.push(`${dir.name}/`);
				for (const f of fs.readdirSync(path.join(actions, dir.name)).filter((n) => n.endsWith('.operation.ts'))) {
					if (!surface[dir.name]?.includes(f.replace(/\.operation\.ts$/, ''))) strays.push(`${dir.name}/${f}`);
				}
			}
			expect(strays).toEqual([]);
		});
	});

	describe('AccountingMapper (conversions, each in its own file)', () => {
		const surface = uiSurface(new AccountingMapper());
		const pairs = Object.entries(surface).flatMap(([r, ops]) => ops.map((o) => [r, o] as [string, string]));

		it.each(pairs)('%s > %s is actions/<resource>/<operation>.operation.ts', (resource, operation) => {
			const file = opFile('AccountingMapper', resource, operation);
			expect(fs.existsSync(file)).toBe(true);
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			const mod = require(file) as { convert?: unknown };
			expect(mapperResources[resource]?.[operation]?.convert).toBe(mod.convert);
		});
	});
});
