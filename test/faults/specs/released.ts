/**
 * Helper B: the Re-Leased templates in the fault suite (Intacct → Re-Leased: invoices, payments,
 * credit notes, contacts, master data; Re-Leased → Intacct: contacts, credit notes). Start states are
 * W0 / W0-rl (templates.ts) plus records entered in the source as its users would; projections are by
 * natural key + amounts + state.
 *
 * The Re-Leased sandbox's refusal of a repeated invoice / credit-note / adjustment number is an
 * ASSUMED rule (released-api.md): every Intacct → Re-Leased start state switches it off, so that the
 * overlap rows prove the connector's own mechanism (ReLeasedClient.createOnce), not that refusal.
 */
import type { Row, TemplateSpec } from '../templates';
import { cents, world0, world0Released } from '../templates';
import type { Rec, World } from '../world';

const AT = '2024-06-01T09:00:00.000Z';
const pad = (k: number) => String(k).padStart(5, '0');
/** The three Intacct customers the templates' mapping tables link to Re-Leased contacts. */
const CUSTOMERS = [
	{ id: 'C-0001', contact: 'con_1', location: 'US-NYC' },
	{ id: 'C-0009', contact: 'con_2', location: 'US-SF' },
	{ id: 'C-0011', contact: 'con_3', location: 'US' },
];

async function uniqueNumbersOff(world: World): Promise<void> {
	await world.admin('POST', '/released/unique-numbers', { on: false });
}

/** n AR invoices entered in Intacct (no external ID), in the Re-Leased company's currency. */
function intacctInvoices(world: World, n: number): void {
	const store = world.store('intacct');
	for (let k = 1; k <= n; k++) {
		const c = CUSTOMERS[k % CUSTOMERS.length]!;
		const amount = (100 + k * 7.31).toFixed(2);
		const h = store.insert(
			'ARINVOICE',
			{
				RECORDID: `IAB-${pad(k)}`,
				CUSTOMERID: c.id,
				DOCNUMBER: `Bulk service charge ${k}`,
				DESCRIPTION: 'Service charge',
				EXTERNALID: '',
				STATE: 'Posted',
				MODULEKEY: '4.AR',
				WHENCREATED: '06/01/2024',
				WHENDUE: '06/30/2024',
				CURRENCY: 'NZD',
				BASECURR: 'USD',
				EXCHANGE_RATE: '0.6',
				TRX_TOTALENTERED: amount,
				TRX_TOTALDUE: amount,
				TRX_TOTALPAID: '0.00',
				TOTALENTERED: amount,
				TOTALDUE: amount,
				TOTALPAID: '0.00',
			},
			{ createdAt: AT, modifiedAt: AT },
		);
		store.insert('ARINVOICEITEM', {
			RECORDKEY: h.id,
			LINE_NO: '1',
			ACCOUNTNO: '4100',
			ENTRYDESCRIPTION: `Service charge ${k}`,
			LOCATIONID: c.location,
			AMOUNT: amount,
			TRX_AMOUNT: amount,
			TRX_TOTALDUE: amount,
			TAXENTRIES: '',
		});
	}
}

const live = (r: Rec) => r.status !== 'Voided';

const intacctReleasedInvoices: TemplateSpec = {
	file: 'intacct-released/invoices.json',
	short: 'int→rl invoices',
	readFailureLogged: true,
	start: 'S-int-rl-invoices',
	workflowName: 'Sage Intacct → Re-Leased: invoices',
	target: 'released',
	source: 'intacct',
	writeBack: false,
	async prepare(world, n) {
		await world0(world, n);
		await world.restore('W0');
		intacctInvoices(world, n);
		await uniqueNumbersOff(world);
		world.checkpoint(this.start);
	},
	project(world) {
		// Live records only: a later copy voided by the run that wrote it is taken back.
		return world
			.records('released', 'invoice')
			.filter((r) => String(r.invoiceNumber).startsWith('IAB-') && live(r))
			.map((r) => ({
				key: `invoice ${String(r.invoiceNumber)} ${String(r.type)} ${String(r.contactId)}`,
				value: `${cents(r.total)} ${String(r.status)}`,
			}));
	},
};

const intacctReleasedPayments: TemplateSpec = {
	file: 'intacct-released/payments.json',
	short: 'int→rl payments',
	readFailureLogged: true,
	start: 'S-int-rl-payments',
	workflowName: 'Sage Intacct → Re-Leased: AR and AP payments',
	target: 'released',
	source: 'intacct',
	writeBack: false,
	// W0-rl (the bulk Re-Leased invoices are AR invoices in Intacct) plus one AR payment entered in
	// Intacct on each (a fifth of its total), as staff record a bank receipt.
	async prepare(world, n) {
		await world0Released(world, n);
		await world.restore('W0-rl');
		const store = world.store('intacct');
		const rl = new Map(world.records('released', 'invoice').map((r) => [String(r._id), r]));
		const invoices = world
			.records('intacct', 'ARINVOICE')
			.filter((i) => /^INV-5\d{4}$/.test(String(rl.get(String(i.EXTERNALID))?.invoiceNumber ?? '')));
		invoices.forEach((inv, k) => {
			const amount = (Math.floor(Number(inv.TRX_TOTALENTERED ?? inv.TOTALENTERED) * 20) / 100).toFixed(2);
			const p = store.insert(
				'ARPYMT',
				{
					CUSTOMERID: String(inv.CUSTOMERID),
					STATE: 'Posted',
					CURRENCY: String(inv.CURRENCY ?? 'NZD'),
					BASECURR: 'USD',
					PAYMENTMETHOD: 'EFT',
					RECEIPTDATE: '07/15/2024',
					PAYMENTDATE: '07/15/2024',
					DOCNUMBER: `IAPAY-${pad(k + 1)}`,
					TRX_TOTALENTERED: amount,
					TOTALENTERED: amount,
				},
				{ createdAt: '2024-07-15T09:00:00.000Z', modifiedAt: '2024-07-15T09:00:00.000Z' },
			);
			store.insert('ARPYMTDETAIL', {
				PAYMENTKEY: p.id,
				RECORDKEY: String(inv.RECORDNO),
				TRX_PAYMENTAMOUNT: amount,
				PAYMENTAMOUNT: amount,
			});
		});
		world.checkpoint(this.start);
	},
	project(world) {
		const numbers = new Map(world.records('released', 'invoice').map((r) => [String(r._id), String(r.invoiceNumber)]));
		const rows: Row[] = world
			.records('released', 'payment')
			.filter((p) => String(p.reference ?? '').startsWith('IAPAY-'))
			.map((p) => ({
				key: `payment ${String(p.reference)} on ${numbers.get(String(p.invoiceId)) ?? String(p.invoiceId)} ${String(p.date)}`,
				value: cents(p.amount),
			}));
		// What the payments did to the invoices they were applied to.
		for (const r of world.records('released', 'invoice')) {
			if (!/^INV-5\d{4}$/.test(String(r.invoiceNumber))) continue;
			rows.push({ key: `invoice ${String(r.invoiceNumber)} due`, value: `${cents(r.amountDue)} ${String(r.status)}` });
		}
		return rows;
	},
};

const intacctReleasedCreditNotes: TemplateSpec = {
	file: 'intacct-released/credit-notes.json',
	short: 'int→rl credit notes',
	readFailureLogged: true,
	start: 'S-int-rl-credit-notes',
	workflowName: 'Sage Intacct → Re-Leased: credit and debit memos',
	target: 'released',
	source: 'intacct',
	writeBack: false,
	// W0 plus n credit memos (AR adjustments) entered in Intacct.
	async prepare(world, n) {
		await world0(world, n);
		await world.restore('W0');
		const store = world.store('intacct');
		for (let k = 1; k <= n; k++) {
			const c = CUSTOMERS[k % CUSTOMERS.length]!;
			const amount = (20 + k * 1.13).toFixed(2);
			const memo = store.insert(
				'ARADJUSTMENT',
				{
					RECORDID: `CMB-${pad(k)}`,
					CUSTOMERID: c.id,
					DOCNUMBER: `Rent relief ${k}`,
					DESCRIPTION: 'Rent relief',
					EXTERNALID: '',
					STATE: 'Posted',
					CURRENCY: 'NZD',
					BASECURR: 'USD',
					TRX_TOTALENTERED: `-${amount}`,
					TOTALENTERED: `-${amount}`,
					TRX_TOTALDUE: `-${amount}`,
				},
				{ createdAt: AT, modifiedAt: AT },
			);
			store.insert('ARADJUSTMENTITEM', {
				RECORDKEY: memo.id,
				LINE_NO: '1',
				ACCOUNTNO: '4100',
				ENTRYDESCRIPTION: `Rent relief ${k}`,
				LOCATIONID: c.location,
				TRX_AMOUNT: `-${amount}`,
				AMOUNT: `-${amount}`,
				TAXENTRIES: '',
			});
		}
		await uniqueNumbersOff(world);
		world.checkpoint(this.start);
	},
	project(world) {
		return world
			.records('released', 'creditNote')
			.filter((r) => String(r.creditNoteNumber).startsWith('CMB-'))
			.map((r) => ({
				key: `credit note ${String(r.creditNoteNumber)} ${String(r.type)} ${String(r.contactId)}`,
				value: `${cents(r.total)} ${String(r.status)}`,
			}));
	},
};

const intacctReleasedContacts: TemplateSpec = {
	file: 'intacct-released/contacts.json',
	short: 'int→rl contacts',
	readFailureLogged: true,
	start: 'S-int-rl-contacts',
	workflowName: 'Sage Intacct → Re-Leased: contacts',
	target: 'released',
	source: 'intacct',
	writeBack: false,
	// W0 plus n customers entered in Intacct (creates); the seed customers are created the first time too.
	async prepare(world, n) {
		await world0(world, n);
		await world.restore('W0');
		const store = world.store('intacct');
		for (let k = 1; k <= n; k++) {
			store.insert(
				'CUSTOMER',
				{
					CUSTOMERID: `CB-${pad(k)}`,
					NAME: `Bulk Tenant ${pad(k)} Ltd`,
					STATUS: 'active',
					PRINTAS: `Bulk Tenant ${pad(k)}`,
					EMAIL1: `accounts${k}@bulk-tenant.example`,
					PHONE1: `+64 9 555 ${pad(k)}`,
					CURRENCY: 'NZD',
				},
				{ createdAt: AT, modifiedAt: AT },
			);
		}
		world.checkpoint(this.start);
	},
	project(world) {
		return world
			.records('released', 'contact')
			.filter((r) => String(r.name).startsWith('Bulk Tenant '))
			.map((r) => ({ key: `contact ${String(r.name)}`, value: `${String(r.email ?? '')} ${String(r.status ?? '')}` }));
	},
};

const intacctReleasedMasterData: TemplateSpec = {
	file: 'intacct-released/master-data.json',
	short: 'int→rl master data',
	readFailureLogged: true,
	start: 'S-int-rl-master',
	workflowName: 'Sage Intacct → Re-Leased: dimensions, tax details and accounts',
	target: 'released',
	source: 'intacct',
	writeBack: false,
	// W0 plus n GL accounts entered in Intacct.
	async prepare(world, n) {
		await world0(world, n);
		await world.restore('W0');
		const store = world.store('intacct');
		const sample =
			world.records('intacct', 'GLACCOUNT').find((a) =>
				String(a.ACCOUNTTYPE ?? '')
					.toLowerCase()
					.includes('income'),
			) ?? world.records('intacct', 'GLACCOUNT')[0]!;
		const base = { ...store.get('GLACCOUNT', String(sample._id))!.fields };
		for (let k = 1; k <= n; k++)
			store.insert(
				'GLACCOUNT',
				{ ...base, ACCOUNTNO: String(7000 + k), TITLE: `Bulk income ${pad(k)}`, STATUS: 'active' },
				{ createdAt: AT, modifiedAt: AT },
			);
		world.checkpoint(this.start);
	},
	project(world) {
		const rows: Row[] = [];
		// A later copy archived by the run that wrote it (two runs at once) is taken back: an archived
		// record counts only when no live one has its key.
		const add = (collection: string, key: (r: Rec) => string, value: (r: Rec) => string) => {
			const all = world.records('released', collection);
			const liveKeys = new Set(all.filter((r) => r.status !== 'Archived').map(key));
			for (const r of all)
				if (r.status !== 'Archived' || !liveKeys.has(key(r))) rows.push({ key: key(r), value: value(r) });
		};
		add(
			'account',
			(r) => `account ${String(r.code)}`,
			(r) => `${String(r.name)} ${String(r.type)} ${String(r.status)}`,
		);
		add(
			'taxType',
			(r) => `tax type ${String(r.name)}`,
			(r) => `${String(r.rate)} ${String(r.status)}`,
		);
		add(
			'trackingOption',
			(r) => `tracking ${String(r.category)}/${String(r.name)}`,
			(r) => String(r.status),
		);
		return rows;
	},
};

const releasedIntacctContacts: TemplateSpec = {
	file: 'released-intacct/contacts.json',
	short: 'rl→int contacts',
	readFailureLogged: true,
	start: 'S-rl-int-contacts',
	workflowName: 'Re-Leased → Sage Intacct: new contacts',
	target: 'intacct',
	source: 'released',
	writeBack: false,
	// W0 plus n tenants added in Re-Leased.
	async prepare(world, n) {
		await world0(world, n);
		await world.restore('W0');
		const store = world.store('released');
		for (let k = 1; k <= n; k++) {
			store.insert(
				'contact',
				{
					name: `Bulk Lessee ${pad(k)} Ltd`,
					correspondenceName: `Bulk Lessee ${pad(k)}`,
					email: `ap${k}@bulk-lessee.example`,
					status: 'Active',
				},
				{ createdAt: AT, modifiedAt: AT },
			);
		}
		world.checkpoint(this.start);
	},
	project(world) {
		return world
			.records('intacct', 'CUSTOMER')
			.filter((c) => String(c.CUSTOMERID).startsWith('RL-'))
			.map((c) => ({ key: `customer ${String(c.CUSTOMERID)} ${String(c.NAME)}`, value: String(c.STATUS ?? '') }));
	},
};

const releasedIntacctCreditNotes: TemplateSpec = {
	file: 'released-intacct/credit-notes.json',
	short: 'rl→int credit notes',
	readFailureLogged: true,
	start: 'S-rl-int-credit-notes',
	workflowName: 'Re-Leased → Sage Intacct: credit notes',
	target: 'intacct',
	source: 'released',
	writeBack: false,
	// W0-rl plus one approved credit note per bulk income invoice (a tenth of its total), as property
	// managers credit tenants.
	async prepare(world, n) {
		await world0Released(world, n);
		await world.restore('W0-rl');
		const store = world.store('released');
		const bulk = world.records('released', 'invoice').filter((r) => /^INV-5\d{4}$/.test(String(r.invoiceNumber)));
		bulk.forEach((inv, k) => {
			const line = ((inv.lines as Rec[] | undefined) ?? [])[0] ?? {};
			const amount = Math.floor(Number(line.amountExclTax ?? 10) * 10) / 100;
			const total = Math.round(amount * 1.15 * 100) / 100;
			store.insert(
				'creditNote',
				{
					creditNoteNumber: `CN-B${pad(k + 1)}`,
					type: 'Income',
					status: 'Approved',
					contactId: String(inv.contactId),
					invoiceId: String(inv._id),
					issueDate: '2024-07-01',
					reference: `Credit on ${String(inv.invoiceNumber)}`,
					currency: 'NZD',
					lines: [
						{
							...line,
							description: 'Rent credit',
							amountExclTax: amount,
							taxAmount: Math.round(amount * 0.15 * 100) / 100,
						},
					],
					totalTax: Math.round(amount * 0.15 * 100) / 100,
					total,
					remainingCredit: total,
				},
				{ createdAt: AT, modifiedAt: AT },
			);
		});
		world.checkpoint(this.start);
	},
	project(world) {
		const ids = new Map(
			world
				.records('released', 'creditNote')
				.filter((r) => String(r.creditNoteNumber).startsWith('CN-B'))
				.map((r) => [String(r._id), String(r.creditNoteNumber)]),
		);
		return world
			.records('intacct', 'ARADJUSTMENT')
			.filter((a) => ids.has(String(a.EXTERNALID)))
			.map((a) => ({
				key: `AR adjustment ${String(a.RECORDID)} ext ${ids.get(String(a.EXTERNALID))}`,
				value: `${cents(a.TRX_TOTALENTERED ?? a.TOTALENTERED)} ${String(a.STATE ?? '')}`,
			}));
	},
};

export const releasedSpecs: TemplateSpec[] = [
	intacctReleasedInvoices,
	intacctReleasedPayments,
	intacctReleasedCreditNotes,
	intacctReleasedContacts,
	intacctReleasedMasterData,
	releasedIntacctContacts,
	releasedIntacctCreditNotes,
];
