/**
 * Chromium for the browser tests, from the operating system's packages (scripts/install-browser.js
 * installs it with apt-get when missing), driven by puppeteer-core (which downloads no browser).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findChromium } = require('../../scripts/install-browser.js') as { findChromium: () => string | undefined };

/** Screenshots kept for the record (git-ignored). */
export const SHOTS_DIR = join(__dirname, '..', '..', '.run', 'browser');

export async function launchBrowser(): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath)
		throw new Error('No Chromium on this machine: run `node scripts/install-browser.js` (apt-get install chromium).');
	mkdirSync(SHOTS_DIR, { recursive: true });
	return puppeteer.launch({
		executablePath,
		headless: true,
		// --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start.
		args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--window-size=1400,1000'],
		defaultViewport: { width: 1400, height: 1000 },
		protocolTimeout: 120_000,
		timeout: 60_000,
	});
}

/** A page that records its script errors (a console must not throw). */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
	const page = await browser.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
	page.setDefaultTimeout(30_000);
	return { page, errors };
}

export async function shot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), fullPage: false });
}

export interface Received {
	method: string;
	path: string;
	headers: IncomingHttpHeaders;
	body: string;
}

/** A stand-in for n8n's webhook endpoint on 127.0.0.1: records every request, answers 200. */
export async function startReceiver(): Promise<{
	url: string;
	received: Received[];
	close: () => Promise<void>;
	server: Server;
}> {
	const received: Received[] = [];
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			received.push({
				method: req.method ?? '',
				path: req.url ?? '',
				headers: req.headers,
				body: Buffer.concat(chunks).toString('utf8'),
			});
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end('{"message":"Workflow was started"}');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		received,
		server,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** Polls until fn returns a value (bounded). */
export async function until<T>(what: string, fn: () => T | undefined | false | null, timeoutMs = 20_000): Promise<T> {
	const started = Date.now();
	for (;;) {
		const v = fn();
		if (v) return v;
		if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}
