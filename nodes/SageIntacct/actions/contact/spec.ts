import type { ObjectSpec } from '../../generic/objectOperations';
import { statusField } from '../../generic/objectOperations';

/** CONTACT: identified by CONTACTNAME; create needs CONTACTNAME and PRINTAS (ASSUMED from the C-1 SDK shape). */
export const contactSpec: ObjectSpec = {
	resource: 'contact',
	object: 'CONTACT',
	label: 'contact',
	idField: 'CONTACTNAME',
	idLabel: 'Contact Name',
	hasStatus: true,
	fields: [
		{
			name: 'contactName',
			path: 'CONTACTNAME',
			title: 'Contact Name',
			kind: 'string',
			required: true,
			description: 'Unique name of the contact',
		},
		{ name: 'printAs', path: 'PRINTAS', title: 'Print As', kind: 'string', required: true },
		{ name: 'companyName', path: 'COMPANYNAME', title: 'Company Name', kind: 'string' },
		{ name: 'firstName', path: 'FIRSTNAME', title: 'First Name', kind: 'string' },
		{ name: 'lastName', path: 'LASTNAME', title: 'Last Name', kind: 'string' },
		{ name: 'email', path: 'EMAIL1', title: 'Email', kind: 'string', placeholder: 'name@email.com' },
		{ name: 'phone', path: 'PHONE1', title: 'Phone', kind: 'string' },
		{ name: 'address1', path: 'MAILADDRESS.ADDRESS1', title: 'Address Line 1', kind: 'string' },
		{ name: 'address2', path: 'MAILADDRESS.ADDRESS2', title: 'Address Line 2', kind: 'string' },
		{ name: 'city', path: 'MAILADDRESS.CITY', title: 'City', kind: 'string' },
		{ name: 'state', path: 'MAILADDRESS.STATE', title: 'State or Region', kind: 'string' },
		{ name: 'zip', path: 'MAILADDRESS.ZIP', title: 'Postal Code', kind: 'string' },
		{ name: 'country', path: 'MAILADDRESS.COUNTRY', title: 'Country', kind: 'string' },
		statusField,
	],
};
