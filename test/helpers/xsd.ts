import { readFileSync } from 'fs';
import path from 'path';
import { validateXML } from 'xmllint-wasm';
import { buildRequestXml, renderCredentialBlocks, type IntacctFunction } from '../../nodes/SageIntacct/transport/xml';

/** Sage Intacct's own XML API schema (Apache-2.0), copied into schemas/intacct/ with its license. */
export const INTACCT_XSD_PATH = path.resolve(__dirname, '../../schemas/intacct/api.xsd');
let schema: string | undefined;

/** Validates a whole request, as our client would send it, against Sage's api.xsd. */
export async function validateIntacctRequest(
	functions: IntacctFunction[],
	uniqueId = true,
): Promise<{ valid: boolean; errors: string[] }> {
	schema ??= readFileSync(INTACCT_XSD_PATH, 'utf8');
	const xml = renderCredentialBlocks(
		buildRequestXml({ controlId: 'xsd-check', uniqueId, auth: { sessionId: 'session' }, functions }),
		{ senderId: 'sender', senderPassword: 'pw', userId: 'user', companyId: 'co', userPassword: 'pw' },
	);
	const result = await validateXML({
		xml: [{ fileName: 'request.xml', contents: xml }],
		schema: [{ fileName: 'api.xsd', contents: schema }],
	});
	return { valid: result.valid, errors: result.errors.map((e) => e.message ?? String(e)) };
}
