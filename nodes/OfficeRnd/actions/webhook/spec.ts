import type { IDataObject } from 'n8n-workflow';
import { REDACTED } from '../../../shared/redact';
import type { ResourceSpec } from '../../generic/operations';
import { PATHS } from '../../transport/contract';

/** Webhook subscriptions (reference §4.1). */
export const webhook: ResourceSpec = {
	resource: 'webhook',
	label: 'Webhook',
	listPath: PATHS.webhooks,
	itemPath: PATHS.webhook,
	scope: 'flex.settings.webhooks',
	idName: 'webhookId',
};

/** The signing secret never goes to an output item. */
export function withoutSecret(record: IDataObject): IDataObject {
	return 'secret' in record ? { ...record, secret: REDACTED } : record;
}
