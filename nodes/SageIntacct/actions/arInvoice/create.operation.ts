import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { writeFields } from '../../descriptions/write';
import { buildQuery } from '../../helpers/query';
import { executeWrites, recordFromInput, type WritePlan } from '../../helpers/write';
import type { EntityChoice, IntacctClient } from '../../transport/client';
import {
	customFieldsField,
	dropdown,
	customFieldsFromUi,
	headerFromUi,
	invoiceHeaderOptions,
	isoDate,
	linesField,
	linesFromUi,
} from '../../generic/documentFields';
import { legacyWithTax, sendTaxEntriesField } from '../../generic/taxEntries';
import { atItem } from '../../../shared/validate';

/**
 * AR Invoice > Create: legacy create_invoice (reference §4.3). Write shape (Record Source "Whole
 * Record From Input"): the create_invoice elements by name, in any order, e.g.
 * { customerid, datecreated: '2026-11-01', datedue, action: 'Draft'|'Submit', invoiceno?, currency?,
 *   exchratetype? | exchrate?, invoiceitems: { lineitem: [{ glaccountno, amount, memo, locationid,
 *   taxentries?: { taxentry: [{ detailid, trx_tax? }] } }] } }
 * Leave invoiceno empty to let Intacct number the invoice.
 */
const show = { resource: ['arInvoice'], operation: ['create'] };

export const description: INodeProperties[] = [
	...writeFields('arInvoice', ['create']),
	{
		...dropdown('Customer', 'customerId', 'getCustomers', 'The customer to invoice', true),
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
	},
	{
		displayName: 'Invoice Date',
		name: 'dateCreated',
		type: 'dateTime',
		required: true,
		default: '',
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
	},
	linesField('arInvoice', ['create']),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show, recordSource: ['fields'] } },
		options: invoiceHeaderOptions,
	},
	customFieldsField('arInvoice', ['create']),
	sendTaxEntriesField('arInvoice', ['create']),
];

/** The create_invoice record from the UI fields. */
export function invoiceFromFields(ctx: IExecuteFunctions, i: number): IDataObject {
	return {
		customerid: ctx.getNodeParameter('customerId', i),
		datecreated: isoDate(ctx.getNodeParameter('dateCreated', i), 'Date Created'),
		...headerFromUi(ctx.getNodeParameter('additionalFields', i, {}) as IDataObject),
		customfields: customFieldsFromUi(ctx, i),
		invoiceitems: { lineitem: linesFromUi(ctx, i) },
	};
}

/** Plans one create_invoice; a replay is confirmed by the invoice number when one was given. */
export function planCreate(ctx: IExecuteFunctions, i: number, record: IDataObject): WritePlan {
	return {
		body: legacyWithTax(
			'create_invoice',
			record,
			'invoiceitems',
			ctx.getNodeParameter('sendTaxEntries', i, false) as boolean,
		),
		lookup: record.invoiceno
			? async (c: IntacctClient, entity: EntityChoice) =>
					(await c.readByQuery({
						object: 'ARINVOICE',
						query: buildQuery({
							equals: { RECORDID: String(record.invoiceno), CUSTOMERID: String(record.customerid) },
						}),
						// Two, so a second record with the same key is reported as ambiguous, never guessed.
						limit: 2,
						entity,
					})) as IDataObject[]
			: undefined,
	};
}

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	// Input errors name the item ("Item 1: \"Due Date\" must be a date ...").
	return await executeWrites(this, client, (i) =>
		atItem(i, () =>
			planCreate(
				this,
				i,
				recordFromInput(this, i, () => invoiceFromFields(this, i)),
			),
		),
	);
}
