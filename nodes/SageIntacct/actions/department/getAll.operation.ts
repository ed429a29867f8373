import { getAllOperation } from '../../generic/objectOperations';
import { departmentSpec } from './spec';

/** Department > Get Many: generic readByQuery/readMore of DEPARTMENT (reference 4.11); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getAllOperation(departmentSpec);
