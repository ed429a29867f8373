/**
 * Mapping-table rows edited in the node may be expressions resolved per item (the templates use a
 * customers row whose target is the Intacct customer ID stored on each OfficeRnD record): every
 * item must be mapped with its own resolved rows, not with the first item's.
 */
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { AccountingMapper } from '../../../nodes/AccountingMapper/AccountingMapper.node';
import { runWorkflow, type TestNode } from '../../helpers/engine';
import { company } from '../../unit/mapper/fixtures';

const TYPE = 'n8n-nodes-intacct-sync.accountingMapper';

it('resolves row expressions for each item', async () => {
	const a = { ...company(), _id: '66a0c0ffee0000000000c001', name: 'A Ltd', intacctId: 'C-0101' };
	const b = { ...company(), _id: '66a0c0ffee0000000000c002', name: 'B Ltd', intacctId: 'C-0202' };
	const nodes: TestNode[] = [
		{ name: 'Start', type: 'n8n-nodes-base.noOp' },
		{
			name: 'Mapper',
			type: TYPE,
			parameters: {
				resource: 'officeRndToIntacct',
				operation: 'companyToCustomer',
				mappingSource: 'ui',
				mappingTables: { customers: [{ source: '={{ $json._id }}', target: '={{ $json.intacctId }}' }] },
				mappingSettings: { customerIdStrategy: 'table' },
			} as INodeParameters,
		},
		{ name: 'Mapped', type: 'n8n-nodes-base.noOp' },
	];
	const result = await runWorkflow({
		workflow: {
			nodes,
			connections: {
				Start: { main: [[{ node: 'Mapper', type: 'main', index: 0 }]] },
				Mapper: { main: [[{ node: 'Mapped', type: 'main', index: 0 }]] },
			},
		},
		nodeTypes: { [TYPE]: new AccountingMapper() },
		startNode: 'Start',
		triggerItems: [a, b].map((json): INodeExecutionData => ({ json })),
	} as Parameters<typeof runWorkflow>[0]);
	expect(result.error).toBeUndefined();
	const ids = result.nodeItems('Mapper', 0).map((i) => (i.json.record as IDataObject).CUSTOMERID);
	expect(ids).toEqual(['C-0101', 'C-0202']);
});
