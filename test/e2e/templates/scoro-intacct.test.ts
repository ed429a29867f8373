/**
 * Scoro ↔ Sage Intacct templates (workflows/intacct-scoro/*, workflows/scoro-intacct/*) imported AS
 * SHIPPED into real n8n and run from their manual triggers against the sandbox. Each test asserts
 * the target system record by record, then runs the template again and asserts nothing new.
 */
import { cleanup, nodeOutput, type N8nRun } from '../../helpers/n8n';
import { loadTemplate, templateEnv, type TemplateEnv } from '../../helpers/templates';

let env: TemplateEnv;
type Rec = Record<string, any>;

beforeAll(async () => {
	env = await templateEnv();
	// Failure paths call the shared error workflow by its fixed id: it must exist in n8n.
	await env.n8n.importWorkflow(loadTemplate('common/error-handler.json'));
}, 600_000);

afterAll(async () => {
	await cleanup();
	await env?.sandbox.close();
});

const scoro = (collection: string): Rec[] => env.records('scoro', collection);
const intacct = (collection: string): Rec[] => env.records('intacct', collection);
/** Scoro API operations (module/action) the sandbox saw since the last clear. */
const scoroCalls = (): string[] => env.sandbox.state.log.list({ system: 'scoro' }).flatMap((e) => e.operations ?? []);
const clearLog = () => env.sandbox.state.log.clear();

function expectSuccess(run: N8nRun): void {
	if (run.status !== 'success') console.log(run.errorMessage, JSON.stringify(run.data?.resultData?.error ?? {}).slice(0, 2000));
	expect(run.errorMessage).toBeUndefined();
	expect(run.status).toBe('success');
}

/** Output items of every run of a node (a node fed by several branches runs once per branch). */
function allRuns(run: N8nRun, node: string): Rec[] {
	return (run.data.resultData.runData[node] ?? []).flatMap((_, r) => nodeOutput(run, node, 0, r));
}

/** Failed items as described for the error workflow (every "Describe: …" node's output). */
function failedItems(run: N8nRun): Rec[] {
	return Object.keys(run.data.resultData.runData)
		.filter((n) => n.startsWith('Describe: '))
		.flatMap((n) => allRuns(run, n));
}

describe('13. Sage Intacct → Scoro: background items (intacct-scoro/background-items.json)', () => {
	const template = 'intacct-scoro/background-items.json';

	it('creates or updates Scoro tax rates and finance accounts from Intacct, lists dimension values Scoro lacks, and changes nothing on a second run', async () => {
		const vatBefore = scoro('vatCodes');
		const run = await env.run(template);
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);

		// Every Intacct tax detail is a Scoro tax rate with the same code, rate, name and use.
		const vat = scoro('vatCodes');
		const details = intacct('TAXDETAIL');
		expect(details.length).toBeGreaterThan(0);
		for (const d of details) {
			const matches = vat.filter((v) => v.vat_code === d.DETAILID);
			expect(matches).toHaveLength(1);
			expect(matches[0]).toMatchObject({
				percent: Number(d.VALUE),
				vat_name: d.DESCRIPTION,
				is_sales: d.TAXTYPE === 'S',
				is_purchases: d.TAXTYPE === 'P',
				is_active: (d.STATUS ?? 'active') === 'active',
			});
		}
		// Scoro's own rates that Intacct does not have are left as they were.
		const intacctCodes = new Set(details.map((d) => d.DETAILID));
		expect(vat.filter((v) => !intacctCodes.has(v.vat_code))).toEqual(vatBefore.filter((v) => !intacctCodes.has(v.vat_code)));

		// Every Intacct GL account is a Scoro finance account: same number, name, active flag, use.
		const accounts = scoro('financeAccounts');
		const gl = intacct('GLACCOUNT');
		for (const a of gl) {
			const matches = accounts.filter((f) => f.account_symbol === a.ACCOUNTNO);
			expect(matches).toHaveLength(1);
			const sales = a.ACCOUNTTYPE !== 'balancesheet' && a.NORMALBALANCE === 'credit';
			const purchases = a.ACCOUNTTYPE !== 'balancesheet' && a.NORMALBALANCE !== 'credit';
			expect(matches[0]).toMatchObject({ name: a.TITLE, is_active: (a.STATUS ?? 'active') === 'active', is_sales_account: sales, is_purchases_account: purchases });
		}
		// The seeded Scoro account 4000 ("Sales") was renamed to Intacct's title, not duplicated.
		expect(accounts.filter((f) => f.account_symbol === '4000').map((f) => f.name)).toEqual([gl.find((a) => a.ACCOUNTNO === '4000')!.TITLE]);

		// Department values Scoro does not have come out for manual creation, with symbol and name.
		const departments = intacct('DEPARTMENT');
		const scoroSymbols = new Set(scoro('financeObjects').map((o) => o.object_symbol));
		const byHand = nodeOutput(run, 'Create in Scoro by Hand').map((i) => [i.record as Rec]).map(([r]) => [r.object_symbol, r.name, r.parent_group_name]);
		expect(byHand.sort()).toEqual(
			departments.filter((d) => !scoroSymbols.has(d.DEPARTMENTID)).map((d) => [d.DEPARTMENTID, d.TITLE, 'Department']).sort(),
		);

		// Second run: nothing created, nothing updated.
		const counts = [scoro('vatCodes').length, scoro('financeAccounts').length];
		clearLog();
		const again = await env.run(template);
		expectSuccess(again);
		expect([scoro('vatCodes').length, scoro('financeAccounts').length]).toEqual(counts);
		expect(scoroCalls().filter((op) => op.endsWith('/modify'))).toEqual([]);
		// "Up to Date" runs once per branch (tax rates, finance accounts): every record is in one of them.
		expect(allRuns(again, 'Up to Date').length).toBe(details.length + gl.length);
	});
});
