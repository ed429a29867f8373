import type { IDataObject } from 'n8n-workflow';

/**
 * Realistic OfficeRnD and Intacct records (shapes from the reference notes, §2 of
 * officernd-api.md and §4 of sage-intacct-api.md) and a client's mapping tables. Amounts were
 * worked out by hand; the tests compare against those hand figures, not against the code.
 */
export const IDS = {
	companyAcme: '66a0c0ffee0000000000c001',
	memberJane: '66a0c0ffee0000000000b001',
	locLondon: '66a0c0ffee0000000000l001',
	locBerlin: '66a0c0ffee0000000000l002',
	revOffice: '66a0c0ffee0000000000r001',
	revMeeting: '66a0c0ffee0000000000r002',
	revLateFee: '66a0c0ffee0000000000r003',
	revHotDesk: '66a0c0ffee0000000000r004',
	planOffice: '66a0c0ffee0000000000p001',
	taxUk20: '66a0c0ffee0000000000t020',
	taxUk0: '66a0c0ffee0000000000t000',
	taxDe19: '66a0c0ffee0000000000t019',
	invGbp: '66a0c0ffee0000000000a001',
	invEur: '66a0c0ffee0000000000a002',
	creditNote: '66a0c0ffee0000000000a003',
	overpayment: '66a0c0ffee0000000000a004',
	charge: '66a0c0ffee00000000000h01',
};

/**
 * GBP, tax exclusive, four lines: office 1 x 1000.00 + 20% VAT; meeting room 3 x 45.50 less
 * 13.65 discount + 20% VAT (24.57); late fee 25.00 zero-rated; processing fee line 12.30.
 * Total 1200.00 + 147.42 + 25.00 + 12.30 = 1384.72; tax 224.57.
 */
export function invoiceGbp(): IDataObject {
	return {
		_id: IDS.invGbp,
		number: 'INV-1042',
		documentType: 'invoice',
		date: '2025-03-01T00:00:00.000Z',
		dueDate: '2025-03-15T00:00:00.000Z',
		company: IDS.companyAcme,
		location: IDS.locLondon,
		reference: 'March 2025 membership',
		taxType: 'excluded',
		currency: 'GBP',
		currencyConversionRate: 1,
		lines: [
			{
				description: 'Private Office - March',
				quantity: 1,
				unitPrice: 1000,
				price: 1000,
				taxRate: IDS.taxUk20,
				taxPercent: 20,
				taxAmount: 200,
				subTotal: 1200,
				total: 1200,
				baseTotal: 1000,
				account: IDS.revOffice,
				plan: IDS.planOffice,
				location: IDS.locLondon,
				startDate: '2025-03-01T00:00:00.000Z',
				endDate: '2025-03-31T00:00:00.000Z',
			},
			{
				description: 'Meeting room (hours)',
				quantity: 3,
				unitPrice: 45.5,
				discountAmount: 13.65,
				taxRate: IDS.taxUk20,
				taxPercent: 20,
				taxAmount: 24.57,
				total: 147.42,
				account: IDS.revMeeting,
			},
			{
				description: 'Late payment fee',
				quantity: 1,
				unitPrice: 25,
				taxRate: IDS.taxUk0,
				taxPercent: 0,
				taxAmount: 0,
				total: 25,
				account: IDS.revLateFee,
				fee: '66a0c0ffee0000000000f001',
			},
		],
		processingFeeLine: { description: 'Card processing fee', quantity: 1, unitPrice: 12.3, taxAmount: 0, total: 12.3 },
		taxAmounts: [{ percent: 20, total: 224.57, taxRate: IDS.taxUk20 }],
		subTotal: 1160.15,
		amount: 1384.72,
		total: 1384.72,
		baseTotal: 1384.72,
		payableAmount: 1384.72,
		status: 'awaiting_payment',
		allocations: [],
		accounting: null,
		properties: {},
		createdAt: '2025-03-01T02:00:00.000Z',
		modifiedAt: '2025-03-01T02:00:00.000Z',
	};
}

/**
 * EUR, tax inclusive (19%), Berlin: hot desk 2 x 250.00 gross (tax 79.83) and a day pass
 * 1 x 35.70 less 5.70 discount gross 30.00 (tax 4.79). Total 530.00, tax 84.62, rate 0.85 to GBP:
 * base 450.50.
 */
export function invoiceEur(): IDataObject {
	return {
		_id: IDS.invEur,
		number: 'INV-2001',
		documentType: 'invoice',
		date: '2025-04-01T00:00:00.000Z',
		dueDate: '2025-04-30T00:00:00.000Z',
		member: IDS.memberJane,
		location: IDS.locBerlin,
		taxType: 'included',
		currency: 'EUR',
		currencyConversionRate: 0.85,
		lines: [
			{
				description: 'Hot desk',
				quantity: 2,
				unitPrice: 250,
				taxRate: IDS.taxDe19,
				taxAmount: 79.83,
				total: 500,
				account: IDS.revHotDesk,
			},
			{
				description: 'Day pass',
				quantity: 1,
				unitPrice: 35.7,
				discountAmount: 5.7,
				taxRate: IDS.taxDe19,
				taxAmount: 4.79,
				total: 30,
				account: IDS.revHotDesk,
			},
		],
		taxAmounts: [{ percent: 19, total: 84.62, taxRate: IDS.taxDe19 }],
		amount: 530,
		baseTotal: 450.5,
		status: 'awaiting_payment',
		allocations: [],
		createdAt: '2025-04-01T03:00:00.000Z',
		modifiedAt: '2025-04-02T10:15:00.000Z',
	};
}

/** GBP credit note 200.00 + 40.00 VAT = 240.00, allocated partly: 150.00 to INV-1042, 90.00 to INV-1043. */
export function creditNote(): IDataObject {
	return {
		_id: IDS.creditNote,
		number: 'CN-0007',
		documentType: 'creditNote',
		date: '2025-03-10T00:00:00.000Z',
		company: IDS.companyAcme,
		location: IDS.locLondon,
		reference: 'Office downgrade credit',
		taxType: 'excluded',
		currency: 'GBP',
		lines: [
			{
				description: 'Office downgrade',
				quantity: 1,
				unitPrice: 200,
				taxRate: IDS.taxUk20,
				taxAmount: 40,
				total: 240,
				account: IDS.revOffice,
			},
		],
		taxAmounts: [{ percent: 20, total: 40, taxRate: IDS.taxUk20 }],
		amount: 240,
		status: 'paid',
		allocations: [
			{
				_id: 'alloc-1',
				target: IDS.invGbp,
				amount: 150,
				documentType: 'invoice',
				createdAt: '2025-03-11T09:00:00.000Z',
			},
			{
				_id: 'alloc-2',
				target: '66a0c0ffee0000000000a005',
				amount: 90,
				documentType: 'invoice',
				createdAt: '2025-03-12T09:00:00.000Z',
			},
		],
		modifiedAt: '2025-03-12T09:00:00.000Z',
	};
}

export function charge(): IDataObject {
	return {
		_id: IDS.charge,
		amount: 1384.72,
		currency: 'GBP',
		account: 'Credit Card',
		reference: 'ch_3PqR8s',
		date: '2025-03-15T08:30:00.000Z',
		status: 'success',
		payment: IDS.invGbp,
		providerChargeReference: 'ch_3PqR8s',
		createdAt: '2025-03-15T08:30:00.000Z',
		modifiedAt: '2025-03-15T08:30:05.000Z',
	};
}

/** GBP overpayment of 500.00: 300.00 allocated to INV-1042, 200.00 still unallocated. */
export function overpayment(): IDataObject {
	return {
		_id: IDS.overpayment,
		number: 'OP-0003',
		documentType: 'overpayment',
		date: '2025-03-20T00:00:00.000Z',
		company: IDS.companyAcme,
		location: IDS.locLondon,
		currency: 'GBP',
		amount: 500,
		chargeMethod: 'Bank Transfer',
		status: 'paid',
		allocations: [{ _id: 'op-alloc-1', target: IDS.invGbp, amount: 300, createdAt: '2025-03-21T10:00:00.000Z' }],
		modifiedAt: '2025-03-21T10:00:00.000Z',
	};
}

export function company(): IDataObject {
	return {
		_id: IDS.companyAcme,
		name: 'Acme Coworking Ltd',
		email: 'ap@acme-cowork.example',
		location: IDS.locLondon,
		status: 'active',
		address: { country: 'GB', city: 'London', street: '1 Old Street', zip: 'EC1V 9HL' },
		billingDetails: {
			billingName: 'Acme Coworking Limited',
			vatNumber: 'GB123456789',
			billingAddress: { country: 'GB', city: 'London', street: '10 Finance Row', zip: 'EC2A 1AA' },
		},
		properties: {},
		createdAt: '2024-11-02T10:00:00.000Z',
		modifiedAt: '2025-02-01T10:00:00.000Z',
	};
}

/** Intacct AR payment as the Sage Intacct node reads it: every value a string. */
export function arPayment(): IDataObject {
	return {
		RECORDNO: '8841',
		CUSTOMERID: 'ACME',
		PAYMENTMETHOD: 'EFT',
		RECEIPTDATE: '03/18/2025',
		CURRENCY: 'GBP',
		TRX_TOTALENTERED: '1500.00',
		DOCNUMBER: 'BACS-5521',
		STATE: 'C',
		WHENMODIFIED: '03/18/2025 11:02:45',
		ARPYMTDETAILS: {
			ARPYMTDETAIL: [
				{ RECORDNO: '1', RECORDKEY: '501', TRX_PAYMENTAMOUNT: '1384.72' },
				{ RECORDNO: '2', RECORDKEY: '502', TRX_PAYMENTAMOUNT: '115.28' },
			],
		},
	};
}

/** The client's tables, as a sheet would give them (JSON). */
export function tables(): IDataObject {
	return {
		accounts: [
			{ source: IDS.revOffice, glAccount: '4000', itemId: 'OFFICE' },
			{ source: IDS.revMeeting, glAccount: '4100', itemId: 'MEETING' },
			{ source: IDS.revLateFee, glAccount: '4700', itemId: 'LATEFEE' },
			{ source: IDS.revHotDesk, glAccount: '4200', itemId: 'HOTDESK' },
			{ source: 'discount', glAccount: '4900', itemId: 'DISCOUNT' },
			{ source: 'processingFee', glAccount: '4800', itemId: 'PROCFEE' },
			{ source: 'advance', glAccount: '2300' },
		],
		taxCodes: [
			{ source: IDS.taxUk20, taxDetailId: 'UK Sale Goods Standard Rate', taxGlAccount: '2200', taxItemId: 'VAT-UK-20' },
			{ source: IDS.taxUk0, taxDetailId: 'UK Sale Goods Zero Rate', taxGlAccount: '2200', taxItemId: 'VAT-UK-0' },
			{ source: IDS.taxDe19, taxDetailId: 'DE Umsatzsteuer 19%', taxGlAccount: '2210', taxItemId: 'VAT-DE-19' },
		],
		dimensions: [
			{ source: IDS.locLondon, entity: 'UK', locationId: 'LON', departmentId: 'OPS', udds: 'GLDIMSITE=LON-OLDST' },
			{ source: IDS.locBerlin, entity: 'DE', locationId: 'BER', departmentId: 'OPS' },
		],
		paymentMethods: [
			{ source: 'Credit Card', paymentMethod: 'Credit Card', bankAccountId: 'BARCLAYS-GBP' },
			{ source: 'Bank Transfer', paymentMethod: 'EFT', undepositedAccountNo: '1050' },
		],
		customers: [
			{ source: IDS.companyAcme, target: 'ORND-c001' },
			{ source: IDS.memberJane, target: 'ORND-b001' },
		],
		documentLinks: [
			{ source: IDS.invGbp, target: '501', partyId: 'ORND-c001' },
			{ source: '66a0c0ffee0000000000a005', target: '503', partyId: 'ORND-c001' },
			{ source: IDS.creditNote, target: '611', partyId: 'ORND-c001' },
			{ source: IDS.overpayment, target: '702', partyId: 'ORND-c001' },
		],
		statuses: [{ source: 'draft', target: 'Draft' }],
		settings: { customerIdStrategy: 'table', baseCurrency: 'GBP', externalOrgId: 'SANDBOX-CO' },
	};
}
