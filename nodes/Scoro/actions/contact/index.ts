import { scoroResource } from '../../generic/resource';
import type { ResourceSpec } from '../../generic/spec';

const CONTACT_TYPES = [
	{ name: 'Company', value: 'company' },
	{ name: 'Person', value: 'person' },
];

/** Contact: Scoro `contacts`, companies and persons in one module (notes §3.4). */
export const spec = {
	resource: 'contact',
	module: 'contacts',
	idField: 'contact_id',
	label: 'Contact',
	plural: 'Contacts',
	operations: ['getAll', 'get', 'create', 'update', 'delete'],
	fields: [
		{ name: 'contact_type', title: 'Type', kind: 'options', options: CONTACT_TYPES },
		{ name: 'name', title: 'Name', kind: 'string', description: 'Company name, or first name of a person' },
		{ name: 'lastname', title: 'Last Name', kind: 'string', description: 'Persons only' },
		{ name: 'id_code', title: 'Registration Code', kind: 'string' },
		{ name: 'vatno', title: 'VAT Number', kind: 'string' },
		{ name: 'bankaccount', title: 'Bank Account', kind: 'string' },
		{ name: 'reference_no', title: 'Reference Number', kind: 'string' },
		{ name: 'is_client', title: 'Client', kind: 'boolean' },
		{ name: 'is_supplier', title: 'Supplier', kind: 'boolean' },
		{ name: 'manager_id', title: 'Manager User ID', kind: 'number' },
	],
	filters: [
		{ name: 'contact_type', title: 'Type', kind: 'options', options: CONTACT_TYPES },
		{ name: 'name', title: 'Name', kind: 'string' },
		{ name: 'is_client', title: 'Client', kind: 'boolean' },
		{ name: 'is_supplier', title: 'Supplier', kind: 'boolean' },
		{ name: 'vatno', title: 'VAT Number', kind: 'string' },
	],
	requiredOnCreate: ['name'],
} satisfies ResourceSpec;

export const resource = scoroResource(spec);
