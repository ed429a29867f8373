import { z } from 'zod';
import { bulkSeedOfficeRnd } from '../officernd/seed';
import { bulkSeedReLeased } from '../released/seed';
import { bulkSeedScoro } from '../scoro/seed';
import type { RecordStore } from './store';

/**
 * Bulk source records on request (POST /__admin/seed/:system), for load and fault tests: each
 * system's bulk seeder lives at the end of its seed.ts and builds records with the system's own
 * rules (totals, tax), so they read exactly like records made through the API.
 * Intacct source records (payments, invoices entered by staff) are made through the gateway itself
 * by the tests (test/faults/world.ts), as staff would enter them.
 */
export const bulkSeedSchema = z
	.object({
		count: z.number().int().min(1).max(5000),
		seed: z
			.number()
			.int()
			.min(0)
			.max(2 ** 31 - 1)
			.optional(),
	})
	.strict();

export type BulkSeedInput = z.infer<typeof bulkSeedSchema>;

export const BULK_SEEDERS: Record<string, (store: RecordStore, input: BulkSeedInput) => unknown> = {
	officernd: (store, input) => bulkSeedOfficeRnd(store, input),
	scoro: (store, input) => bulkSeedScoro(store, input),
	released: (store, input) => bulkSeedReLeased(store, input),
};
