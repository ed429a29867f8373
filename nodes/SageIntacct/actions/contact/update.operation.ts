import { updateOperation } from '../../generic/objectOperations';
import { contactSpec } from './spec';

/** Contact > Update: generic update of CONTACT (reference 3.2); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = updateOperation(contactSpec);
