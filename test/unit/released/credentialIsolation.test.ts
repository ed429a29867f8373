/**
 * Issue 12 "Sessions and tokens belong to exactly one credential", checked for Re-Leased and Scoro:
 * neither transport keeps a token or session beyond one client, so a wrong key is refused even right
 * after a right one worked in the same process (guard: this already held on the base commit).
 */
import { ReLeasedApi } from '../../../credentials/ReLeasedApi.credentials';
import { ScoroApi } from '../../../credentials/ScoroApi.credentials';
import { ReLeasedClient } from '../../../nodes/ReLeased/transport/client';
import { scoroList } from '../../../nodes/Scoro/transport';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createReLeasedSystem, SANDBOX_API_TOKEN } from '../../../sandbox/released';
import { createScoroSystem, SCORO_SANDBOX_CREDENTIALS } from '../../../sandbox/scoro';
import { fakeContext } from '../../helpers/fakeContext';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createReLeasedSystem, createScoroSystem] });
});
afterAll(async () => sandbox.close());

const fast = { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1, maxTotalMs: 100 };

it('Re-Leased: a wrong token is refused after a right one was used in the same process', async () => {
	const right = new ReLeasedClient(
		fakeContext(new ReLeasedApi(), { baseUrl: sandbox.systemUrl('released'), apiToken: SANDBOX_API_TOKEN }) as never,
		{ retry: fast },
	);
	expect((await right.list('contact', { limit: 1 })).length).toBe(1);
	const wrong = new ReLeasedClient(
		fakeContext(new ReLeasedApi(), { baseUrl: sandbox.systemUrl('released'), apiToken: 'not-the-token-123' }) as never,
		{ retry: fast },
	);
	await expect(wrong.list('contact', { limit: 1 })).rejects.toMatchObject({ httpStatus: 401 });
});

it('Scoro: a wrong key is refused after a right one was used in the same process', async () => {
	const creds = { siteUrl: sandbox.systemUrl('scoro'), ...SCORO_SANDBOX_CREDENTIALS };
	expect((await scoroList(fakeContext(new ScoroApi(), creds) as never, 'contacts', { limit: 1 })).length).toBe(1);
	await expect(
		scoroList(fakeContext(new ScoroApi(), { ...creds, apiKey: 'ScoroAPI_wrong_key_999' }) as never, 'contacts', {
			limit: 1,
		}),
	).rejects.toMatchObject({ code: '401' });
});
