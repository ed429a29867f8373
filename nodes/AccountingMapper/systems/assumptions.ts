/**
 * Every behaviour of the source and target systems that the reference notes mark unverified,
 * kept in this one module so it can be checked against the live systems and changed in one
 * place. The README section "Accounting Mapper" lists the same points.
 */
export const OFFICERND = {
	/** Invoice, credit-note and overpayment dates are ISO timestamps; the calendar date is taken in UTC. */
	dateTimeZone: 'UTC',
	/** Line `total` includes tax and discount; `taxType` says whether `unitPrice` contains the tax. */
	lineTotalIncludesTax: true,
	/** `baseTotal = total x currencyConversionRate` (the rate converts document currency to base). */
	rateMultipliesToBase: true,
	/** Credit notes and overpayments carry positive amounts; a negative total is read as its absolute value. */
	creditAmountsPositive: true,
	/** Charge `status` values that mean money was received. */
	receivedChargeStatuses: ['success'] as readonly string[],
	/** Refund charges (status "refund") may carry a negative amount (the seed's refunds do); the absolute value is what was paid back. */
	refundAmountSign: 'either',
	/** The status of an overpayment created from the accounting system (money received, not a draft). */
	overpaymentStatus: 'awaiting_payment',
	/** The provider name written into `accounting.provider`. */
	accountingProvider: 'sage-intacct',
} as const;

export const INTACCT = {
	/** CUSTOMERID / VENDORID longest length (characters). */
	maxPartyIdLength: 20,
	/** UDDs on legacy line items are written as customfields named GLDIM<NAME> (not confirmed by Sage). */
	uddsAsCustomFields: true,
	/** ARPYMT STATE values that mean the payment was reversed or voided. */
	reversedPaymentStates: ['V', 'Voided', 'Reversed', 'reversed'] as readonly string[],
	/** Credit-only AR payments (credit memo or advance applied to an invoice) need no PAYMENTMETHOD. */
	creditOnlyPaymentNeedsNoMethod: true,
	/**
	 * A refund of a credit (OfficeRnD credit note refund) is a debit memo on the bank/clearing GL
	 * account, settled by an AR payment applying the credit memo to it (POSADJKEY + ADJUSTMENTKEY,
	 * no cash): the 2019 XML schema has no customer refund function; this is how AR users record it.
	 */
	refundAsDebitMemo: true,
	/** Refunds carry no rate of their own: with the source-rate policy the debit memo takes the refunded credit's rate. */
	refundRateOfCredit: true,
	/** Order Entry accepts a negative price on a discount item line. */
	negativeDiscountItemPrice: true,
	/** Query field names of records read through the Sage Intacct node (readByQuery output keys). */
	invoiceNumberField: 'RECORDID',
	/**
	 * AP adjustment lines: negative = debit memo (a vendor's credit, reduces what is owed), positive =
	 * credit memo; not in the reference notes (the Sage Intacct node's transport/assumptions.ts).
	 */
	apDebitMemoSign: -1,
} as const;

export const SCORO = {
	/** Credit invoices are `invoices` with `credited_invoices` set; their sums may be negative. */
	creditInvoiceMarker: 'credited_invoices',
	/** Line `sum` is after line discount and without VAT; `vat` is the rate in percent. */
	lineSumExcludesVat: true,
} as const;

export const RELEASED = {
	/** Field names follow the sandbox and the reference notes' illustrative JSON; no public API reference exists. */
	fieldNamesAssumed: true,
} as const;
