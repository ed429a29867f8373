import { getAllOperation } from '../../generic/objectOperations';
import { contactSpec } from './spec';

/** Contact > Get Many: generic readByQuery/readMore of CONTACT (reference 3.2); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getAllOperation(contactSpec);
