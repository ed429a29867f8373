/**
 * Start the sandbox from the command line:
 *   npx tsx sandbox/main.ts [--port 5680] [--host 127.0.0.1] [--no-seed]
 * The port also comes from SANDBOX_PORT. Stops on SIGINT / SIGTERM.
 */
import { startSandbox } from './server';

function arg(name: string): string | undefined {
	const argv = process.argv.slice(2);
	const i = argv.indexOf(`--${name}`);
	if (i >= 0) return argv[i + 1];
	const inline = argv.find((a) => a.startsWith(`--${name}=`));
	return inline?.slice(name.length + 3);
}

async function main(): Promise<void> {
	const rawPort = arg('port') ?? process.env.SANDBOX_PORT ?? '5680';
	const port = Number(rawPort);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port '${rawPort}'`);
	const sandbox = await startSandbox({
		port,
		host: arg('host') ?? process.env.SANDBOX_HOST ?? '127.0.0.1',
		seed: !process.argv.includes('--no-seed'),
	});
	console.log(`Sandbox listening on ${sandbox.url}`);
	for (const [name, { module }] of sandbox.state.systems) {
		console.log(`  ${module.title.padEnd(16)} ${sandbox.url}${module.prefix}  (${name})`);
	}
	console.log(`  Status page      ${sandbox.url}/`);
	console.log(`  Admin API        ${sandbox.url}/__admin`);

	let stopping = false;
	const stop = (signal: string): void => {
		if (stopping) return;
		stopping = true;
		console.log(`\n${signal}: stopping sandbox`);
		const force = setTimeout(() => process.exit(1), 5000);
		force.unref();
		sandbox.close().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.on('SIGINT', () => stop('SIGINT'));
	process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
	console.error((err as Error).message ?? err);
	process.exit(1);
});
