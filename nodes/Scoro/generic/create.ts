import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { runWrites } from '../../shared/items';
import type { ResourceSpec } from './spec';
import { inputError } from '../helpers/body';
import { checkLinesSaved, recordFromInput } from '../helpers/record';
import { scoroList } from '../transport';
import { createScoroKeyed, createScoroRecord } from '../transport/confirm';
import { atItemAsync } from '../../shared/validate';

/**
 * Create: Scoro `<module>/modify` without an id. Not idempotent, so a create whose answer is lost is
 * sent again only after a look-up by its key proves it absent, or reported as "outcome unknown"
 * (transport/confirm.ts); only a 429, which Scoro refused, is retried as such.
 */
export async function execute(this: IExecuteFunctions, spec: ResourceSpec): Promise<INodeExecutionData[]> {
	return await runWrites(this, async (i) =>
		// Input errors name the item: "Item 1: \"Invoice ID\" is ...".
		atItemAsync(i, async () => {
			const { body, lines } = recordFromInput(this, i, spec);
			delete body[spec.idField];
			if (spec.lines && lines) body[spec.lines.field] = lines;
			const missing = (spec.requiredOnCreate ?? []).filter(
				(f) => body[f] === undefined || body[f] === null || body[f] === '',
			);
			if (missing.length) {
				throw inputError(
					`${spec.label} cannot be created without ${missing.join(', ')}: set ${missing.length > 1 ? 'them' : 'it'} in Fields or in the record`,
				);
			}
			const problem = spec.checkCreate?.(body);
			if (problem) throw inputError(`${spec.label}: ${problem}`);
			const options = this.getNodeParameter('createOptions', i, {}) as IDataObject;
			const matchField = String(options.matchField ?? '').trim();
			if (matchField) {
				const value = body[matchField];
				if (value === undefined || value === null || value === '') {
					throw inputError(
						`${spec.label}: "Match Existing On" is ${matchField}, but the record has no ${matchField}; set it or clear the option`,
					);
				}
				// ASSUMPTION (contract.ts): a filter on a field name matches equal values; checked again here.
				const found = await scoroList(this, spec.module, {
					filter: { [matchField]: value as string },
					keep: (r) => String(r[matchField]) === String(value) && (!spec.keep || spec.keep(r)),
					limit: 2,
				});
				if (found.length > 1) {
					throw inputError(
						`${spec.label}: ${found.length} records already have ${matchField} = ${String(value)}; make the match field unique in Scoro`,
					);
				}
				if (found.length === 1) {
					if (options.ifFound === 'error') {
						throw inputError(
							`${spec.label} with ${matchField} = ${String(value)} already exists (${spec.idField} ${String(found[0][spec.idField])})`,
						);
					}
					return [found[0]];
				}
			}
			const sameFields = String(options.sameRecordFields ?? '')
				.split(',')
				.map((f) => f.trim())
				.filter(Boolean);
			if (sameFields.length) {
				const missingKey = sameFields.filter(
					(f) =>
						body[f] === undefined ||
						body[f] === null ||
						body[f] === '' ||
						(Array.isArray(body[f]) && !(body[f] as unknown[]).length),
				);
				if (missingKey.length) {
					throw inputError(
						`${spec.label}: "Same Record When Equal" names ${missingKey.join(', ')}, but the record has no value for ${missingKey.length > 1 ? 'them' : 'it'}; set ${missingKey.length > 1 ? 'them' : 'it'} or remove ${missingKey.length > 1 ? 'them' : 'it'} from the option`,
					);
				}
				const expected = Number(options.copiesExpected ?? 1);
				if (!Number.isInteger(expected) || expected < 1) {
					throw inputError(
						`${spec.label}: "Records With This Key in the Source" must be a whole number of at least 1, got ${JSON.stringify(options.copiesExpected)}`,
					);
				}
				// Issue 20 case 1: two runs at once write this record once (shared/safeCreate.ts keyedCreate).
				const { record, outcome } = await createScoroKeyed(this, {
					module: spec.module,
					label: spec.label,
					body,
					keep: spec.keep,
					sameFields,
					filterable: spec.filters.map((f) => f.name),
					expected,
					idField: spec.idField,
				});
				if (outcome === 'created') checkLinesSaved(spec, record, lines, `The new ${spec.label.toLowerCase()}`);
				return [{ ...record, _sync: outcome }];
			}
			// A lost answer is confirmed by the record's key before anything is sent again (transport/confirm.ts).
			const saved = await createScoroRecord(this, {
				module: spec.module,
				label: spec.label,
				body,
				matchField: matchField || undefined,
				keep: spec.keep,
			});
			checkLinesSaved(spec, saved, lines, `The new ${spec.label.toLowerCase()}`);
			return [saved];
		}),
	);
}
