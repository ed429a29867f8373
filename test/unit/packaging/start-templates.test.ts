/**
 * `npm start` imports the error handler with its failure log in .n8n-local/n8n-files (the folder it
 * lets n8n write to), because the shipped path, /home/node/.n8n-files/, exists only in n8n's Docker
 * image (issue 13 item 3). Other templates and other paths are left as they are.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeTemplate } = require('../../../scripts/start.js') as {
	localizeTemplate(
		wf: { nodes: Array<{ name: string; type: string; parameters: Record<string, unknown> }> },
		dir: string,
	): typeof wf;
};
const ROOT = path.resolve(__dirname, '../../..');
const load = (rel: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'workflows', rel), 'utf8'));

describe('npm start: templates as imported', () => {
	it('points the shipped failure log at the folder npm start lets n8n write to', () => {
		const shipped = load('common/error-handler.json');
		const writer = shipped.nodes.find((n: { name: string }) => n.name === 'Append to Failure Log');
		expect(writer.parameters.fileName).toBe('/home/node/.n8n-files/sync-failures.jsonl');
		const local = localizeTemplate(shipped, '/repo/.n8n-local/n8n-files');
		expect(local.nodes.find((n) => n.name === 'Append to Failure Log')!.parameters.fileName).toBe(
			path.join('/repo/.n8n-local/n8n-files', 'sync-failures.jsonl'),
		);
	});

	it('the shipped handler ends green when the log cannot be written: its write node has an error output wired to Log Not Written', () => {
		const wf = load('common/error-handler.json');
		const writer = wf.nodes.find((n: { name: string }) => n.name === 'Append to Failure Log');
		expect(writer.onError).toBe('continueErrorOutput');
		expect(wf.connections['Append to Failure Log'].main[1]).toEqual([
			{ node: 'Log Not Written', type: 'main', index: 0 },
		]);
		expect(wf.connections['Log Not Written'].main[0]).toEqual([{ node: 'Notify by Email', type: 'main', index: 0 }]);
	});

	it('leaves every other template unchanged', () => {
		const wf = load('officernd-intacct/customers.json');
		expect(localizeTemplate(JSON.parse(JSON.stringify(wf)), '/x')).toEqual(wf);
	});
});
