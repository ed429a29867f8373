import type { IDataObject } from 'n8n-workflow';
import type { FieldSpec } from './objectOperations';

/* Party fields: what CUSTOMER and VENDOR share (their contact block), so neither resource imports the other. */

/** Contact and address fields shared by customers and vendors (DISPLAYCONTACT, reference 4.1/4.2). */
export const partyContactFields: FieldSpec[] = [
	{
		name: 'printAs',
		path: 'DISPLAYCONTACT.PRINTAS',
		title: 'Print As',
		kind: 'string',
		description: 'Name printed on documents; defaults to the name',
	},
	{ name: 'companyName', path: 'DISPLAYCONTACT.COMPANYNAME', title: 'Company Name', kind: 'string' },
	{ name: 'firstName', path: 'DISPLAYCONTACT.FIRSTNAME', title: 'First Name', kind: 'string' },
	{ name: 'lastName', path: 'DISPLAYCONTACT.LASTNAME', title: 'Last Name', kind: 'string' },
	{ name: 'email', path: 'DISPLAYCONTACT.EMAIL1', title: 'Email', kind: 'string', placeholder: 'name@email.com' },
	{ name: 'phone', path: 'DISPLAYCONTACT.PHONE1', title: 'Phone', kind: 'string' },
	{ name: 'address1', path: 'DISPLAYCONTACT.MAILADDRESS.ADDRESS1', title: 'Address Line 1', kind: 'string' },
	{ name: 'address2', path: 'DISPLAYCONTACT.MAILADDRESS.ADDRESS2', title: 'Address Line 2', kind: 'string' },
	{ name: 'city', path: 'DISPLAYCONTACT.MAILADDRESS.CITY', title: 'City', kind: 'string' },
	{ name: 'state', path: 'DISPLAYCONTACT.MAILADDRESS.STATE', title: 'State or Region', kind: 'string' },
	{ name: 'zip', path: 'DISPLAYCONTACT.MAILADDRESS.ZIP', title: 'Postal Code', kind: 'string' },
	{ name: 'country', path: 'DISPLAYCONTACT.MAILADDRESS.COUNTRY', title: 'Country', kind: 'string' },
];

/** Notes 4.1: DISPLAYCONTACT/PRINTAS is required on create; default it to NAME. */
export function defaultPrintAs(record: IDataObject) {
	const contact = (record.DISPLAYCONTACT ?? {}) as IDataObject;
	if (!contact.PRINTAS && record.NAME) record.DISPLAYCONTACT = { ...contact, PRINTAS: record.NAME };
}
