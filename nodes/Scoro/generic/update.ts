import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { runWrites } from '../../shared/items';
import type { ResourceSpec } from './spec';
import { inputError } from '../helpers/body';
import { checkLinesSaved, currentLines, recordFromInput, requireId } from '../helpers/record';
import { dataObject, scoroRequest } from '../transport';
import { atItemAsync } from '../../shared/validate';

/**
 * Update: Scoro `<module>/modify/<id>` with the changed fields. Scoro replaces the whole line
 * collection whenever lines are sent, so lines are only sent when the user chose so:
 * Keep Current Lines (none sent), Add to Current Lines (current ones read and sent back first), or
 * Replace All Lines (only with the confirmation). A record carrying lines under Keep fails the item
 * instead of dropping them.
 */
export async function execute(this: IExecuteFunctions, spec: ResourceSpec): Promise<INodeExecutionData[]> {
	return await runWrites(this, async (i) =>
		// Input errors name the item: "Item 1: \"Invoice ID\" is ...".
		atItemAsync(i, async () => {
			const id = requireId(this, i, spec);
			const { body, lines } = recordFromInput(this, i, spec);
			const given = body[spec.idField];
			if (given !== undefined && given !== null && given !== '' && String(given) !== id) {
				throw inputError(
					`${spec.label} ${id}: the record's ${spec.idField} is ${String(given)}; it must match the ${spec.label} ID or be left out`,
				);
			}
			delete body[spec.idField];
			let sent: IDataObject[] | undefined;
			if (spec.lines) {
				const field = spec.lines.field;
				const mode = this.getNodeParameter('linesMode', i, 'keep') as string;
				if (mode === 'keep') {
					if (lines?.length) {
						throw inputError(
							`${spec.label} ${id}: the input carries ${lines.length} ${field}, but ${spec.lines.label} is "Keep Current Lines", which sends none. Choose "Add to Current Lines", or "Replace All Lines" and confirm it.`,
						);
					}
				} else if (mode === 'replace') {
					if (this.getNodeParameter('confirmReplace', i, false) !== true) {
						throw inputError(
							`${spec.label} ${id}: "Replace All Lines" deletes every current line not sent. Tick "I understand that ${field} not sent are deleted" to go ahead, or choose "Add to Current Lines".`,
						);
					}
					sent = lines ?? [];
				} else if (mode === 'append') {
					if (!lines?.length)
						throw inputError(`${spec.label} ${id}: "Add to Current Lines" needs at least one line to add`);
					sent = [...(await currentLines(this, spec, id)), ...lines];
				} else {
					throw inputError(`${spec.label} ${id}: unknown lines mode "${mode}"`);
				}
				if (sent) body[field] = sent;
			}
			if (Object.keys(body).length === 0) {
				throw inputError(`${spec.label} ${id}: nothing to update; add fields or lines`);
			}
			// Setting the same fields on the same id twice has the same effect, so an update may be retried.
			const env = await scoroRequest(this, {
				module: spec.module,
				action: 'modify',
				id,
				body: { request: body },
				idempotent: true,
			});
			const saved = dataObject(env, `${spec.module}/modify ${id}`);
			checkLinesSaved(spec, saved, sent, `${spec.label} ${id}`);
			return [saved];
		}),
	);
}
