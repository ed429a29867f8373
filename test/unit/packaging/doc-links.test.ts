/**
 * The editor's "Docs" links (node codex files, credential documentationUrl) that point at this
 * repository: n8n appends `?utm_source=…` to them, which turned `…#readme` into the broken anchor
 * `#readme?utm_source=…` (issue 13 item 12). They now name a docs/ file, no fragment, and the file exists.
 * Also: the tax-entries switch is labelled for the user, not with schema jargon.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sendTaxEntriesField } from '../../../nodes/SageIntacct/generic/taxEntries';

const ROOT = path.resolve(__dirname, '../../..');
const REPO_URL = 'https://github.com/n8n-nodes-intacct-sync/n8n-nodes-intacct-sync';

function walk(dir: string, out: string[] = []): string[] {
	for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) walk(p, out);
		else out.push(p);
	}
	return out;
}

const links: Array<{ file: string; url: string }> = [];
for (const file of walk(path.join(ROOT, 'nodes')).filter((f) => f.endsWith('.node.json'))) {
	const codex = JSON.parse(fs.readFileSync(file, 'utf8'));
	for (const list of Object.values(codex.resources ?? {}) as Array<Array<{ url: string }>>)
		for (const { url } of list) links.push({ file, url });
}
for (const file of walk(path.join(ROOT, 'credentials')).filter((f) => f.endsWith('.ts'))) {
	for (const m of fs.readFileSync(file, 'utf8').matchAll(/documentationUrl\s*=\s*'([^']+)'/g))
		links.push({ file, url: m[1]! });
}
const ours = links.filter((l) => l.url.startsWith(REPO_URL));

describe('documentation links in the editor', () => {
	it('every node and credential of the package has a docs link to this repository or the vendor', () => {
		expect(ours.length).toBeGreaterThanOrEqual(9);
	});

	it.each(ours.map((l) => [path.relative(ROOT, l.file), l.url]))(
		'%s: %s has no #fragment and names an existing docs/ file',
		(_file, url) => {
			expect(url).not.toContain('#');
			const m = /\/blob\/main\/(docs\/[\w.-]+\.md)$/.exec(url);
			expect(m).not.toBeNull();
			expect(fs.existsSync(path.join(ROOT, m![1]!))).toBe(true);
		},
	);
});

describe('labels', () => {
	it('"Send Tax Entries" says who it is for, not which schema it is outside of', () => {
		const field = sendTaxEntriesField('arInvoice', ['create']);
		expect(field.displayName).not.toMatch(/schema|R4|20\d\d/i);
		expect(field.displayName).toMatch(/VAT|GST/);
	});
});
