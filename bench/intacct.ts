/**
 * npm run bench:intacct — creates 5,000 AR invoices through the real Sage Intacct node (n8n's own
 * engine, test/helpers/engine.ts) against the sandbox (a separate process) with 50 ms added latency
 * per request, batched (the node's default Batch Size 50, and its maximum 100) and with one record
 * per request (Batch Size 1); prints requests sent, wall time, peak memory and the ratios.
 *
 *   npx tsx bench/intacct.ts [--count 5000] [--latency 50] [--batch N] [--sample N]
 *
 * --sample N runs the one-per-record case on N invoices only and EXTRAPOLATES it linearly to
 * --count, saying so in the output. Without it both runs are complete.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { connectChain, MANUAL_TRIGGER, runWorkflow } from '../test/helpers/engine';
import { SageIntacctApi } from '../credentials/SageIntacctApi.credentials';
import { clearSessionCache } from '../nodes/SageIntacct/transport/client';
import { INTACCT_SANDBOX_CREDENTIALS as C } from '../sandbox/intacct/seed';

const INTACCT_NODE_TYPE = 'n8n-nodes-intacct-sync.sageIntacct';
// tsx resolves an import ending in ".node" as a native addon, so the node class is required by its file name.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SageIntacct } = require(
	path.resolve(__dirname, '../nodes/SageIntacct/SageIntacct.node.ts'),
) as typeof import('../nodes/SageIntacct/SageIntacct.node');

const argv = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
	const i = argv.indexOf(`--${name}`);
	const v = i >= 0 ? Number(argv[i + 1]) : fallback;
	if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a positive integer`);
	return v;
};
const COUNT = Math.min(opt('count', 5000), 20_000);
const LATENCY_MS = Math.min(opt('latency', 50), 5000);
/** Batched runs: the node's default Batch Size (50) and its maximum (100); --batch N runs only N. */
const BATCHES = argv.includes('--batch') ? [Math.min(opt('batch', 50), 100)] : [50, 100];
const SAMPLE = argv.includes('--sample') ? Math.min(opt('sample', 500), COUNT) : undefined;
/** Seeded active customers (C-0004 and C-0008 are inactive). */
const ACTIVE_CUSTOMERS = [
	'C-0001',
	'C-0002',
	'C-0003',
	'C-0005',
	'C-0006',
	'C-0007',
	'C-0009',
	'C-0010',
	'C-0011',
	'C-0012',
];
/** Bound on each run, so a stuck run cannot hang the machine. */
const RUN_TIMEOUT_MS = 15 * 60_000;

async function freePort(): Promise<number> {
	return await new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});
}

async function startSandboxProcess(): Promise<{ url: string; child: ChildProcess }> {
	const port = await freePort();
	const tsx = path.resolve(__dirname, '../node_modules/.bin/tsx');
	// BENCH_SANDBOX_PROFILE=<dir> writes a CPU profile of the sandbox process there.
	const prof = process.env.BENCH_SANDBOX_PROFILE;
	const main = path.resolve(__dirname, '../sandbox/main.ts');
	const child = prof
		? spawn(
				process.execPath,
				['--cpu-prof', `--cpu-prof-dir=${prof}`, '--import', 'tsx', main, '--port', String(port)],
				{ stdio: ['ignore', 'ignore', 'inherit'] },
			)
		: spawn(tsx, [main, '--port', String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 200; i++) {
		try {
			if ((await fetch(`${url}/__admin/faults`)).ok) return { url, child };
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error('the sandbox did not start within 20 s');
}

async function admin(url: string, method: string, route: string, body?: unknown): Promise<unknown> {
	const res = await fetch(`${url}/__admin${route}`, {
		method,
		headers: body ? { 'content-type': 'application/json' } : undefined,
		body: body ? JSON.stringify(body) : undefined,
	});
	if (!res.ok) throw new Error(`admin ${method} ${route}: HTTP ${res.status} ${await res.text()}`);
	const text = await res.text();
	return text ? JSON.parse(text) : undefined;
}

interface Result {
	label: string;
	invoices: number;
	requests: number;
	wallMs: number;
	peakRssMb: number;
	peakHeapMb: number;
	/** Absolute peak RSS of this process during the run. */
	peakRssAbsMb: number;
	created: number;
}

async function runOnce(url: string, label: string, count: number, batchSize: number): Promise<Result> {
	await admin(url, 'POST', '/reset?system=intacct');
	await admin(url, 'POST', '/faults', { system: 'intacct', type: 'latency', latencyMs: LATENCY_MS });
	await admin(url, 'DELETE', '/requests');
	const items = Array.from({ length: count }, (_v, n) => ({
		json: {
			record: {
				customerid: ACTIVE_CUSTOMERS[n % ACTIVE_CUSTOMERS.length],
				datecreated: '2026-11-01',
				datedue: '2026-12-01',
				invoiceno: `BENCH-${label}-${n + 1}`,
				invoiceitems: {
					lineitem: [{ glaccountno: '4000', amount: 100 + (n % 50), memo: `Desk ${n + 1}`, locationid: 'US' }],
				},
			},
			idempotencyKey: `bench-${label}-${n + 1}`,
		},
	}));
	clearSessionCache();
	global.gc?.();
	const base = process.memoryUsage();
	let peakRss = base.rss;
	let peakHeap = base.heapUsed;
	const sampler = setInterval(() => {
		const m = process.memoryUsage();
		peakRss = Math.max(peakRss, m.rss);
		peakHeap = Math.max(peakHeap, m.heapUsed);
	}, 20);
	const started = performance.now();
	const run = await Promise.race([
		runWorkflow({
			workflow: {
				nodes: [
					{ name: 'Start', type: MANUAL_TRIGGER },
					{
						name: 'Intacct',
						type: INTACCT_NODE_TYPE,
						parameters: {
							resource: 'arInvoice',
							operation: 'create',
							recordSource: 'json',
							record: '={{ $json.record }}',
							idempotencyKey: '={{ $json.idempotencyKey }}',
							requestSettings: { batchSize, maxConcurrent: 2 },
						},
					},
				],
				connections: connectChain('Start', 'Intacct'),
				pinData: { Start: items },
			},
			nodeTypes: { [INTACCT_NODE_TYPE]: new SageIntacct() },
			credentialTypes: { sageIntacctApi: new SageIntacctApi() },
			credentials: {
				sageIntacctApi: {
					senderId: C.senderId,
					senderPassword: C.senderPassword,
					userId: C.userId,
					companyId: C.companyId,
					userPassword: C.userPassword,
					entityId: '',
					endpointUrl: `${url}/intacct/ia/xml/xmlgw.phtml`,
				},
			},
		}),
		new Promise<never>((_r, reject) =>
			setTimeout(
				() => reject(new Error(`${label}: run exceeded ${RUN_TIMEOUT_MS / 60000} min`)),
				RUN_TIMEOUT_MS,
			).unref(),
		),
	]);
	const wallMs = performance.now() - started;
	clearInterval(sampler);
	if (run.status !== 'success') throw new Error(`${label}: workflow ${run.status}: ${run.error?.message}`);
	const out = run.nodeOutput('Intacct');
	const failed = out.filter((o) => o.error);
	if (failed.length) throw new Error(`${label}: ${failed.length} items failed, e.g. ${String(failed[0].error)}`);
	if (process.env.BENCH_DEBUG) {
		const log = (await admin(url, 'GET', '/requests?system=intacct')) as Array<{
			durationMs: number;
			operation: string;
		}>;
		const writes = log.filter((l) => l.operation.startsWith('create_invoice'));
		console.log(
			`${label}: ${writes.length} write requests, mean time in the sandbox ${fmt(writes.reduce((a, l) => a + l.durationMs, 0) / Math.max(1, writes.length))} ms (incl. ${LATENCY_MS} ms latency)`,
		);
	}
	const counts = (await admin(url, 'GET', '/requests/counts')) as { systems: Record<string, { total: number }> };
	const state = (await admin(url, 'GET', '/state/intacct')) as Record<string, unknown[]>;
	await admin(url, 'DELETE', '/faults');
	return {
		label,
		invoices: count,
		requests: counts.systems.intacct?.total ?? 0,
		wallMs,
		peakRssMb: (peakRss - base.rss) / 1048576,
		peakHeapMb: (peakHeap - base.heapUsed) / 1048576,
		peakRssAbsMb: peakRss / 1048576,
		created: Array.isArray(state.ARINVOICE) ? state.ARINVOICE.length : -1,
	};
}

const fmt = (n: number, d = 1) => n.toFixed(d);

async function main() {
	const { url, child } = await startSandboxProcess();
	try {
		console.log(
			`Sage Intacct bench: ${COUNT} AR invoices (create_invoice), ${LATENCY_MS} ms added latency per request, max 2 requests in flight`,
		);
		console.log(
			`sandbox ${url} (own process); node run in n8n's engine in this process; a ${Math.min(1000, COUNT)}-invoice warm-up run first (not measured)\n`,
		);
		// Warm-up (not measured): loads n8n's engine and JIT-compiles the node's and the sandbox's code
		// paths, so the first measured run is not charged for it (a 20-invoice warm-up left it ~2x slower).
		await runOnce(url, 'warmup', Math.min(1000, COUNT), 50);
		const batched: Result[] = [];
		for (const size of BATCHES) batched.push(await runOnce(url, `batch${size}`, COUNT, size));
		const singleCount = SAMPLE ?? COUNT;
		const single = await runOnce(url, 'batch1', singleCount, 1);
		for (const r of [...batched, single]) {
			if (r.created !== r.invoices)
				throw new Error(`${r.label}: expected ${r.invoices} invoices in the sandbox, found ${r.created}`);
		}
		const scale = COUNT / singleCount;
		const singleRequests = single.requests * scale;
		const singleWall = single.wallMs * scale;
		const row = (name: string, r: Result) => [
			name,
			r.invoices,
			r.requests,
			fmt(r.wallMs / 1000, 2),
			fmt(r.invoices / (r.wallMs / 1000)),
			fmt(r.peakRssAbsMb),
			fmt(r.peakRssMb),
			fmt(r.peakHeapMb),
		];
		const rows: Array<Array<string | number>> = [
			['run', 'invoices', 'requests', 'wall time (s)', 'invoices/s', 'peak RSS MB', 'peak RSS +MB', 'peak heap +MB'],
			...batched.map((r, n) =>
				row(
					`batched (${BATCHES[n]}/request${BATCHES[n] === 50 ? ', default' : BATCHES[n] === 100 ? ', maximum' : ''})`,
					r,
				),
			),
			row('one per request (Batch Size 1)', single),
		];
		if (SAMPLE !== undefined && SAMPLE < COUNT) {
			rows.push([
				`one per request, EXTRAPOLATED x${fmt(scale, 2)} from ${singleCount}`,
				COUNT,
				Math.round(singleRequests),
				fmt(singleWall / 1000, 2),
				'',
				'',
				'',
				'',
			]);
		}
		const widths = rows[0].map((_c, i) => Math.max(...rows.map((r) => String(r[i]).length)));
		for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
		console.log('');
		batched.forEach((r, n) => {
			const requestRatio = singleRequests / r.requests;
			const wallRatio = singleWall / r.wallMs;
			console.log(
				`batch ${BATCHES[n]} vs one per request: ${fmt(requestRatio)}x fewer requests (target >= 40x: ${requestRatio >= 40 ? 'met' : 'MISSED'}), ` +
					`${fmt(wallRatio)}x less wall time (target >= 20x: ${wallRatio >= 20 ? 'met' : 'MISSED'})`,
			);
		});
		if (SAMPLE !== undefined && SAMPLE < COUNT) {
			console.log(
				`NOTE: the one-per-request figures for ${COUNT} are EXTRAPOLATED linearly from a measured run of ${singleCount} invoices.`,
			);
		}
		const load = os.loadavg()[0];
		console.log(
			`machine: ${os.cpus().length} CPUs, load average ${fmt(load, 2)} at the end (wall times of the batched runs are CPU-bound and grow with load).`,
		);
		console.log(
			'(requests include the one getAPISession per run; "peak RSS MB" is this process (n8n engine + node) at its peak during the run, "+MB" the rise over the start of the run)',
		);
	} finally {
		child.kill('SIGTERM');
	}
}

main().then(
	// n8n's engine can leave timers behind; the bench is done.
	() => process.exit(0),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	},
);
