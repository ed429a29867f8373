import { getOperation } from '../../generic/objectOperations';
import { taxDetailSpec } from './spec';

/** Tax Detail > Get: generic read/readByName of TAXDETAIL (reference 4.10); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getOperation(taxDetailSpec);
