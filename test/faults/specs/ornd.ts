/**
 * Fault-suite specs of the OfficeRnD ↔ Intacct templates beyond invoices/payments/customers (helper A):
 * OfficeRnD → Intacct credit notes and overpayments, Intacct → OfficeRnD overpayments.
 *
 * The bulk seed has invoices and charges only, so each start state adds, on top of W2 (customers and
 * invoices synced), one bulk source record per bulk company the way staff would make it in the
 * source system. Helpers of templates.ts are used inside functions only (templates.ts imports this file).
 */
import type { Row, TemplateSpec } from '../templates';
import { bulkInvoiceNumbers, cents, world2 } from '../templates';
import type { Rec, World } from '../world';
import { xml } from '../world';

/** A 24-hex OfficeRnD _id for records this file makes (allocations: not in any seed range). */
const oid = (kind: string, n: number) => `66a0c0ffee${kind}${String(n).padStart(24 - 10 - kind.length, '0')}`;
const at = '2025-03-25T09:00:00.000Z';
type Fields = Parameters<ReturnType<World['store']>['insert']>[1];

/** The bulk invoices (INV-B…) in number order, from the OfficeRnD store. */
function bulkInvoices(world: World): Rec[] {
	const numbers = bulkInvoiceNumbers(world);
	return world
		.records('officernd', 'payments')
		.filter((d) => numbers.has(String(d.number)))
		.sort((a, b) => String(a.number).localeCompare(String(b.number)));
}

/**
 * One source document per bulk invoice, allocated to it (mirrored on both sides, as OfficeRnD keeps
 * allocations): `CN-B…` credit notes of 10.00 + 20% VAT, or `OP-B…` overpayments of 20.00 with 15.00
 * allocated. Every `skipAllocation`-th one has no allocation.
 */
function addBulkDocuments(world: World, kind: 'creditNote' | 'overpayment'): void {
	const store = world.store('officernd');
	const opTemplate = world.records('officernd', 'payments').find((d) => d.number === 'OP-0001');
	let k = 0;
	for (const inv of bulkInvoices(world)) {
		k++;
		const n = String(inv.number).replace('INV-B', '');
		const line = ((inv.lines as Rec[]) ?? [])[0]!;
		const credit = kind === 'creditNote';
		const lines = credit
			? [
					{
						...line,
						description: `Credit B${n}: late key card`,
						unitPrice: 10,
						price: 10,
						quantity: 1,
						taxAmount: 2,
						subTotal: 10,
						total: 12,
						baseUnitPrice: 10,
						baseTotal: 12,
					},
				]
			: [
					{
						...((opTemplate?.lines as Rec[] | undefined)?.[0] ?? {}),
						description: `Overpayment B${n}`,
						unitPrice: 20,
						price: 20,
						quantity: 1,
						taxAmount: 0,
						subTotal: 20,
						total: 20,
						baseUnitPrice: 20,
						baseTotal: 20,
					},
				];
		const total = credit ? 12 : 20;
		const allocated = credit ? 12 : 15;
		const withAllocation = k % 4 !== 0;
		const allocationId = oid('f7', k);
		const doc = store.insert(
			'payments',
			{
				number: `${credit ? 'CN' : 'OP'}-B${n}`,
				documentType: kind,
				date: at,
				dueDate: '2025-04-24T00:00:00.000Z',
				company: inv.company as string,
				member: null,
				location: inv.location as string,
				reference: credit ? `Credit B${n}` : `Overpayment B${n}`,
				taxType: 'excluded',
				lines,
				processingFeeLine: null,
				taxAmounts: credit ? [{ ...((inv.taxAmounts as Rec[])[0] ?? {}), total: 2 }] : (opTemplate?.taxAmounts ?? []),
				subTotal: credit ? 10 : 20,
				amount: total,
				total,
				baseTotal: total,
				payableAmount: total,
				paidAmount: 0,
				pendingAmount: 0,
				allocatedAmount: withAllocation ? allocated : 0,
				currency: 'GBP',
				currencyConversionRate: 1,
				isFailed: false,
				isPaid: false,
				isSent: true,
				status: 'awaiting_payment',
				chargeMethod: 'Bank Transfer',
				allocations: withAllocation
					? [
							{
								_id: allocationId,
								target: String(inv._id),
								amount: allocated,
								documentType: 'invoice',
								accounting: null,
							},
						]
					: [],
				accounting: null,
				properties: {},
			} as unknown as Fields,
			{ createdAt: at, modifiedAt: at },
		);
		if (withAllocation) {
			const list = (inv.allocations as Rec[] | undefined) ?? [];
			store.update(
				'payments',
				String(inv._id),
				{
					allocations: [
						...list,
						{ _id: allocationId, target: doc.id, amount: allocated, documentType: kind, accounting: null },
					],
				} as Fields,
				{ modifiedAt: at },
			);
		}
	}
}

/** Intacct RECORDNO → OfficeRnD invoice number, for the bulk invoices that are in Intacct. */
function invoiceNumberByRecordNo(world: World): Map<string, string> {
	const numbers = bulkInvoiceNumbers(world);
	return new Map(
		world
			.records('intacct', 'ARINVOICE')
			.filter((i) => numbers.has(String(i.RECORDID)))
			.map((i) => [String(i.RECORDNO), String(i.RECORDID)]),
	);
}

/** Credit applied to the bulk invoices in Intacct: one row per payment detail, by invoice and what supplied the credit. */
function applications(world: World, creditName: (detail: Rec) => string | undefined): Row[] {
	const invoices = invoiceNumberByRecordNo(world);
	const pays = new Map(world.records('intacct', 'ARPYMT').map((p) => [String(p.RECORDNO), p]));
	const rows: Row[] = [];
	for (const d of world.records('intacct', 'ARPYMTDETAIL')) {
		const invoice = invoices.get(String(d.RECORDKEY ?? ''));
		if (!invoice) continue;
		const credit = creditName(d);
		if (!credit) continue;
		const pay = pays.get(String(d.PAYMENTKEY));
		rows.push({
			key: `credit ${credit} applied to ${invoice}`,
			value: `${cents(d.TRX_ADJUSTMENTAMOUNT ?? d.TRX_POSTEDADVANCEAMOUNT ?? d.TRX_PAYMENTAMOUNT)} ${String(pay?.STATE ?? '?')}`,
		});
	}
	return rows;
}

/** Write-back rows: each bulk document's and allocation's accounting.providerId, checked against the target. */
function writeBacks(
	world: World,
	prefix: string,
	documentTarget: (id: string) => string | undefined,
	allocationTarget: (id: string) => Rec | undefined,
): Row[] {
	const rows: Row[] = [];
	for (const d of world.records('officernd', 'payments')) {
		if (!String(d.number).startsWith(prefix)) continue;
		const acc = d.accounting as Rec | null;
		if (acc?.providerId) {
			const points = documentTarget(String(acc.providerId));
			rows.push({
				key: `write-back ${String(d.number)}`,
				value: points === String(d.number) ? 'ok' : `points at ${String(acc.providerId)} (${points ?? 'nothing'})`,
			});
		}
		for (const a of (d.allocations as Rec[] | undefined) ?? []) {
			const id = (a.accounting as Rec | null)?.providerId;
			if (!id) continue;
			const pay = allocationTarget(String(id));
			rows.push({
				key: `write-back ${String(d.number)} allocation`,
				value:
					pay && pay.STATE !== 'Reversed' ? 'ok' : `points at ${String(id)} (${pay ? String(pay.STATE) : 'nothing'})`,
			});
		}
	}
	return rows;
}

/* ------------------------------------------------------------------ OfficeRnD → Intacct credit notes */

const creditNotes: TemplateSpec = {
	file: 'officernd-intacct/credit-notes.json',
	short: 'ornd→int credits',
	start: 'S-ornd-credits',
	workflowName: 'OfficeRnD → Sage Intacct: credit notes and allocations',
	target: 'intacct',
	source: 'officernd',
	writeBack: true,
	readFailureLogged: true,
	// W2 plus one credit note per bulk invoice (10.00 + VAT), three in four allocated to it in full.
	async prepare(world, n) {
		await world2(world, n);
		await world.restore('W2');
		addBulkDocuments(world, 'creditNote');
		world.checkpoint(this.start);
	},
	project(world) {
		const notes = new Map(
			world
				.records('officernd', 'payments')
				.filter((d) => String(d.number).startsWith('CN-B'))
				.map((d) => [String(d._id), String(d.number)]),
		);
		const adjustments = world.records('intacct', 'ARADJUSTMENT').filter((a) => notes.has(String(a.EXTERNALID)));
		const byNo = new Map(adjustments.map((a) => [String(a.RECORDNO), a]));
		const rows: Row[] = adjustments.map((a) => ({
			key: `AR adjustment for ${notes.get(String(a.EXTERNALID))!}`,
			value: `${cents(a.TRX_TOTALENTERED)} ${String(a.STATE)}`,
		}));
		const pays = new Map(world.records('intacct', 'ARPYMT').map((p) => [String(p.RECORDNO), p]));
		rows.push(
			...applications(world, (d) =>
				d.ADJUSTMENTKEY || d.ADJUSTMENTLINEKEY
					? (((x) => x && notes.get(String(x.EXTERNALID)))(byNo.get(String(d.ADJUSTMENTKEY ?? ''))) ??
						`adjustment ${String(d.ADJUSTMENTKEY ?? d.ADJUSTMENTLINEKEY)}`)
					: undefined,
			),
		);
		rows.push(
			...writeBacks(
				world,
				'CN-B',
				(id) => ((x) => x && notes.get(String(x.EXTERNALID)))(byNo.get(id)),
				(id) => pays.get(id),
			),
		);
		return rows;
	},
};

/* ------------------------------------------------------------------ OfficeRnD → Intacct overpayments */

const overpayments: TemplateSpec = {
	file: 'officernd-intacct/overpayments.json',
	short: 'ornd→int overpays',
	start: 'S-ornd-overpays',
	workflowName: 'OfficeRnD → Sage Intacct: overpayments and their allocations',
	target: 'intacct',
	source: 'officernd',
	writeBack: true,
	readFailureLogged: true,
	// W2 plus one overpayment per bulk invoice (20.00), three in four with 15.00 allocated to it.
	async prepare(world, n) {
		await world2(world, n);
		await world.restore('W2');
		addBulkDocuments(world, 'overpayment');
		world.checkpoint(this.start);
	},
	project(world) {
		const ops = world.records('officernd', 'payments').filter((d) => String(d.number).startsWith('OP-B'));
		const numbers = new Set(ops.map((d) => String(d.number)));
		const ids = new Map(ops.map((d) => [String(d._id), String(d.number)]));
		// The advance names its overpayment in DOCNUMBER or DESCRIPTION (number or _id).
		const nameOf = (a: Rec): string | undefined => {
			for (const f of [a.DOCNUMBER, a.DESCRIPTION, a.EXTERNALID]) {
				const s = String(f ?? '');
				const hit = [...numbers].find((x) => s.includes(x)) ?? [...ids.keys()].find((x) => s.includes(x));
				if (hit) return ids.get(hit) ?? hit;
			}
			return undefined;
		};
		const advances = world.records('intacct', 'ARADVANCE').filter((a) => nameOf(a));
		const byNo = new Map(advances.map((a) => [String(a.RECORDNO), a]));
		const rows: Row[] = advances.map((a) => ({
			key: `AR advance for ${nameOf(a)!}`,
			value: `${cents(a.TRX_TOTALENTERED)} ${String(a.STATE)}`,
		}));
		const pays = new Map(world.records('intacct', 'ARPYMT').map((p) => [String(p.RECORDNO), p]));
		rows.push(
			...applications(world, (d) =>
				d.ADVANCEKEY
					? (((x) => (x ? nameOf(x) : undefined))(byNo.get(String(d.ADVANCEKEY))) ?? `advance ${String(d.ADVANCEKEY)}`)
					: undefined,
			),
		);
		rows.push(
			...writeBacks(
				world,
				'OP-B',
				(id) => ((x) => (x ? nameOf(x) : undefined))(byNo.get(id)),
				(id) => pays.get(id),
			),
		);
		return rows;
	},
};

/* ------------------------------------------------------------------ Intacct → OfficeRnD overpayments */

const intacctOverpayments: TemplateSpec = {
	file: 'intacct-officernd/overpayments.json',
	short: 'int→ornd overpays',
	start: 'S-int-ornd-overpays',
	workflowName: 'Sage Intacct → OfficeRnD: overpayments (AR advances) and their allocations',
	target: 'officernd',
	source: 'intacct',
	writeBack: false,
	readFailureLogged: true,
	// W2 plus, entered in Intacct by staff, one AR advance per bulk customer (20.00) and, for three in
	// four, a payment that applies 15.00 of it to the customer's bulk AR invoice.
	async prepare(world, n) {
		if (!world.hasCheckpoint('W2-int-advances')) {
			await world2(world, n);
			await world.restore('W2');
			await staffAdvances(world);
			world.checkpoint('W2-int-advances');
		}
		await world.restore('W2-int-advances');
		await staffApplications(world);
		world.checkpoint(this.start);
	},
	project(world) {
		const invoices = new Map(
			world
				.records('officernd', 'payments')
				.filter((d) => String(d.number).startsWith('INV-B'))
				.map((d) => [String(d._id), String(d.number)]),
		);
		const advances = new Map(
			world
				.records('intacct', 'ARADVANCE')
				.filter((a) => String(a.DOCNUMBER ?? '').startsWith('ADV-B'))
				.map((a) => [String(a.RECORDNO), String(a.DOCNUMBER)]),
		);
		const rows: Row[] = [];
		for (const d of world.records('officernd', 'payments')) {
			// A voided copy (the later of two written by overlapping runs, voided by its writer) is not an overpayment.
			if (d.documentType !== 'overpayment' || d.status === 'voided') continue;
			const adv = advances.get(String((d.accounting as Rec | null)?.providerId ?? ''));
			if (!adv) continue;
			rows.push({ key: `overpayment for ${adv}`, value: `${cents(d.total)} ${String(d.status)}` });
			for (const a of (d.allocations as Rec[] | undefined) ?? []) {
				rows.push({
					key: `allocation of ${adv} to ${invoices.get(String(a.target)) ?? String(a.target)}`,
					value: `${cents(a.amount)} ${(a.accounting as Rec | null)?.providerId ? 'synced' : 'no status'}`,
				});
			}
		}
		return rows;
	},
};

/** One AR advance of 20.00 per bulk customer, entered in Intacct (DOCNUMBER ADV-B…). */
async function staffAdvances(world: World): Promise<void> {
	const numbers = bulkInvoiceNumbers(world);
	const list = world
		.records('intacct', 'ARINVOICE')
		.filter((i) => numbers.has(String(i.RECORDID)))
		.sort((a, b) => String(a.RECORDID).localeCompare(String(b.RECORDID)));
	for (let i = 0; i < list.length; i += 50) {
		const fns = list.slice(i, i + 50).map((inv) => {
			const n = String(inv.RECORDID).replace('INV-B', '');
			return `<create><ARADVANCE>${xml({
				CUSTOMERID: String(inv.CUSTOMERID),
				PAYMENTMETHOD: 'EFT',
				FINANCIALENTITY: 'BARC-GBP',
				RECEIPTDATE: '03/26/2025',
				PAYMENTDATE: '03/26/2025',
				DOCNUMBER: `ADV-B${n}`,
				DESCRIPTION: `Paid twice B${n}`,
				CURRENCY: 'GBP',
				ARADVANCEITEMS: { ARADVANCEITEM: [{ ACCOUNTNO: '2400', TRX_AMOUNT: '20.00', LOCATIONID: 'UK-LON' }] },
			})}</ARADVANCE></create>`;
		});
		await world.intacctCall(fns);
	}
}

/** For three in four advances: a payment applying 15.00 of it to the customer's bulk invoice. */
async function staffApplications(world: World): Promise<void> {
	const numbers = bulkInvoiceNumbers(world);
	const invoices = new Map(
		world
			.records('intacct', 'ARINVOICE')
			.filter((i) => numbers.has(String(i.RECORDID)))
			.map((i) => [String(i.RECORDID).replace('INV-B', ''), i]),
	);
	const advances = world
		.records('intacct', 'ARADVANCE')
		.filter((a) => String(a.DOCNUMBER ?? '').startsWith('ADV-B'))
		.sort((a, b) => String(a.DOCNUMBER).localeCompare(String(b.DOCNUMBER)));
	const fns: string[] = [];
	advances.forEach((adv, k) => {
		if ((k + 1) % 4 === 0) return;
		const inv = invoices.get(String(adv.DOCNUMBER).replace('ADV-B', ''));
		if (!inv) return;
		fns.push(
			`<create><ARPYMT>${xml({
				PAYMENTMETHOD: 'EFT',
				FINANCIALENTITY: 'BARC-GBP',
				CUSTOMERID: String(inv.CUSTOMERID),
				RECEIPTDATE: '03/27/2025',
				PAYMENTDATE: '03/27/2025',
				CURRENCY: 'GBP',
				ARPYMTDETAILS: {
					ARPYMTDETAIL: [
						{ RECORDKEY: String(inv.RECORDNO), ADVANCEKEY: String(adv.RECORDNO), TRX_POSTEDADVANCEAMOUNT: '15.00' },
					],
				},
			})}</ARPYMT></create>`,
		);
	});
	for (let i = 0; i < fns.length; i += 50) await world.intacctCall(fns.slice(i, i + 50));
}

// Not in the suite: officernd-intacct/invoices-csv.json writes to no system (it builds a CSV file in
// the run's output), so there is no target to compare, duplicate or lose.
export const orndSpecs: TemplateSpec[] = [creditNotes, overpayments, intacctOverpayments];
