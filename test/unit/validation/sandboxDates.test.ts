/** The sandboxes refuse impossible dates and unknown currencies as the real APIs do (issue 12). */
import { isStrictIsoDate } from '../../../sandbox/officernd/collections';
import { isCalendarDate } from '../../../sandbox/scoro/api';
import { startSandbox } from '../../../sandbox/server';
import { createScoroSystem, SCORO_SANDBOX_CREDENTIALS } from '../../../sandbox/scoro';

describe('sandbox date strictness', () => {
	it('OfficeRnD: IsDateString refuses impossible calendar dates', () => {
		for (const bad of ['2025-02-30', '2025-02-30T00:00:00.000Z', '2025-13-45', 'not a date', '2025-02-28T24:00:00Z'])
			expect(isStrictIsoDate(bad)).toBe(false);
		for (const ok of ['2025-02-28', '2025-03-01T00:00:00.000Z', '2024-02-29T10:00:00+01:00'])
			expect(isStrictIsoDate(ok)).toBe(true);
	});
	it('Scoro: YYYY-mm-dd must be a real day', () => {
		for (const bad of ['2025-02-30', '2025-13-45', '2025-02-28 10:00', 20250228])
			expect(isCalendarDate(bad)).toBe(false);
		expect(isCalendarDate('2024-02-29')).toBe(true);
	});
	it('Scoro API answers 400 to an impossible date and an unknown currency, and stores nothing', async () => {
		const sandbox = await startSandbox({ port: 0, systems: [createScoroSystem] });
		try {
			const before = sandbox.state.system('scoro')!.store.count('invoices');
			const post = async (request: object) =>
				await fetch(`${sandbox.systemUrl('scoro')}/api/v2/invoices/modify`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({
						apiKey: SCORO_SANDBOX_CREDENTIALS.apiKey,
						company_account_id: SCORO_SANDBOX_CREDENTIALS.companyAccountId,
						lang: 'eng',
						request,
					}),
				});
			const date = await post({ company_id: 1, date: '2025-02-30' });
			expect(date.status).toBe(400);
			expect(JSON.stringify(await date.json())).toMatch(/2025-02-30.*is not a valid date/);
			const currency = await post({ company_id: 1, date: '2025-02-28', currency: 'XYZ' });
			expect(currency.status).toBe(400);
			expect(JSON.stringify(await currency.json())).toMatch(/ISO 4217/);
			expect(sandbox.state.system('scoro')!.store.count('invoices')).toBe(before);
		} finally {
			await sandbox.close();
		}
	});
});
