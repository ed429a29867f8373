import { getAllOperation } from '../../generic/objectOperations';
import { locationSpec } from './spec';

/** Location > Get Many: generic readByQuery/readMore of LOCATION (reference 4.11); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getAllOperation(locationSpec);
