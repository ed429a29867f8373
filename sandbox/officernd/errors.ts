import { json } from '../core/http';
import type { SandboxResponse } from '../core/types';

const REASONS: Record<number, string> = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	405: 'Method Not Allowed',
	409: 'Conflict',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	503: 'Service Unavailable',
};

/** An answer in OfficeRnD's NestJS error shape (reference §6): `{statusCode, message, error}`. */
export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly messages: string | string[],
	) {
		super(Array.isArray(messages) ? messages.join('; ') : messages);
	}
}

export function errorBody(status: number, message: string | string[]): SandboxResponse {
	return json(status, { statusCode: status, message, error: REASONS[status] ?? 'Error' });
}

/** Reference §6: missing, bad, expired tokens and missing scopes all get the same generic 401. */
export const unauthorized = (): ApiError => new ApiError(401, 'Unauthorized access');
export const notFound = (id: string): ApiError => new ApiError(404, `Item with Id (${id})`);
