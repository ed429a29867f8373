/**
 * Issue 12: a Scoro create (`<module>/modify` without id) whose answer is lost is confirmed by the
 * record's key (document number, external reference, registration code) before being sent again, or
 * reported "outcome unknown" when nothing identifies it; never a silent duplicate.
 */
import { ScoroApi } from '../../../credentials/ScoroApi.credentials';
import { createScoroRecord } from '../../../nodes/Scoro/transport/confirm';
import { isOutcomeUnknown } from '../../../nodes/shared/writeOutcome';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createScoroSystem, SCORO_SANDBOX_CREDENTIALS } from '../../../sandbox/scoro';
import { fakeContext } from '../../helpers/fakeContext';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createScoroSystem] });
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

const ctx = () => fakeContext(new ScoroApi(), { siteUrl: sandbox.systemUrl('scoro'), ...SCORO_SANDBOX_CREDENTIALS });
async function fault(body: object) {
	const res = await fetch(`${sandbox.url}/__admin/faults`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ system: 'scoro', ...body }),
	});
	expect(res.status).toBe(201);
}
const store = () => sandbox.state.system('scoro')!.store;
const sends = (operation: string) =>
	sandbox.state.log.list({ system: 'scoro' }).filter((e) => e.operation === operation).length;

describe('Scoro creates whose answer is lost', () => {
	it('a contact with a registration code, answer dropped after commit: confirmed, one contact, one send', async () => {
		const before = store().count('contacts');
		await fault({ match: 'contacts/modify', type: 'dropAfterCommit', count: 1 });
		const created = await createScoroRecord(ctx(), {
			module: 'contacts',
			label: 'Contact',
			body: { name: 'Lost Answer Ltd', contact_type: 'company', id_code: 'EE-777' },
		});
		expect(created).toMatchObject({ name: 'Lost Answer Ltd', id_code: 'EE-777' });
		expect(store().count('contacts')).toBe(before + 1);
		expect(sends('contacts/modify')).toBe(1);
	});

	it('a 5xx before commit: the look-up proves the record absent, so it is sent once more', async () => {
		await fault({ match: 'contacts/modify', type: 'http5xx', status: 503, count: 1 });
		const created = await createScoroRecord(ctx(), {
			module: 'contacts',
			label: 'Contact',
			body: { name: 'Retry Ltd', contact_type: 'company', reference_no: 'SRC-42' },
		});
		expect(created.reference_no).toBe('SRC-42');
		expect(
			store()
				.list('contacts')
				.filter((c) => c.fields.reference_no === 'SRC-42'),
		).toHaveLength(1);
		expect(sends('contacts/modify')).toBe(2);
	});

	it('a record with no key: "outcome unknown" naming where to check, never re-sent', async () => {
		const before = store().count('contacts');
		await fault({ match: 'contacts/modify', type: 'dropAfterCommit', count: 1 });
		const error = await createScoroRecord(ctx(), {
			module: 'contacts',
			label: 'Contact',
			body: { name: 'No Key Ltd', contact_type: 'company' },
		}).catch((e: unknown) => e);
		expect(isOutcomeUnknown(error)).toBe(true);
		expect((error as Error).message).toMatch(/^Scoro: outcome unknown: check Scoro contacts .* before running again$/);
		expect(store().count('contacts')).toBe(before + 1);
		expect(sends('contacts/modify')).toBe(1);
	});
});
