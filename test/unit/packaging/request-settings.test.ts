/**
 * Issue 13 item 12: "Request Settings" of the Sage Intacct node was an empty section (a collection
 * whose default is {} shows only "No properties"). It now shows the values the client uses when
 * nothing is set, so the section says what happens, and a saved workflow that never set them runs
 * as before.
 */
import type { INodeProperties } from 'n8n-workflow';
import { SageIntacct } from '../../../nodes/SageIntacct/SageIntacct.node';

describe('Sage Intacct node: Request Settings', () => {
	const prop = new SageIntacct().description.properties.find((p: INodeProperties) => p.name === 'requestSettings')!;

	it('is not an empty section: every setting it offers is shown with its value', () => {
		const names = (prop.options as INodeProperties[]).map((o) => o.name).sort();
		expect(Object.keys(prop.default as object).sort()).toEqual(names);
	});

	it('shows the values each setting declares as its own default (the client uses the same when unset)', () => {
		for (const o of prop.options as INodeProperties[])
			expect([o.name, (prop.default as Record<string, unknown>)[o.name]]).toEqual([o.name, o.default]);
	});
});
