import { getOperation } from '../../generic/objectOperations';
import { locationSpec } from './spec';

/** Location > Get: generic read/readByName of LOCATION (reference 4.11); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getOperation(locationSpec);
