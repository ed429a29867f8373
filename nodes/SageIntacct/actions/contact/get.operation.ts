import { getOperation } from '../../generic/objectOperations';
import { contactSpec } from './spec';

/** Contact > Get: generic read/readByName of CONTACT (reference 3.2); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getOperation(contactSpec);
