import { updateOperation } from '../../generic/objectOperations';
import { locationSpec } from './spec';

/** Location > Update: generic update of LOCATION (reference 4.11); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = updateOperation(locationSpec);
