import type { INodeProperties } from 'n8n-workflow';

/** Parameters every Any Object operation shares. */
export const objectProperty = (operations: string[]): INodeProperties => ({
	displayName: 'Object',
	name: 'object',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'VENDOR',
	description:
		'The Sage Intacct object name as the API spells it, e.g. CUSTOMER, APBILL, GLACCOUNT or a user-defined dimension',
	displayOptions: { show: { resource: ['anyObject'], operation: operations } },
});

/** Object names are upper-case identifiers (platform objects may contain underscores). */
export function objectName(value: unknown): string {
	const name = String(value ?? '').trim();
	if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
		throw new Error(`"${name}" is not a Sage Intacct object name: use letters, digits and underscores, e.g. VENDOR.`);
	}
	return name.toUpperCase();
}

/** RECORDNO or ID lists: comma-separated, at most 100 (the SDKs' cap for read and readByName). */
export function keyList(value: unknown, what = 'keys'): string {
	const keys = String(value ?? '')
		.split(',')
		.map((k) => k.trim())
		.filter(Boolean);
	if (keys.length === 0) throw new Error(`Give at least one of the ${what}, separated by commas.`);
	if (keys.length > 100) throw new Error(`Give at most 100 ${what} per item (got ${keys.length}).`);
	return keys.join(',');
}
