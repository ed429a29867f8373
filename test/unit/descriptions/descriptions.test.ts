/**
 * Every node's built description (resources, operations, parameters, defaults) against a stored
 * snapshot, so any change to what a user sees in the editor is visible in review (issue 14).
 *
 * n8n shows a node's properties in array order, filtered by displayOptions, so what a user sees is
 * one list per Resource > Operation. The snapshot stores exactly that: for every resource and
 * operation, the properties shown for it, in order (a property's own displayOptions stay in it).
 * Moving properties of different operations around in the array changes nothing a user sees and
 * nothing here; changing, adding, removing or reordering what one operation shows does.
 *
 * After an intended change: UPDATE_DESCRIPTION_SNAPSHOTS=1 npx jest --selectProjects unit test/unit/descriptions
 * and list the change in the commit message.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { INodeProperties, INodeType } from 'n8n-workflow';
import { AccountingMapper } from '../../../nodes/AccountingMapper/AccountingMapper.node';
import { OfficeRnd } from '../../../nodes/OfficeRnd/OfficeRnd.node';
import { OfficeRndTrigger } from '../../../nodes/OfficeRnd/OfficeRndTrigger.node';
import { ReLeased } from '../../../nodes/ReLeased/ReLeased.node';
import { ReLeasedTrigger } from '../../../nodes/ReLeased/ReLeasedTrigger.node';
import { SageIntacct } from '../../../nodes/SageIntacct/SageIntacct.node';
import { SageIntacctTrigger } from '../../../nodes/SageIntacct/SageIntacctTrigger.node';
import { Scoro } from '../../../nodes/Scoro/Scoro.node';
import { ScoroTrigger } from '../../../nodes/Scoro/ScoroTrigger.node';

const NODES: Array<[string, INodeType]> = [
	['AccountingMapper', new AccountingMapper()],
	['OfficeRnd', new OfficeRnd()],
	['OfficeRndTrigger', new OfficeRndTrigger()],
	['ReLeased', new ReLeased()],
	['ReLeasedTrigger', new ReLeasedTrigger()],
	['SageIntacct', new SageIntacct()],
	['SageIntacctTrigger', new SageIntacctTrigger()],
	['Scoro', new Scoro()],
	['ScoroTrigger', new ScoroTrigger()],
];

const DIR = path.join(__dirname, 'snapshots');
const UPDATE = process.env.UPDATE_DESCRIPTION_SNAPSHOTS === '1';

type Values = Array<string | number | boolean>;

function listed(cond: Record<string, unknown> | undefined, key: string): Values | undefined {
	const v = cond?.[key];
	return Array.isArray(v) ? (v as Values) : undefined;
}

/** Whether n8n can show the property for this resource and operation (other conditions kept in the property). */
function shownFor(p: INodeProperties, resource: string, operation: string | undefined): boolean {
	const show = p.displayOptions?.show as Record<string, unknown> | undefined;
	const hide = p.displayOptions?.hide as Record<string, unknown> | undefined;
	const showRes = listed(show, 'resource');
	if (showRes && !showRes.includes(resource)) return false;
	if (listed(hide, 'resource')?.includes(resource)) return false;
	if (operation !== undefined) {
		const showOp = listed(show, 'operation');
		if (showOp && !showOp.includes(operation)) return false;
		if (listed(hide, 'operation')?.includes(operation)) return false;
	}
	return true;
}

function optionValues(p: INodeProperties | undefined): string[] {
	return ((p?.options ?? []) as Array<{ value?: unknown }>).map((o) => String(o.value));
}

/** What a user sees, per Resource > Operation; nodes without a Resource parameter keep their list. */
function view(node: INodeType): unknown {
	const { properties, ...meta } = node.description;
	const methods = Object.fromEntries(
		Object.entries((node as { methods?: Record<string, Record<string, unknown>> }).methods ?? {}).map(([kind, fns]) => [
			kind,
			Object.keys(fns).sort(),
		]),
	);
	const resourceProp = properties.find((p) => p.name === 'resource');
	if (!resourceProp) return { meta, methods, properties };
	const reached = new Set<INodeProperties>([resourceProp]);
	const resources: Record<string, unknown> = {};
	for (const resource of optionValues(resourceProp)) {
		const selectors = properties.filter((p) => p.name === 'operation' && shownFor(p, resource, undefined));
		selectors.forEach((p) => reached.add(p));
		const operations: Record<string, INodeProperties[]> = {};
		for (const operation of selectors.flatMap(optionValues)) {
			operations[operation] = properties.filter(
				(p) => p !== resourceProp && !selectors.includes(p) && shownFor(p, resource, operation),
			);
			operations[operation].forEach((p) => reached.add(p));
		}
		resources[resource] = { operation: selectors, operations };
	}
	const unreached = properties.filter((p) => !reached.has(p));
	return { meta, methods, resource: resourceProp, resources, unreached };
}

/**
 * Where two JSON values differ, as paths ("resources.invoice.operations.get[2].default: 'a' -> 'b'"),
 * at most `max` of them. Jest's own diff of two whole descriptions (hundreds of kB) takes minutes.
 */
function differences(a: unknown, b: unknown, at = '', out: string[] = [], max = 20): string[] {
	if (out.length >= max) return out;
	if (a === b) return out;
	const isObj = (v: unknown) => typeof v === 'object' && v !== null;
	if (!isObj(a) || !isObj(b) || Array.isArray(a) !== Array.isArray(b)) {
		out.push(`${at || '(root)'}: ${JSON.stringify(b)} -> ${JSON.stringify(a)}`.slice(0, 400));
		return out;
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) out.push(`${at}: ${b.length} entries -> ${a.length}`);
		for (let i = 0; i < Math.min(a.length, b.length); i++) differences(a[i], b[i], `${at}[${i}]`, out, max);
		return out;
	}
	const ao = a as Record<string, unknown>;
	const bo = b as Record<string, unknown>;
	for (const key of new Set([...Object.keys(bo), ...Object.keys(ao)])) {
		differences(ao[key], bo[key], at ? `${at}.${key}` : key, out, max);
	}
	return out;
}

describe('node descriptions (snapshot of what the editor shows)', () => {
	it.each(NODES)('%s is unchanged', (name, node) => {
		const file = path.join(DIR, `${name}.json`);
		// A round trip through JSON: the snapshot holds what n8n serialises, nothing else.
		const actual: unknown = JSON.parse(JSON.stringify(view(node)));
		if (UPDATE || !fs.existsSync(file)) {
			if (!UPDATE) throw new Error(`No snapshot for ${name}: run with UPDATE_DESCRIPTION_SNAPSHOTS=1 to write ${file}`);
			fs.mkdirSync(DIR, { recursive: true });
			fs.writeFileSync(file, `${JSON.stringify(actual, null, '\t')}\n`);
		}
		const stored: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
		// Stored value first, current second: each line reads "path: before -> now".
		expect(differences(actual, stored)).toEqual([]);
	});

	it('covers every node the package declares', () => {
		const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as {
			n8n: { nodes: string[] };
		};
		const declared = pkg.n8n.nodes.map((f) => path.basename(f).replace(/\.node\.js$/, '')).sort();
		expect(NODES.map(([n]) => n).sort()).toEqual(declared);
	});
});
