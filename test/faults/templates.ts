/**
 * The templates under test: where each one's scenarios start (a sandbox checkpoint built from the
 * bulk seed and the templates before it, as a user would run them), and the canonical projection of
 * its target: natural keys + amounts, the same for every scenario, so that "equal to the clean run
 * record by record" is a comparison of two lists.
 */
import type { Rec, World } from './world';
import { xml } from './world';
import { SCORO_SPECS } from './specs/scoro';
import { releasedSpecs } from './specs/released';
import { orndSpecs } from './specs/ornd';

export interface Row {
	/** Natural key of one target record (document number, reference, name, …). */
	key: string;
	/** Amount or value that must be equal (rounded to cents), or a fixed marker. */
	value: string;
}

export interface TemplateSpec {
	/** Path under workflows/. */
	file: string;
	/** Short name for the table. */
	short: string;
	/** Name of the checkpoint its scenarios start from (made by prepare). */
	start: string;
	/** Builds the start checkpoint; may run the templates before it (their clean runs). */
	prepare(world: World, n: number): Promise<void>;
	/** Canonical projection of what this template writes (target records and write-backs). */
	project(world: World): Row[];
	/** The workflow name its failure-log entries carry. */
	workflowName: string;
	/** Target system (writes counted for the SIGKILL point). */
	target: string;
	/** System whose reads the 429 burst hits (the template's first source). */
	source: string;
	/** Has a write-back to the source (delayed write-back scenario applies). */
	writeBack: boolean;
	/** Adds 5,000 previously synced records (scenario "priors"); undefined = not relevant. */
	priors?(world: World, count: number): Promise<void>;
	/** Its read nodes' error outputs reach the failure log and stop the run (scenario "readfail"). */
	readFailureLogged?: boolean;
	/** Reads an Intacct list that a lost readMore could cut: adds what makes it longer than one page. */
	pagedRead?(world: World): Promise<void>;
}

export const cents = (v: unknown): string => (Math.round(Number(v ?? 0) * 100) / 100).toFixed(2);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runSetup(world: World, template: string): Promise<void> {
	const res = await world.execute(template);
	if (res.status !== 'success')
		throw new Error(`setup run of ${template} failed: ${res.status} ${res.errorMessage ?? ''}`);
}

/* ------------------------------------------------------------------ shared chain */

/** W0: the standard seed plus n bulk source records in OfficeRnD, Scoro and Re-Leased. */
export async function world0(world: World, n: number): Promise<void> {
	if (world.hasCheckpoint('W0')) return;
	world.sandbox.reset();
	for (const system of ['officernd', 'scoro', 'released'])
		await world.admin('POST', `/seed/${system}`, { count: n, seed: 7 });
	world.checkpoint('W0');
}

/**
 * One step of the chain of start states: the checkpoint `previous` (built first), then one clean run
 * of `templateFile` as setup, checkpointed as `id`. W1..W3 and every later world are one such step.
 */
export function chainedWorld(
	id: string,
	previous: (world: World, n: number) => Promise<void>,
	previousId: string,
	templateFile: string,
): (world: World, n: number) => Promise<void> {
	return async (world, n) => {
		if (world.hasCheckpoint(id)) return;
		await previous(world, n);
		await world.restore(previousId);
		await runSetup(world, templateFile);
		world.checkpoint(id);
	};
}

/** W1: W0 after officernd-intacct/customers.json ran once; W2 after invoices; W3 after payments. */
export const world1 = chainedWorld('W1', world0, 'W0', 'officernd-intacct/customers.json');
export const world2 = chainedWorld('W2', world1, 'W1', 'officernd-intacct/invoices.json');
export const world3 = chainedWorld('W3', world2, 'W2', 'officernd-intacct/payments.json');

export const bulkCompanies = (w: World) =>
	w.records('officernd', 'companies').filter((c) => String(c.name).startsWith('Bulk Company '));
export const bulkInvoiceNumbers = (w: World) =>
	new Set(
		w
			.records('officernd', 'payments')
			.filter((d) => String(d.number).startsWith('INV-B'))
			.map((d) => String(d.number)),
	);

/* ------------------------------------------------------------------ the templates */

const customers: TemplateSpec = {
	file: 'officernd-intacct/customers.json',
	short: 'ornd→int customers',
	readFailureLogged: true,
	start: 'S-customers',
	workflowName: 'OfficeRnD → Sage Intacct: companies and members to customers',
	target: 'intacct',
	source: 'officernd',
	writeBack: true,
	// Creates and updates: W1 (every bulk company synced once) with half of them renamed in
	// OfficeRnD since, and n/2 new companies.
	async prepare(world, n) {
		await world1(world, n);
		await world.restore('W1');
		await sleep(5500); // a change within 5 s of a write-back counts as the write-back itself (template note)
		const store = world.store('officernd');
		for (const c of bulkCompanies(world).filter((_, i) => i % 2 === 0)) {
			store.update('companies', String(c._id), { name: `${String(c.name).replace(/ Ltd$/, '')} Group Ltd` });
		}
		await world.admin('POST', '/seed/officernd', { count: Math.max(1, Math.floor(n / 2)), seed: 7 });
		world.checkpoint(this.start);
	},
	project(world) {
		const rows: Row[] = [];
		const customersById = new Map<string, Rec[]>();
		for (const c of world.records('intacct', 'CUSTOMER')) {
			if (!String(c.NAME).startsWith('Bulk Company ')) continue;
			rows.push({ key: `customer ${String(c.NAME)}`, value: String(c.STATUS ?? '') });
			const list = customersById.get(String(c.CUSTOMERID)) ?? [];
			list.push(c);
			customersById.set(String(c.CUSTOMERID), list);
		}
		for (const c of bulkCompanies(world)) {
			const id = String((c.properties as Rec | undefined)?.intacctCustomerId ?? '');
			if (!id) continue; // not written back: the missing row counts as lost
			const target = customersById.get(id);
			rows.push({
				key: `write-back ${String(c.name)}`,
				value:
					target?.length === 1 && target[0]!.NAME === c.name
						? 'points at its customer'
						: `points at ${id} (${target?.map((t) => t.NAME).join('|') ?? 'nothing'})`,
			});
		}
		return rows;
	},
};

const invoices: TemplateSpec = {
	file: 'officernd-intacct/invoices.json',
	short: 'ornd→int invoices',
	readFailureLogged: true,
	start: 'W1',
	workflowName: 'OfficeRnD → Sage Intacct: invoices',
	target: 'intacct',
	source: 'officernd',
	writeBack: true,
	async prepare(world, n) {
		await world1(world, n);
	},
	project(world) {
		const numbers = bulkInvoiceNumbers(world);
		const byRecordNo = new Map<string, Rec>();
		const rows: Row[] = [];
		for (const inv of world.records('intacct', 'ARINVOICE')) {
			if (!numbers.has(String(inv.RECORDID))) continue;
			byRecordNo.set(String(inv.RECORDNO), inv);
			rows.push({ key: `AR invoice ${String(inv.RECORDID)}`, value: cents(inv.TRX_TOTALENTERED ?? inv.TOTALENTERED) });
		}
		for (const d of world.records('officernd', 'payments')) {
			if (!numbers.has(String(d.number))) continue;
			const acc = d.accounting as Rec | null;
			if (!acc?.providerId) continue;
			const target = byRecordNo.get(String(acc.providerId));
			rows.push({
				key: `sync status ${String(d.number)}`,
				value:
					target?.RECORDID === d.number && !acc.error
						? 'ok'
						: `providerId ${String(acc.providerId)} error ${String(acc.error ?? '')}`,
			});
		}
		return rows;
	},
};

const payments: TemplateSpec = {
	file: 'officernd-intacct/payments.json',
	short: 'ornd→int payments',
	readFailureLogged: true,
	start: 'W2',
	workflowName: 'OfficeRnD → Sage Intacct: payments (charges)',
	target: 'intacct',
	source: 'officernd',
	writeBack: true,
	async prepare(world, n) {
		await world2(world, n);
	},
	project(world) {
		const refs = new Set(
			world
				.records('officernd', 'charges')
				.filter((c) => String(c.reference).startsWith('BULK-CHG-'))
				.map((c) => String(c.reference)),
		);
		const pays = world.records('intacct', 'ARPYMT').filter((p) => refs.has(String(p.DOCNUMBER)));
		const byNo = new Map(pays.map((p) => [String(p.RECORDNO), p]));
		const details = world.records('intacct', 'ARPYMTDETAIL');
		const applied = new Map<string, number>();
		for (const d of details)
			applied.set(String(d.PAYMENTKEY), (applied.get(String(d.PAYMENTKEY)) ?? 0) + Number(d.TRX_PAYMENTAMOUNT ?? 0));
		// Every payment counts, reversed ones too: a reversal and a second post is a duplicate write.
		const rows: Row[] = pays.map((p) => ({
			key: `AR payment ${String(p.DOCNUMBER)}`,
			value: `${cents(p.TRX_TOTALENTERED)} applied ${cents(applied.get(String(p.RECORDNO)))} ${String(p.STATE)}`,
		}));
		for (const c of world.records('officernd', 'charges')) {
			if (!refs.has(String(c.reference))) continue;
			const id = (c.accounting as Rec | null)?.providerId;
			if (!id) continue;
			rows.push({
				key: `write-back ${String(c.reference)}`,
				value: byNo.get(String(id))?.DOCNUMBER === c.reference ? 'ok' : `points at ${String(id)}`,
			});
		}
		return rows;
	},
};

/** Intacct AR payments entered by staff on the AR invoices of the bulk OfficeRnD invoices (a quarter of each total). */
export async function staffPayments(
	world: World,
	count: number,
	docPrefix: string,
	customerOf: (inv: Rec) => string,
	invoicesOf: () => Rec[],
	date = '04/02/2025',
): Promise<void> {
	const list = invoicesOf().slice(0, count);
	for (let i = 0; i < list.length; i += 50) {
		const fns = list.slice(i, i + 50).map((inv, k) => {
			const amount = Math.floor(Number(inv.TRX_TOTALENTERED ?? inv.TOTALENTERED) * 25) / 100;
			return `<create><ARPYMT>${xml({
				PAYMENTMETHOD: 'EFT',
				FINANCIALENTITY: 'BARC-GBP',
				CUSTOMERID: customerOf(inv),
				RECEIPTDATE: date,
				PAYMENTDATE: date,
				DOCNUMBER: `${docPrefix}${String(i + k + 1).padStart(5, '0')}`,
				CURRENCY: 'GBP',
				ARPYMTDETAILS: { ARPYMTDETAIL: [{ RECORDKEY: String(inv.RECORDNO), TRX_PAYMENTAMOUNT: amount.toFixed(2) }] },
			})}</ARPYMT></create>`;
		});
		await world.intacctCall(fns);
	}
}

const intacctPayments: TemplateSpec = {
	file: 'intacct-officernd/payments.json',
	short: 'int→ornd payments',
	start: 'S-int-ornd-payments',
	workflowName: 'Sage Intacct → OfficeRnD: payments (charges on invoices)',
	target: 'officernd',
	source: 'intacct',
	writeBack: false,
	// Its read nodes' error outputs reach "Describe: Read Failed, Run Stopped" → Log Read Failure → Stop.
	readFailureLogged: true,
	async prepare(world, n) {
		await world3(world, n);
		await world.restore('W3');
		const numbers = bulkInvoiceNumbers(world);
		await staffPayments(
			world,
			n,
			'BACS-B',
			(inv) => String(inv.CUSTOMERID),
			() => world.records('intacct', 'ARINVOICE').filter((i) => numbers.has(String(i.RECORDID))),
		);
		world.checkpoint(this.start);
	},
	project(world) {
		const docs = new Map(world.records('officernd', 'payments').map((d) => [String(d._id), String(d.number)]));
		return world
			.records('officernd', 'charges')
			.filter(
				(c) =>
					String(c.providerChargeReference ?? '').startsWith('ARPYMT:') &&
					String(c.reference ?? '').startsWith('BACS-B'),
			)
			.map((c) => ({
				key: `charge ${String(c.reference)} on ${docs.get(String(c.payment)) ?? String(c.payment)}`,
				value: `${cents(c.amount)} ${String(c.status)}`,
			}));
	},
	// 5,000 charges written by earlier runs (each behind a payment Intacct still has, not modified
	// since the start date), so that every query about "our" charges has to cover them.
	async priors(world, count) {
		const intacct = world.store('intacct');
		const ornd = world.store('officernd');
		const template = world.records('intacct', 'ARPYMT').find((p) => String(p.DOCNUMBER ?? '').startsWith('BULK-CHG-'));
		const invoice = world.records('officernd', 'payments').find((d) => String(d.number).startsWith('INV-B'));
		if (!template || !invoice) throw new Error('priors: no synced payment or invoice to copy');
		const old = '2024-12-01T00:00:00.000Z';
		for (let i = 1; i <= count; i++) {
			const fields = { ...intacct.get('ARPYMT', String(template._id))!.fields, DOCNUMBER: `PRIOR-${i}` };
			const p = intacct.insert('ARPYMT', fields, { createdAt: old, modifiedAt: old });
			ornd.insert(
				'charges',
				{
					payment: String(invoice._id),
					amount: 0.01,
					currency: 'GBP',
					account: 'Bank Transfer',
					reference: `PRIOR-${i}`,
					date: old,
					status: 'success',
					source: 'sage-intacct',
					providerChargeReference: `ARPYMT:${p.id}`,
					accounting: {
						provider: 'sage-intacct',
						providerId: p.id,
						externalOrgId: 'SANDBOX-CO',
						error: null,
						lastSync: old,
					},
				},
				{ createdAt: old, modifiedAt: old },
			);
		}
	},
};

/** Scoro → Intacct and Re-Leased → Intacct read every Intacct AR invoice: 1,000 more make it two pages. */
export async function thousandArInvoices(world: World): Promise<void> {
	const store = world.store('intacct');
	const sample = world.records('intacct', 'ARINVOICE')[0];
	// Old invoices entered in Intacct: a copy of one there is, or the fields the templates read.
	const base = sample
		? store.get('ARINVOICE', String(sample._id))!.fields
		: {
				CUSTOMERID: 'C-0001',
				STATE: 'Posted',
				CURRENCY: 'GBP',
				TRX_TOTALENTERED: '10.00',
				TOTALENTERED: '10.00',
				TRX_TOTALPAID: '0.00',
				TOTALPAID: '0.00',
				TRX_TOTALDUE: '10.00',
				WHENCREATED: '01/01/2024',
			};
	for (let i = 1; i <= 1000; i++)
		store.insert(
			'ARINVOICE',
			{ ...base, RECORDID: `OLD-${i}`, EXTERNALID: '' },
			{ createdAt: '2024-01-01T00:00:00.000Z', modifiedAt: '2024-01-01T00:00:00.000Z' },
		);
}

const scoroInvoices: TemplateSpec = {
	file: 'scoro-intacct/invoices.json',
	short: 'scoro→int invoices',
	readFailureLogged: true,
	start: 'W0',
	workflowName: 'Scoro → Sage Intacct: invoices and credit invoices',
	target: 'intacct',
	source: 'scoro',
	writeBack: false,
	async prepare(world, n) {
		await world0(world, n);
	},
	project(world) {
		const ids = new Set(
			world
				.records('scoro', 'invoices')
				.filter((r) => Number(r.no) > 20000)
				.map((r) => String(r._id)),
		);
		return world
			.records('intacct', 'ARINVOICE')
			.filter((i) => ids.has(String(i.EXTERNALID)))
			.map((i) => ({
				key: `AR invoice ext ${String(i.EXTERNALID)} ${String(i.RECORDID ?? '')}`,
				value: cents(i.TRX_TOTALENTERED ?? i.TOTALENTERED),
			}));
	},
	pagedRead: thousandArInvoices,
};

const releasedInvoices: TemplateSpec = {
	file: 'released-intacct/invoices.json',
	short: 'rl→int invoices',
	readFailureLogged: true,
	start: 'W0',
	workflowName: 'Re-Leased → Sage Intacct: invoices and bills (Awaiting Approval → Draft)',
	target: 'intacct',
	source: 'released',
	writeBack: false,
	async prepare(world, n) {
		await world0(world, n);
	},
	project(world) {
		const ids = new Set(
			world
				.records('released', 'invoice')
				.filter((r) => /^INV-5\d{4}$/.test(String(r.invoiceNumber)))
				.map((r) => String(r._id)),
		);
		return world
			.records('intacct', 'ARINVOICE')
			.filter((i) => ids.has(String(i.EXTERNALID)))
			.map((i) => ({
				key: `AR invoice ${String(i.RECORDID)} ext ${String(i.EXTERNALID)}`,
				value: `${cents(i.TRX_TOTALENTERED ?? i.TOTALENTERED)} ${String(i.STATE)}`,
			}));
	},
	pagedRead: thousandArInvoices,
};

/** W0 after released-intacct/invoices.json ran once (the bulk Re-Leased invoices are in Intacct). */
export const world0Released = chainedWorld('W0-rl', world0, 'W0', 'released-intacct/invoices.json');

const releasedPayments: TemplateSpec = {
	file: 'released-intacct/payments.json',
	short: 'rl→int payments',
	start: 'S-rl-payments',
	workflowName: 'Re-Leased → Sage Intacct: payments → AR and AP payments',
	target: 'intacct',
	source: 'released',
	writeBack: false,
	readFailureLogged: true,
	// W0-rl plus one Re-Leased payment per bulk income invoice (a quarter of its total), as tenants pay.
	async prepare(world, n) {
		await world0Released(world, n);
		await world.restore('W0-rl');
		const store = world.store('released');
		const bulk = world.records('released', 'invoice').filter((r) => /^INV-5\d{4}$/.test(String(r.invoiceNumber)));
		bulk.forEach((inv, k) => {
			const amount = Math.floor(Number(inv.total ?? inv.amountDue ?? 0) * 25) / 100;
			const at = '2024-07-01T09:00:00.000Z';
			store.insert(
				'payment',
				{
					invoiceId: String(inv._id),
					contactId: String(inv.contactId),
					date: '2024-07-01',
					amount,
					reference: `BULK-RLPAY-${String(k + 1).padStart(5, '0')}`,
				},
				{ createdAt: at, modifiedAt: at },
			);
		});
		world.checkpoint(this.start);
	},
	project(world) {
		const pays = world.records('intacct', 'ARPYMT').filter((p) => String(p.DOCNUMBER ?? '').startsWith('BULK-RLPAY-'));
		const applied = new Map<string, number>();
		for (const d of world.records('intacct', 'ARPYMTDETAIL'))
			applied.set(String(d.PAYMENTKEY), (applied.get(String(d.PAYMENTKEY)) ?? 0) + Number(d.TRX_PAYMENTAMOUNT ?? 0));
		return pays.map((p) => ({
			key: `AR payment ${String(p.DOCNUMBER)}`,
			value: `${cents(p.TRX_TOTALENTERED)} applied ${cents(applied.get(String(p.RECORDNO)))} ${String(p.STATE)}`,
		}));
	},
};

const scoroBulkIds = (w: World) =>
	new Set(
		w
			.records('scoro', 'invoices')
			.filter((r) => Number(r.no) > 20000)
			.map((r) => String(r._id)),
	);

const intacctReceipts: TemplateSpec = {
	file: 'intacct-scoro/receipts.json',
	short: 'int→scoro receipts',
	start: 'S-int-scoro-receipts',
	workflowName: 'Sage Intacct → Scoro: payments → receipts',
	target: 'scoro',
	source: 'intacct',
	writeBack: false,
	// W0 after scoro-intacct/invoices.json ran once, plus one AR payment entered in Intacct on each
	// bulk invoice's AR invoice (a quarter of its total).
	async prepare(world, n) {
		if (!world.hasCheckpoint('W0-scoro')) {
			await world0(world, n);
			await world.restore('W0');
			await runSetup(world, 'scoro-intacct/invoices.json');
			world.checkpoint('W0-scoro');
		}
		await world.restore('W0-scoro');
		const ids = scoroBulkIds(world);
		// The template writes Drafts (its Settings default); staff post them in Intacct before paying.
		const istore = world.store('intacct');
		for (const inv of world
			.records('intacct', 'ARINVOICE')
			.filter((i) => ids.has(String(i.EXTERNALID)) && i.STATE === 'Draft')) {
			istore.update('ARINVOICE', String(inv._id), { STATE: 'Posted' });
		}
		await staffPayments(
			world,
			n,
			'SCO-B',
			(inv) => String(inv.CUSTOMERID),
			() => world.records('intacct', 'ARINVOICE').filter((i) => ids.has(String(i.EXTERNALID))),
			'10/20/2026',
		);
		world.checkpoint(this.start);
	},
	project(world) {
		const ids = scoroBulkIds(world);
		const rows: Row[] = [];
		for (const g of world.records('scoro', 'receipts')) {
			if (g.is_deleted) continue; // deleted (e.g. a later copy removed by its writer): not a receipt
			for (const r of (g.receipts as Rec[] | undefined) ?? []) {
				if (!ids.has(String(r.invoice_id))) continue;
				rows.push({ key: `receipt on invoice ${String(r.invoice_id)} ${String(r.date)}`, value: cents(r.sum) });
			}
		}
		return rows;
	},
};

export const TEMPLATES: TemplateSpec[] = [
	intacctPayments,
	payments,
	invoices,
	customers,
	scoroInvoices,
	releasedInvoices,
	intacctReceipts,
	releasedPayments,
	...SCORO_SPECS,
	...releasedSpecs,
	...orndSpecs,
];
