import { createOperation } from '../../generic/objectOperations';
import { locationSpec } from './spec';

/** Location > Create: generic create of LOCATION (reference 4.11); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = createOperation(locationSpec);
