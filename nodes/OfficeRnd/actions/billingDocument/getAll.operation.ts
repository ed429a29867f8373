import { getManyOperation } from '../common';
import { billingDocument, billingDocumentFilters } from './spec';

export const { description, execute } = getManyOperation(billingDocument, billingDocumentFilters);
