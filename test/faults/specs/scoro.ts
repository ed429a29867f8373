/**
 * Fault-suite specs of the Scoro templates that were not in the suite yet (helper C): Scoro → Intacct
 * bills and receipts, Intacct → Scoro bills and background items. Start states are chains from W0 /
 * W0-scoro (templates.ts); records the templates read are entered as staff would: Scoro records
 * through Scoro's API (POST /scoro/api/v2/<module>/modify), Intacct records through the XML gateway.
 * Projections are by natural key + amounts.
 */
import type { Row, TemplateSpec } from '../templates';
import { chainedWorld, cents, runSetup, world0 } from '../templates';
import type { Fields } from '../../../sandbox/core/store';
import type { Rec, World } from '../world';
import { xml } from '../world';

/** One call to the sandbox's Scoro API as staff (the sandbox's company API key). */
async function scoroCall(world: World, module: string, action: string, request: Rec): Promise<Rec> {
	const res = await fetch(`${world.sandbox.systemUrl('scoro')}/api/v2/${module}/${action}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			apiKey: 'ScoroAPI_sandbox_0123456789abcdef',
			company_account_id: 'sandbox',
			lang: 'eng',
			request,
		}),
	});
	const text = await res.text();
	if (res.status !== 200) throw new Error(`Scoro ${module}/${action}: ${res.status} ${text.slice(0, 400)}`);
	return (JSON.parse(text) as { data: Rec }).data;
}

const isBulkBill = (no: unknown) => String(no ?? '').startsWith('BULK-SB-');
const billNo = (i: number) => `BULK-SB-${String(i).padStart(5, '0')}`;

/** n Scoro bills of the two mapped suppliers (contacts 3 and 4), dated in the template's window, one line each. */
async function scoroBills(world: World, n: number): Promise<void> {
	for (let i = 1; i <= n; i++) {
		const day = String(2 + (i % 27)).padStart(2, '0');
		await scoroCall(world, 'bills', 'modify', {
			no: billNo(i),
			company_id: i % 2 ? 4 : 3,
			date: `2026-09-${day}`,
			deadline: '2026-10-31',
			currency: 'GBP',
			currency_rate: 1,
			status: 'unpaid',
			payment_type: 'banktransfer',
			reference_no: billNo(i),
			description: `Bulk bill ${i}`,
			project_id: null,
			is_chargeable: false,
			lines: [
				{
					comment: `Supplies B${i}`,
					price: 50 + ((i * 37) % 400),
					amount: 1 + (i % 3),
					unit: 'pcs',
					discount: 0,
					finance_account_id: 3,
					vat_code_id: 1,
					finance_object_id: 3,
				},
			],
		});
	}
}

/* ------------------------------------------------------------------ Scoro → Intacct bills */

const scoroToIntacctBills: TemplateSpec = {
	file: 'scoro-intacct/bills.json',
	short: 'scoro→int bills',
	readFailureLogged: true,
	start: 'S-scoro-int-bills',
	workflowName: 'Scoro → Sage Intacct: bills',
	target: 'intacct',
	source: 'scoro',
	writeBack: false,
	// W0 plus n bills entered in Scoro (staff, through the API).
	async prepare(world, n) {
		if (world.hasCheckpoint(this.start)) return;
		await world0(world, n);
		await world.restore('W0');
		await scoroBills(world, n);
		world.checkpoint(this.start);
	},
	project(world) {
		return world
			.records('intacct', 'APBILL')
			.filter((b) => isBulkBill(b.RECORDID))
			.map((b) => ({
				key: `AP bill ${String(b.VENDORID)} ${String(b.RECORDID)}`,
				value: `${cents(b.TRX_TOTALENTERED ?? b.TOTALENTERED)} ${String(b.STATE)}`,
			}));
	},
	// Every Intacct AP bill is read to find the ones there already: 1,000 more make it two pages.
	async pagedRead(world) {
		const store = world.store('intacct');
		const sample = world.records('intacct', 'APBILL')[0]!;
		const base = store.get('APBILL', String(sample._id))!.fields;
		for (let i = 1; i <= 1000; i++)
			store.insert(
				'APBILL',
				{ ...base, RECORDID: `OLD-AP-${i}` },
				{ createdAt: '2024-01-01T00:00:00.000Z', modifiedAt: '2024-01-01T00:00:00.000Z' },
			);
	},
	// 5,000 Scoro bills synced by earlier runs (each one in Intacct under its number, as the template
	// writes it), in the template's date window, so every read and check has to cover them.
	async priors(world, count) {
		const scoro = world.store('scoro');
		const intacct = world.store('intacct');
		const sampleBill = scoro.list('bills').find((b) => isBulkBill(b.fields.no))!;
		const sampleAp = world.records('intacct', 'APBILL').find((b) => !isBulkBill(b.RECORDID))!;
		const apBase = intacct.get('APBILL', String(sampleAp._id))!.fields;
		const old = '2026-09-02T08:00:00.000Z';
		for (let i = 1; i <= count; i++) {
			const no = `PRIOR-SB-${i}`;
			scoro.insert(
				'bills',
				{ ...sampleBill.fields, no, reference_no: no, company_id: 4 },
				{ createdAt: old, modifiedAt: old },
			);
			intacct.insert('APBILL', { ...apBase, RECORDID: no, VENDORID: 'V-0002' }, { createdAt: old, modifiedAt: old });
		}
	},
};

/* ------------------------------------------------------------------ Scoro → Intacct receipts */

const scoroIds = (w: World) =>
	new Set(
		w
			.records('scoro', 'invoices')
			.filter((r) => Number(r.no) > 20000)
			.map((r) => String(r._id)),
	);

/** W0 after scoro-intacct/invoices.json ran once (same checkpoint as templates.ts's receipts spec). */
// Made on first use: this file and templates.ts import each other.
const world0Scoro = (world: World, n: number) =>
	chainedWorld('W0-scoro', world0, 'W0', 'scoro-intacct/invoices.json')(world, n);

const scoroToIntacctReceipts: TemplateSpec = {
	file: 'scoro-intacct/receipts.json',
	short: 'scoro→int receipts',
	readFailureLogged: true,
	start: 'S-scoro-int-receipts',
	workflowName: 'Scoro → Sage Intacct: receipts → AR and AP payments',
	target: 'intacct',
	source: 'scoro',
	writeBack: false,
	// W0-scoro with the Draft AR invoices posted by staff, plus one Scoro receipt per bulk invoice (a
	// quarter of its total), entered in Scoro through the API.
	async prepare(world, n) {
		if (world.hasCheckpoint(this.start)) return;
		await world0Scoro(world, n);
		await world.restore('W0-scoro');
		const ids = scoroIds(world);
		const istore = world.store('intacct');
		for (const inv of world
			.records('intacct', 'ARINVOICE')
			.filter((i) => ids.has(String(i.EXTERNALID)) && i.STATE === 'Draft')) {
			istore.update('ARINVOICE', String(inv._id), { STATE: 'Posted' });
		}
		for (const inv of world.records('scoro', 'invoices').filter((r) => ids.has(String(r._id)))) {
			const sum = Math.floor((Number(inv.sum) + Number(inv.vat_sum ?? 0)) * 25) / 100;
			await scoroCall(world, 'receipts', 'modify', {
				date: '2026-10-12',
				contact_id: 1,
				currency: 'GBP',
				sales_doc_type: 'invoices',
				receipt_account_id: 1,
				receipts: [{ date: '2026-10-12', invoice_id: Number(inv._id), prepayment_id: null, sum }],
			});
		}
		world.checkpoint(this.start);
	},
	project(world) {
		const ids = scoroIds(world);
		const invoices = new Map(
			world
				.records('intacct', 'ARINVOICE')
				.filter((i) => ids.has(String(i.EXTERNALID)))
				.map((i) => [String(i.RECORDNO), String(i.RECORDID ?? i.EXTERNALID)]),
		);
		const pays = new Map(world.records('intacct', 'ARPYMT').map((p) => [String(p.RECORDNO), p]));
		const rows: Row[] = [];
		for (const d of world.records('intacct', 'ARPYMTDETAIL')) {
			const inv = invoices.get(String(d.RECORDKEY));
			const p = pays.get(String(d.PAYMENTKEY));
			// The 5,000 earlier receipts of the priors scenario are history, not this run's output.
			if (!inv || !p || String(p.DOCNUMBER ?? '').startsWith('PRIOR-')) continue;
			// Every payment counts, reversed ones too: a reversal and a second post is a duplicate write.
			rows.push({
				key: `AR payment on ${inv} ${String(p.PAYMENTDATE)}`,
				value: `${cents(d.TRX_PAYMENTAMOUNT)} of ${cents(p.TRX_TOTALENTERED)} ${String(p.STATE)}`,
			});
		}
		return rows;
	},
	// 5,000 Scoro receipts synced by earlier runs: each is an Intacct AR payment written from it
	// (memo "Scoro receipt <id>") on a seed invoice's AR invoice, in the template's date window.
	async priors(world, count) {
		const scoro = world.store('scoro');
		const intacct = world.store('intacct');
		const pay = world.records('intacct', 'ARPYMT')[0];
		const inv = world.records('intacct', 'ARINVOICE').find((i) => scoroIds(world).has(String(i.EXTERNALID)))!;
		const scoroInvoiceId = Number(inv.EXTERNALID);
		const at = '2026-09-20T10:00:00.000Z';
		for (let i = 1; i <= count; i++) {
			const g = scoro.insert(
				'receipts',
				{
					date: '2026-09-20',
					contact_id: 1,
					sum: 0.01,
					currency: 'GBP',
					sales_doc_type: 'invoices',
					receipt_account_id: 1,
					receipts: [
						{ receipt_id: 900000 + i, date: '2026-09-20', invoice_id: scoroInvoiceId, prepayment_id: null, sum: 0.01 },
					],
				},
				{ createdAt: at, modifiedAt: at },
			);
			const p = intacct.insert(
				'ARPYMT',
				{
					...(pay ? intacct.get('ARPYMT', String(pay._id))!.fields : {}),
					CUSTOMERID: String(inv.CUSTOMERID),
					PAYMENTMETHOD: 'EFT',
					FINANCIALENTITY: 'BARC-GBP',
					PAYMENTDATE: '09/20/2026',
					RECEIPTDATE: '09/20/2026',
					DOCNUMBER: `PRIOR-${i}`,
					DESCRIPTION: `Scoro receipt ${g.id}`,
					CURRENCY: 'GBP',
					TRX_TOTALENTERED: '0.01',
					TOTALENTERED: '0.01',
					STATE: 'Posted',
				},
				{ createdAt: at, modifiedAt: at },
			);
			intacct.insert(
				'ARPYMTDETAIL',
				{ PAYMENTKEY: p.id, RECORDKEY: String(inv.RECORDNO), TRX_PAYMENTAMOUNT: '0.01' },
				{ createdAt: at, modifiedAt: at },
			);
		}
	},
};

/* ------------------------------------------------------------------ Intacct → Scoro bills */

const apNo = (i: number) => `BULK-IB-${String(i).padStart(5, '0')}`;
const syncedCopy = new Map<string, Fields>();

const intacctToScoroBills: TemplateSpec = {
	file: 'intacct-scoro/bills.json',
	short: 'int→scoro bills',
	readFailureLogged: true,
	start: 'S-int-scoro-bills',
	workflowName: 'Sage Intacct → Scoro: bills, filtered by status',
	target: 'scoro',
	source: 'intacct',
	writeBack: false,
	// W0 plus n AP bills entered in Intacct by staff (vendor V-0002, one taxed line each).
	async prepare(world, n) {
		if (world.hasCheckpoint(this.start)) return;
		await world0(world, n);
		await world.restore('W0');
		for (let i = 0; i < n; i += 50) {
			const fns: string[] = [];
			for (let k = i + 1; k <= Math.min(n, i + 50); k++) {
				const amount = 40 + ((k * 37) % 500);
				fns.push(
					`<create><APBILL>${xml({
						RECORDID: apNo(k),
						VENDORID: 'V-0002',
						WHENCREATED: '03/02/2025',
						WHENDUE: '04/01/2025',
						DESCRIPTION: `Bulk supplier bill ${k}`,
						CURRENCY: 'GBP',
						APBILLITEMS: {
							APBILLITEM: [
								{
									ACCOUNTNO: '6200',
									TRX_AMOUNT: amount.toFixed(2),
									ENTRYDESCRIPTION: `Cleaning B${k}`,
									LOCATIONID: 'UK-LON',
									DEPARTMENTID: 'FAC',
									TAXENTRIES: {
										TAXENTRY: [{ DETAILID: 'UK Purchase Goods Standard Rate', TRX_TAX: (amount * 0.2).toFixed(2) }],
									},
								},
							],
						},
					})}</APBILL></create>`,
				);
			}
			await world.intacctCall(fns);
		}
		world.checkpoint(this.start);
		// The Scoro copy the template writes of one bulk bill (for priors): one run, then back.
		await runSetup(world, this.file);
		const copy = world
			.store('scoro')
			.list('bills')
			.find((b) => String(b.fields.no) === apNo(1));
		if (copy) syncedCopy.set('bill', copy.fields);
		await world.restore(this.start);
	},
	project(world) {
		return world
			.records('scoro', 'bills')
			.filter((b) => String(b.no ?? '').startsWith('BULK-IB-') && !b.is_deleted)
			.map((b) => ({
				key: `bill ${String(b.no)}`,
				value: `${cents(Number(b.sum) + Number(b.vat_sum ?? 0))} ${String(b.company_id)} ${String(b.status)} lines ${((b.lines as Rec[] | undefined) ?? []).length}`,
			}));
	},
	async pagedRead(world) {
		const store = world.store('intacct');
		const sample = world.records('intacct', 'APBILL').find((b) => String(b.RECORDID).startsWith('BULK-IB-'))!;
		const base = store.get('APBILL', String(sample._id))!.fields;
		// Old bills (before the Start Date): read with the list, then left out by date.
		for (let i = 1; i <= 1000; i++)
			store.insert(
				'APBILL',
				{ ...base, RECORDID: `OLD-AP-${i}`, WHENCREATED: '01/02/2024' },
				{ createdAt: '2024-01-02T00:00:00.000Z', modifiedAt: '2024-01-02T00:00:00.000Z' },
			);
	},
	// 5,000 Intacct bills synced to Scoro by earlier runs (the Scoro copy equal to what the template
	// writes), not modified since.
	async priors(world, count) {
		const intacct = world.store('intacct');
		const scoro = world.store('scoro');
		const sampleAp = world.records('intacct', 'APBILL').find((b) => b.RECORDID === apNo(1))!;
		const apFields = intacct.get('APBILL', String(sampleAp._id))!.fields;
		const lines = world.records('intacct', 'APBILLITEM').filter((l) => String(l.RECORDKEY) === String(sampleAp._id));
		const old = '2025-03-01T08:00:00.000Z';
		const copy = syncedCopy.get('bill');
		if (!copy || sampleAp.RECORDID !== apNo(1))
			throw new Error('priors: no Scoro copy of the first bulk bill was captured in prepare');
		for (let i = 1; i <= count; i++) {
			const no = `PRIOR-IB-${i}`;
			const ap = intacct.insert('APBILL', { ...apFields, RECORDID: no }, { createdAt: old, modifiedAt: old });
			for (const l of lines) {
				const { _id, RECORDNO, _modifiedAt, ...f } = l;
				void _id;
				void RECORDNO;
				void _modifiedAt;
				intacct.insert(
					'APBILLITEM',
					{ ...(f as Record<string, never>), RECORDKEY: ap.id },
					{ createdAt: old, modifiedAt: old },
				);
			}
			scoro.insert('bills', { ...copy, no, reference_no: no }, { createdAt: old, modifiedAt: old });
		}
	},
};

/* ------------------------------------------------------------------ Intacct → Scoro background items */

const intacctToScoroBackground: TemplateSpec = {
	file: 'intacct-scoro/background-items.json',
	short: 'int→scoro backgr.',
	readFailureLogged: true,
	start: 'S-int-scoro-background',
	workflowName: 'Sage Intacct → Scoro: background items (tax details, GL accounts, dimensions)',
	target: 'scoro',
	source: 'intacct',
	writeBack: false,
	// W0 plus n GL accounts entered in Intacct by staff.
	async prepare(world, n) {
		if (world.hasCheckpoint(this.start)) return;
		await world0(world, n);
		await world.restore('W0');
		const fns: string[] = [];
		for (let k = 1; k <= n; k++) {
			fns.push(
				`<create><GLACCOUNT>${xml({ ACCOUNTNO: String(7000 + k), TITLE: `Bulk expense ${k}`, ACCOUNTTYPE: 'incomestatement', NORMALBALANCE: 'debit', CLOSINGTYPE: 'closing account', CLOSINGACCOUNTNO: '3000' })}</GLACCOUNT></create>`,
			);
		}
		for (let i = 0; i < fns.length; i += 50) await world.intacctCall(fns.slice(i, i + 50));
		world.checkpoint(this.start);
	},
	project(world) {
		const rows: Row[] = [];
		for (const a of world.records('scoro', 'financeAccounts')) {
			if (a.is_deleted) continue;
			rows.push({
				key: `finance account ${String(a.account_symbol)}`,
				value: `${String(a.name)} active ${String(a.is_active)}`,
			});
		}
		for (const v of world.records('scoro', 'vatCodes')) {
			if (v.is_deleted) continue;
			rows.push({ key: `tax rate ${String(v.vat_code)}`, value: `${String(v.percent)} active ${String(v.is_active)}` });
		}
		return rows;
	},
};

export const SCORO_SPECS: TemplateSpec[] = [
	scoroToIntacctBills,
	scoroToIntacctReceipts,
	intacctToScoroBills,
	intacctToScoroBackground,
];
