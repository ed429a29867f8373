import { getOperation } from '../../generic/objectOperations';
import { departmentSpec } from './spec';

/** Department > Get: generic read/readByName of DEPARTMENT (reference 4.11); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getOperation(departmentSpec);
