import { getManyOperation } from '../../generic/operations';
import { billingDocument, billingDocumentFilters } from './spec';

export const { description, execute } = getManyOperation(billingDocument, billingDocumentFilters);
