/**
 * The real Accounting Mapper node class executed by n8n's own engine (test/helpers/engine.ts):
 * mapping tables edited in the node (fixedCollection) or read whole from an input field by an
 * expression, the two outputs, pairing, and n8n's error output for records that do not add up.
 */
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { AccountingMapper } from '../../../nodes/AccountingMapper/AccountingMapper.node';
import { runWorkflow, type TestNode } from '../../helpers/engine';
import { charge, invoiceGbp, tables } from '../../unit/mapper/fixtures';

const TYPE = 'n8n-nodes-intacct-sync.accountingMapper';

function workflow(parameters: IDataObject, items: IDataObject[], extra: Partial<TestNode> = {}) {
	const nodes: TestNode[] = [
		// A No Op start passes the given items on (a manual trigger would emit its own empty item).
		{ name: 'Start', type: 'n8n-nodes-base.noOp' },
		{ name: 'Mapper', type: TYPE, parameters: parameters as INodeParameters, ...extra },
		{ name: 'Mapped', type: 'n8n-nodes-base.noOp' },
		{ name: 'Needs Mapping', type: 'n8n-nodes-base.noOp' },
		{ name: 'Errors', type: 'n8n-nodes-base.noOp' },
	];
	const outputs = [[{ node: 'Mapped', type: 'main', index: 0 }], [{ node: 'Needs Mapping', type: 'main', index: 0 }]];
	if (extra.onError === 'continueErrorOutput') outputs.push([{ node: 'Errors', type: 'main', index: 0 }]);
	return {
		workflow: {
			nodes,
			connections: {
				Start: { main: [[{ node: 'Mapper', type: 'main', index: 0 }]] },
				Mapper: { main: outputs },
			},
		},
		nodeTypes: { [TYPE]: new AccountingMapper() },
		startNode: 'Start',
		triggerItems: items.map((json): INodeExecutionData => ({ json })),
	} as Parameters<typeof runWorkflow>[0];
}

/** The fixture tables as the node's own fields: one fixedCollection group per table. */
function uiParameters(): IDataObject {
	const t = tables();
	const rows = Object.fromEntries(
		['accounts', 'taxCodes', 'dimensions', 'paymentMethods', 'customers', 'documentLinks', 'statuses'].map((name) => [
			name,
			t[name],
		]),
	);
	return { mappingSource: 'ui', mappingTables: rows, mappingSettings: t.settings as IDataObject };
}

describe('Accounting Mapper node in n8n', () => {
	it('maps with tables edited in the node and sends an unmapped record to "Needs mapping"', async () => {
		const unknownAccount = invoiceGbp();
		(unknownAccount.lines as IDataObject[])[0]!.account = '66a0c0ffee0000000000r999';
		const result = await runWorkflow(
			workflow({ resource: 'officeRndToIntacct', operation: 'invoiceToArInvoice', ...uiParameters() }, [
				invoiceGbp(),
				unknownAccount,
			]),
		);
		expect(result.error).toBeUndefined();
		expect(result.status).toBe('success');
		const mapped = result.nodeItems('Mapper', 0);
		expect(mapped).toHaveLength(1);
		expect(mapped[0]!.json).toMatchObject({
			target: 'create_invoice',
			total: '1384.72',
			entity: 'UK',
			idempotencyKey: expect.stringContaining('66a0c0ffee0000000000a001'),
		});
		expect(mapped[0]!.pairedItem).toMatchObject({ item: 0 });
		const needs = result.nodeItems('Mapper', 1);
		expect(needs).toHaveLength(1);
		expect(needs[0]!.pairedItem).toMatchObject({ item: 1 });
		expect(needs[0]!.json).toMatchObject({
			table: 'accounts',
			field: 'lines[1].account',
			value: '66a0c0ffee0000000000r999',
		});
		// The source record rides along whole, so the error path can log it and replay it once mapped.
		expect(needs[0]!.json.input).toEqual(unknownAccount);
		expect(result.nodeOutput('Needs Mapping')).toHaveLength(1);
	});

	it('takes the whole set of tables from an input field by expression', async () => {
		const items = [{ ...charge(), mappings: tables() }];
		const result = await runWorkflow(
			workflow(
				{
					resource: 'officeRndToIntacct',
					operation: 'chargeToArPayment',
					mappingSource: 'json',
					mappingJson: '={{ $json.mappings }}',
				},
				items,
			),
		);
		expect(result.status).toBe('success');
		const [out] = result.nodeOutput('Mapper', 0);
		expect(out).toMatchObject({
			target: 'ARPYMT',
			record: {
				CUSTOMERID: 'ORND-c001',
				ARPYMTDETAILS: { ARPYMTDETAIL: [{ RECORDKEY: '501', TRX_PAYMENTAMOUNT: '1384.72' }] },
			},
		});
	});

	it("sends a record whose totals do not add up to n8n's error output and keeps the batch going", async () => {
		const wrong = { ...invoiceGbp(), _id: '66a0c0ffee0000000000a0ff', amount: 1000, total: 1000 };
		const result = await runWorkflow(
			workflow(
				{ resource: 'officeRndToIntacct', operation: 'invoiceToArInvoice', ...uiParameters() },
				[wrong, invoiceGbp()],
				{ onError: 'continueErrorOutput' },
			),
		);
		expect(result.status).toBe('success');
		expect(result.nodeOutput('Mapped')).toHaveLength(1);
		const errors = result.nodeItems('Errors');
		expect(errors).toHaveLength(1);
		expect(JSON.stringify(errors[0]!.json)).toMatch(
			/field amount: the document total 1384.72 .* does not match 1000.00/,
		);
	});

	it('stops the run naming the item when the user did not choose to continue', async () => {
		const wrong = { ...invoiceGbp(), amount: 1000, total: 1000 };
		const result = await runWorkflow(
			workflow({ resource: 'officeRndToIntacct', operation: 'invoiceToArInvoice', ...uiParameters() }, [wrong]),
		);
		expect(result.status).toBe('error');
		expect(result.error?.message).toMatch(/does not match 1000.00/);
	});
});
