import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { OperationDecl, ResourceDecl } from '../../shared/resource';
import { resourceProperties, scoroAction } from './description';
import * as create from './create';
import * as deleteOp from './delete';
import * as get from './get';
import * as getAll from './getAll';
import type { OperationName, ResourceSpec } from './spec';
import * as update from './update';

/** Scoro's extra on every resource of the registry: the spec the engine runs with (loadOptions reads its module). */
export interface ScoroExtras {
	spec: ResourceSpec;
}

type Engine = (this: IExecuteFunctions, spec: ResourceSpec) => Promise<INodeExecutionData[]>;

const ENGINE: Record<OperationName, { name: string; verb: string; run: Engine }> = {
	create: { name: 'Create', verb: 'Create', run: create.execute },
	delete: { name: 'Delete', verb: 'Delete', run: deleteOp.execute },
	get: { name: 'Get', verb: 'Get', run: get.execute },
	getAll: { name: 'Get Many', verb: 'Get many', run: getAll.execute },
	update: { name: 'Update', verb: 'Update', run: update.execute },
};

/**
 * A Scoro resource from its spec: every Scoro module speaks the same list/view/modify/delete, so
 * each operation is the shared engine (generic/<operation>.ts) run with this spec. The spec's
 * `operations` list becomes the resource's typed operations (declare the spec with `satisfies`).
 */
export function scoroResource<const O extends OperationName>(
	spec: ResourceSpec & { operations: readonly O[] },
): ResourceDecl<O> & ScoroExtras {
	const operations = {} as Record<O, OperationDecl>;
	for (const op of spec.operations) {
		const { name, verb, run } = ENGINE[op];
		const noun = op === 'getAll' ? spec.plural.toLowerCase() : `a ${spec.label.toLowerCase()}`;
		operations[op] = {
			name,
			action: `${verb} ${noun}`,
			description: `${verb} ${noun} (Scoro ${spec.module}/${scoroAction(op)})`,
			async execute() {
				return await run.call(this, spec);
			},
			engine: `generic/${op}.ts`,
		};
	}
	return {
		name: spec.label,
		defaultOperation: (spec.operations.includes('getAll' as O) ? 'getAll' : spec.operations[0]) as O,
		operations,
		properties: resourceProperties(spec),
		spec,
	};
}
