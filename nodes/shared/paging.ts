/**
 * The paging loop every list operation uses: ask for a page, keep going while the system says
 * there is more and the limit is not reached. Bounded by a page cap so a server that keeps
 * returning a "next" can never loop forever.
 */
export interface Page<T, C> {
	items: T[];
	next?: C;
}

export const MAX_PAGES = 10_000;

export async function collectPages<T, C>(
	fetchPage: (cursor: C | undefined, pageIndex: number) => Promise<Page<T, C>>,
	limit?: number,
): Promise<T[]> {
	const out: T[] = [];
	let cursor: C | undefined;
	for (let pageIndex = 0; pageIndex < MAX_PAGES; pageIndex++) {
		const page = await fetchPage(cursor, pageIndex);
		out.push(...page.items);
		if (limit !== undefined && out.length >= limit) return out.slice(0, limit);
		if (page.next === undefined || page.next === null || page.items.length === 0) return out;
		cursor = page.next;
	}
	return out;
}
