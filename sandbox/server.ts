import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestListener } from './core/app';
import { SandboxState } from './core/state';
import type { SystemFactory } from './core/types';
import { SYSTEM_FACTORIES } from './systems';

export { SandboxState } from './core/state';
export type { SystemModule, SystemContext, SandboxRequest, SandboxResponse } from './core/types';

export interface SandboxOptions {
	/** 0 = a random free port. Default 0. */
	port?: number;
	/** Default 127.0.0.1. */
	host?: string;
	/** Seed every system on start (default true). */
	seed?: boolean;
	/** Start the clock at this ISO instant instead of real time; `frozen` stops it. */
	clock?: { now?: string; frozen?: boolean };
	/** Override the registry (tests). */
	systems?: readonly SystemFactory[];
}

export interface Sandbox {
	/** e.g. 'http://127.0.0.1:5680' (no trailing slash). */
	url: string;
	port: number;
	host: string;
	state: SandboxState;
	/** Base URL of one system, e.g. systemUrl('intacct') = url + '/intacct'. */
	systemUrl(system: string): string;
	/** Re-seed (all systems or one), clear log and faults. Same as POST /__admin/reset. */
	reset(system?: string): void;
	close(): Promise<void>;
	server: Server;
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
	const host = opts.host ?? '127.0.0.1';
	const modules = (opts.systems ?? SYSTEM_FACTORIES).map((factory) => factory());
	const state = new SandboxState(modules, opts.clock);
	const server = createServer(createRequestListener(state));
	server.keepAliveTimeout = 5_000;
	server.requestTimeout = 60_000;

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(opts.port ?? 0, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const { port } = server.address() as AddressInfo;
	const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
	state.baseUrl = url;
	state.reset(undefined, { seed: opts.seed ?? true });

	let closed: Promise<void> | undefined;
	return {
		url,
		port,
		host,
		state,
		server,
		systemUrl(system: string): string {
			const runtime = state.system(system);
			if (!runtime) throw new Error(`unknown system ${system}`);
			return url + runtime.module.prefix;
		},
		reset(system?: string): void {
			state.reset(system);
		},
		close(): Promise<void> {
			closed ??= new Promise<void>((resolve, reject) => {
				state.closing.abort();
				server.close((err) => (err ? reject(err) : resolve()));
				server.closeAllConnections();
			});
			return closed;
		},
	};
}
