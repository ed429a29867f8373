import { officeRndResource } from '../../generic/resource';
import * as getDocuments from './getDocuments.operation';
import * as recordAccountingStatus from './recordAccountingStatus.operation';
import { billingDocument, billingDocumentFields, billingDocumentFilters, billingDocumentUpdateFields } from './spec';

/**
 * Billing Document: invoices, credit notes and overpayments. ASSUMED paths: POST /payments and
 * PUT /payments/{id} (transport/contract.ts). Get Documents and Record Accounting Sync Status have
 * logic of their own (their .operation.ts files).
 */
export const resource = officeRndResource({
	spec: billingDocument,
	plural: 'Billing Documents',
	description: 'Invoice, credit note or overpayment',
	operations: {
		get: true,
		getAll: billingDocumentFilters,
		create: billingDocumentFields,
		update: billingDocumentUpdateFields,
	},
	custom: {
		getDocuments: {
			name: 'Get Documents',
			action: 'Get the files of a billing document',
			description: 'The invoice PDF link, and optionally the PDF',
			...getDocuments,
		},
		recordAccountingStatus: {
			name: 'Record Accounting Sync Status',
			action: 'Record the accounting sync status of a billing document',
			description: 'Show in OfficeRnD what reached the accounting system',
			...recordAccountingStatus,
		},
	},
	hints: { create: 'Create an invoice, credit note or overpayment' },
});
