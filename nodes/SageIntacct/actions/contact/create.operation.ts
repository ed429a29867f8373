import { createOperation } from '../../generic/objectOperations';
import { contactSpec } from './spec';

/** Contact > Create: generic create of CONTACT (reference 3.2); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = createOperation(contactSpec);
