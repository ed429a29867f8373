import type { ObjectSpec } from '../../generic/objectOperations';
import { intacctResource } from '../../generic/resource';

/**
 * APTERM: AP payment terms (the vendor's TERMNAME, reference 4.2), read with the generic read and
 * readByQuery functions. The reference notes document no write function for AP terms (the 2019
 * api.xsd has create_arterm but no create_apterm), so the resource is read-only. The object name is
 * Sage's (Estuary's Intacct connector captures APTERM, reference market-anchors 2.2); its ID field
 * is not in the notes, so records are addressed by RECORDNO only and Get Many offers no status filter.
 */
export const apTermSpec: ObjectSpec = {
	resource: 'apTerm',
	object: 'APTERM',
	label: 'AP term',
	idField: 'RECORDNO',
	idLabel: 'Record Number',
	recordNoOnly: true,
	fields: [],
};

export const resource = intacctResource({
	name: 'AP Term',
	spec: apTermSpec,
	plural: 'AP terms',
	operations: ['get', 'getAll'],
});
