import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../generic/operations';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getDocuments from './getDocuments.operation';
import * as recordAccountingStatus from './recordAccountingStatus.operation';
import * as update from './update.operation';

export { create, get, getAll, getDocuments, recordAccountingStatus, update };

export const description: INodeProperties[] = [
	operationSelector(
		'billingDocument',
		[
			{ name: 'Create', value: 'create', action: 'Create a billing document', description: 'Create an invoice, credit note or overpayment' },
			{ name: 'Get', value: 'get', action: 'Get a billing document' },
			{ name: 'Get Documents', value: 'getDocuments', action: 'Get the files of a billing document', description: 'The invoice PDF link, and optionally the PDF' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many billing documents' },
			{ name: 'Record Accounting Sync Status', value: 'recordAccountingStatus', action: 'Record the accounting sync status of a billing document', description: 'Show in OfficeRnD what reached the accounting system' },
			{ name: 'Update', value: 'update', action: 'Update a billing document' },
		],
		'getAll',
	),
	...get.description,
	...getAll.description,
	...create.description,
	...update.description,
	...getDocuments.description,
	...recordAccountingStatus.description,
];
