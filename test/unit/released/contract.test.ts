/**
 * The contract is the single source: the node's fields, the sandbox's rules and the error reader
 * all follow it. These tests fail when one of them drifts from contract.ts.
 */
import type { INodeProperties } from 'n8n-workflow';
import { ReLeased } from '../../../nodes/ReLeased/ReLeased.node';
import { ADDRESS_UI_FIELDS } from '../../../nodes/ReLeased/descriptions/common';
import {
	FIELDS,
	INVOICE_STATUS,
	INVOICE_TYPE,
	RESOURCES,
	normaliseBaseUrl,
	readContractError,
	recordPath,
} from '../../../nodes/ReLeased/transport/contract';
import { WRITABLE } from '../../../sandbox/released/model';

const node = new ReLeased();
const props = node.description.properties;

function writeFieldNames(resource: string, operation: string): string[] {
	const shown = (p: INodeProperties) =>
		p.displayOptions?.show?.resource?.includes(resource) && p.displayOptions?.show?.operation?.includes(operation);
	const names: string[] = [];
	for (const p of props.filter(shown)) {
		// Input mode, record picker and the create options (return existing) are not record fields.
		if (['inputMode', 'recordJson', 'recordId', 'options'].includes(p.name)) continue;
		if (p.type === 'collection') names.push(...(p.options as INodeProperties[]).map((o) => o.name));
		else names.push(p.name);
	}
	return names;
}

describe('Re-Leased contract', () => {
	it('keeps the verified labels: invoice types and the six statuses', () => {
		expect(Object.keys(INVOICE_TYPE)).toEqual(['Income', 'Expense']);
		expect(Object.keys(INVOICE_STATUS).sort()).toEqual([
			'Approved',
			'Awaiting Approval',
			'Draft',
			'Overdue',
			'Paid',
			'Voided',
		]);
		expect(FIELDS.contact).toEqual(
			expect.arrayContaining([
				'name',
				'correspondenceName',
				'firstName',
				'lastName',
				'email',
				'telephone',
				'mobile',
				'fax',
				'postalAddress',
				'streetAddress',
			]),
		);
	});

	it.each(Object.keys(WRITABLE))(
		'%s: every field the node writes is a contract field the sandbox accepts',
		(resource) => {
			const contractFields = FIELDS[resource as keyof typeof FIELDS] as readonly string[];
			for (const operation of ['create', 'update']) {
				for (const name of writeFieldNames(resource, operation)) {
					// Lines carry a tracking option in the UI; it becomes the contract's line.tracking.
					expect(contractFields).toContain(name);
				}
			}
			expect(WRITABLE[resource as keyof typeof WRITABLE]).toBe(contractFields);
		},
	);

	it('address fields in the UI are the contract address fields', () => {
		expect(ADDRESS_UI_FIELDS).toEqual([...FIELDS.address]);
	});

	it('offers exactly the operations the contract has verbs for', () => {
		for (const [resource, contract] of Object.entries(RESOURCES)) {
			const op = props.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource));
			const values = (op?.options as Array<{ value: string }>).map((o) => o.value);
			expect(values.includes('create')).toBe(!!contract.create);
			expect(values.includes('update')).toBe(!!contract.update);
			expect(values.includes('void')).toBe(!!contract.void);
			expect(values.includes('archive')).toBe(!!contract.archive);
			expect(values).toContain('getAll');
		}
	});

	it('reads the error body, and falls back when it is not the contract shape', () => {
		expect(
			readContractError(400, {
				code: 'validation_error',
				message: 'bad',
				errors: [{ field: 'lines', message: 'required' }],
			}),
		).toMatchObject({
			code: 'validation_error',
			message: 'bad (lines: required)',
		});
		expect(readContractError(502, '<html>Bad gateway</html>')).toMatchObject({
			code: 'HTTP_502',
			message: '<html>Bad gateway</html>',
		});
		expect(readContractError(401, {}).fix).toMatch(/API token/);
	});

	it('builds paths that ids cannot escape, and base URLs without trailing slashes', () => {
		expect(recordPath('invoice', '../admin?x=1', '/void')).toBe('/invoices/..%2Fadmin%3Fx%3D1/void');
		expect(normaliseBaseUrl(' https://api.example/v1// ')).toBe('https://api.example/v1');
	});
});
