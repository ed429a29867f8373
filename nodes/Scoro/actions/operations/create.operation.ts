import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { runPerItem } from '../../../shared/items';
import type { ResourceSpec } from '../../descriptions/spec';
import { inputError } from '../../helpers/body';
import { checkLinesSaved, recordFromInput } from '../../helpers/record';
import { dataObject, scoroRequest } from '../../transport';

/**
 * Create: Scoro `<module>/modify` without an id. Not idempotent, so a create whose answer is lost is
 * never sent again automatically (only a 429, which Scoro refused, is retried).
 */
export async function execute(this: IExecuteFunctions, spec: ResourceSpec): Promise<INodeExecutionData[]> {
	return await runPerItem(this, async (i) => {
		const { body, lines } = recordFromInput(this, i, spec);
		delete body[spec.idField];
		if (spec.lines && lines) body[spec.lines.field] = lines;
		const missing = (spec.requiredOnCreate ?? []).filter((f) => body[f] === undefined || body[f] === null || body[f] === '');
		if (missing.length) {
			throw inputError(`${spec.label} cannot be created without ${missing.join(', ')}: set ${missing.length > 1 ? 'them' : 'it'} in Fields or in the record`);
		}
		const problem = spec.checkCreate?.(body);
		if (problem) throw inputError(`${spec.label}: ${problem}`);
		const env = await scoroRequest(this, { module: spec.module, action: 'modify', body: { request: body }, idempotent: false });
		const saved = dataObject(env, `${spec.module}/modify`);
		checkLinesSaved(spec, saved, lines, `The new ${spec.label.toLowerCase()}`);
		return [saved];
	});
}
