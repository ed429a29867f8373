/**
 * Sessions belong to exactly one credential, proven in real n8n (`n8n execute`, the built package as
 * a community package) against the sandbox. Two credentials for the same company and user: A with
 * the right user password, B with a wrong one. B alone fails with "Sign-in information is
 * incorrect"; and it must still fail in the same n8n process right after A opened a session (the
 * session cache used to be keyed by endpoint, company and user only, so B ran on A's session).
 */
import type { Sandbox } from '../../../sandbox/server';
import { intacctCredentialData } from '../../helpers/intacct';
import { useE2eEnvironment } from '../../helpers/e2e';
import { nodeError, nodeOutput, type N8nInstance, type WorkflowJson } from '../../helpers/n8n';

const TYPE = 'n8n-nodes-intacct-sync.sageIntacct';
const RIGHT = { sageIntacctApi: { id: 'intacctCredE2eRight', name: 'Intacct sandbox (right password)' } };
const WRONG = { sageIntacctApi: { id: 'intacctCredE2eWrong', name: 'Intacct sandbox (wrong user password)' } };
const WRONG_PASSWORD = 'not-the-user-password-e2e';
let sandbox: Sandbox;
let n8n: N8nInstance;

const manual = {
	id: 'c5c1d2e3-0000-4000-8000-000000000000',
	name: 'Manual',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};
const readCustomers = (n: number, name: string, credentials: typeof RIGHT) => ({
	id: `c5c1d2e3-0000-4000-8000-00000000000${n}`,
	name,
	type: TYPE,
	typeVersion: 1,
	position: [220 * n, 0],
	parameters: { resource: 'customer', operation: 'getAll', returnAll: false, limit: 2 },
	credentials,
	// Keep the error on the node's output, so the run's data says what B got.
	onError: 'continueRegularOutput',
});

/** A then B in one execution: one n8n process, so A's session is in the cache when B runs. */
const both: WorkflowJson = {
	id: 'intacctCredE2eBoth',
	name: 'Intacct e2e: right credential, then wrong password',
	nodes: [manual, readCustomers(1, 'A right', RIGHT), readCustomers(2, 'B wrong', WRONG)],
	connections: {
		Manual: { main: [[{ node: 'A right', type: 'main', index: 0 }]] },
		'A right': { main: [[{ node: 'B wrong', type: 'main', index: 0 }]] },
	},
	settings: { executionOrder: 'v1' },
};
const alone: WorkflowJson = {
	id: 'intacctCredE2eAlone',
	name: 'Intacct e2e: wrong password alone',
	nodes: [manual, readCustomers(1, 'B wrong', WRONG)],
	connections: { Manual: { main: [[{ node: 'B wrong', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
};

useE2eEnvironment(
	{
		credentials: (s) => [
			{ ...RIGHT.sageIntacctApi, type: 'sageIntacctApi', data: intacctCredentialData(s) },
			{
				...WRONG.sageIntacctApi,
				type: 'sageIntacctApi',
				data: intacctCredentialData(s, { userPassword: WRONG_PASSWORD }),
			},
		],
		workflows: [both, alone],
	},
	(env) => {
		sandbox = env.sandbox;
		n8n = env.n8n;
	},
);

/** What B's node produced: its error (node-level) or its single continue-on-fail item's error. */
function bResult(run: Awaited<ReturnType<N8nInstance['executeWorkflow']>>) {
	const error = nodeError(run, 'B wrong');
	const items = error ? [] : nodeOutput(run, 'B wrong');
	return { error, items, text: JSON.stringify({ error, items }) };
}

describe('Sage Intacct sessions in real n8n: one session per credential', () => {
	it(
		'a wrong user password fails alone, and still fails right after the right credential opened a session',
		async () => {
			const first = await n8n.executeWorkflow(alone.id!);
			const b1 = bResult(first);
			expect(b1.text).toMatch(/Sign-in information is incorrect/);
			expect(b1.items.filter((i) => i.CUSTOMERID)).toEqual([]);

			const run = await n8n.executeWorkflow(both.id!);
			// A signs in and reads (at the top level: shared customers only; C-0002 and C-0003 are private to an entity).
			expect(nodeOutput(run, 'A right').map((c) => c.CUSTOMERID)).toEqual(['C-0001', 'C-0004']);
			// B must not ride on A's session: it signs in itself, and is refused.
			const b2 = bResult(run);
			expect(b2.items.filter((i) => i.CUSTOMERID)).toEqual([]);
			expect(b2.text).toMatch(/Sign-in information is incorrect/);
			// Neither the wrong nor the right password appears in what n8n kept.
			expect(b2.text).not.toContain(WRONG_PASSWORD);
			expect(JSON.stringify(run)).not.toContain(intacctCredentialData(sandbox).userPassword);
			// The sandbox saw B's sign-in attempt (a getAPISession with B's password was refused).
			const sessions = sandbox.state.log
				.list()
				.filter((e) => e.system === 'intacct' && e.operation === 'getAPISession');
			expect(sessions.length).toBeGreaterThanOrEqual(3);
		},
		8 * 60_000,
	);
});
