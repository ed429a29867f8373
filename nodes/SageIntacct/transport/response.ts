import { parseXml } from './xml';

export interface IntacctErrorDetail {
	errorno: string;
	description: string;
	description2: string;
	correction: string;
}

export interface IntacctResult {
	status: string;
	function: string;
	controlId: string;
	/** Records under <data>, flattened across element names, in document order per name. */
	records: Record<string, unknown>[];
	/** The element name of the records (the object, e.g. CUSTOMER). */
	listType?: string;
	count?: number;
	totalCount?: number;
	numRemaining?: number;
	resultId?: string;
	/** Legacy functions answer with <key>. */
	key?: string;
	/** The raw <data>/<api>/... tree for functions with their own shapes. */
	data?: Record<string, unknown>;
	errors: IntacctErrorDetail[];
}

export interface IntacctResponse {
	controlStatus: string;
	controlErrors: IntacctErrorDetail[];
	authStatus?: string;
	authErrors: IntacctErrorDetail[];
	sessionTimeout?: string;
	results: IntacctResult[];
}

const text = (v: unknown): string => {
	if (v === undefined || v === null) return '';
	if (typeof v === 'object') {
		const t = (v as Record<string, unknown>)['#text'];
		return t === undefined ? '' : String(t);
	}
	return String(v);
};

const num = (v: unknown): number | undefined => {
	if (v === undefined || v === '') return undefined;
	const n = Number(v);
	return Number.isFinite(n) ? n : undefined;
};

function errorsOf(errormessage: unknown): IntacctErrorDetail[] {
	const list = ((errormessage as { error?: unknown[] })?.error ?? []) as Array<Record<string, unknown>>;
	return list.map((e) => ({
		errorno: text(e.errorno),
		description: text(e.description),
		description2: text(e.description2),
		correction: text(e.correction),
	}));
}

export function parseResponse(xml: string): IntacctResponse {
	const doc = parseXml(xml);
	const response = doc.response as Record<string, unknown> | undefined;
	if (!response) throw new Error('Sage Intacct answered with something that is not an XML API response');
	const control = (response.control ?? {}) as Record<string, unknown>;
	const operation = (response.operation ?? {}) as Record<string, unknown>;
	const auth = (operation.authentication ?? {}) as Record<string, unknown>;
	const results = ((operation.result ?? []) as Array<Record<string, unknown>>).map((r): IntacctResult => {
		const data = (r.data && typeof r.data === 'object' ? r.data : undefined) as Record<string, unknown> | undefined;
		const records: Record<string, unknown>[] = [];
		let listType: string | undefined;
		if (data) {
			for (const [name, value] of Object.entries(data)) {
				if (name.startsWith('@_') || name === '#text') continue;
				listType = listType ?? name;
				for (const v of Array.isArray(value) ? value : [value]) {
					records.push((v && typeof v === 'object' ? v : { value: v }) as Record<string, unknown>);
				}
			}
		}
		return {
			status: text(r.status),
			function: text(r.function),
			controlId: text(r.controlid),
			records,
			listType: data ? text(data['@_listtype']) || listType : undefined,
			count: num(data?.['@_count']),
			totalCount: num(data?.['@_totalcount']),
			numRemaining: num(data?.['@_numremaining']),
			resultId: data ? text(data['@_resultId']) || undefined : undefined,
			key: r.key !== undefined ? text(r.key) : undefined,
			data,
			errors: errorsOf(r.errormessage),
		};
	});
	return {
		controlStatus: text(control.status),
		controlErrors: errorsOf(response.errormessage),
		authStatus: auth.status !== undefined ? text(auth.status) : undefined,
		authErrors: errorsOf(operation.errormessage),
		sessionTimeout: auth.sessiontimeout !== undefined ? text(auth.sessiontimeout) : undefined,
		results,
	};
}
