import { createOperation } from '../../generic/objectOperations';
import { departmentSpec } from './spec';

/** Department > Create: generic create of DEPARTMENT (reference 4.11); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = createOperation(departmentSpec);
