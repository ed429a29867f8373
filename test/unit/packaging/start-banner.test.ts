/**
 * The `npm start` banner states n8n's real owner-password rule. It used to say "any name, email and
 * password", and n8n then refused the owner setup (issue 13 item 12). The rule is checked against
 * n8n's own password schema when the pinned n8n is installed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const start = require('../../../scripts/start.js') as {
	readyBanner(o: {
		seconds: number;
		editorUrl: string;
		sandboxUrl: string;
		first?: { wf: { name: string }; rel: string };
	}): string[];
	OWNER_PASSWORD_RULE: string;
};

const banner = () =>
	start
		.readyBanner({
			seconds: 9,
			editorUrl: 'http://127.0.0.1:5678/',
			sandboxUrl: 'http://127.0.0.1:5680',
			first: { wf: { name: 'Customers' }, rel: 'workflows/x.json' },
		})
		.join('\n');

describe('npm start banner', () => {
	it('states the password rule: 8+ characters, a number, a capital letter; never "any password"', () => {
		const text = banner();
		expect(text).not.toMatch(/any name, email and password/);
		expect(text).toMatch(/8 to 64 characters/);
		expect(text).toMatch(/1 number/);
		expect(text).toMatch(/1 capital letter/);
		for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
	});

	const schemaFile = path.resolve(
		__dirname,
		'../../../.cache/n8n/node_modules/@n8n/api-types/dist/schemas/password.schema.js',
	);
	(fs.existsSync(schemaFile) ? it : it.skip)("matches n8n's own password schema (pinned n8n)", () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { passwordSchema } = require(schemaFile) as {
			passwordSchema: { safeParse(v: string): { success: boolean } };
		};
		// What the banner allows passes; what it rules out fails.
		expect(passwordSchema.safeParse('Sandbox1').success).toBe(true);
		expect(passwordSchema.safeParse('Sandbo1').success).toBe(false); // 7 characters
		expect(passwordSchema.safeParse('sandbox1').success).toBe(false); // no capital
		expect(passwordSchema.safeParse('Sandboxx').success).toBe(false); // no number
	});
});
