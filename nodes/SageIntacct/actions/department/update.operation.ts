import { updateOperation } from '../../generic/objectOperations';
import { departmentSpec } from './spec';

/** Department > Update: generic update of DEPARTMENT (reference 4.11); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = updateOperation(departmentSpec);
