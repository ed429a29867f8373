import { getAllOperation } from '../../generic/objectOperations';
import { taxDetailSpec } from './spec';

/** Tax Detail > Get Many: generic readByQuery/readMore of TAXDETAIL (reference 4.10); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getAllOperation(taxDetailSpec);
