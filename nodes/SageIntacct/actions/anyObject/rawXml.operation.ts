import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { writeFields } from '../../descriptions/write';
import { executeWrites } from '../../helpers/write';
import type { IntacctClient } from '../../transport/client';
import { LegacyShapeError } from '../../transport/legacy';
import type { XmlNode } from '../../transport/xml';

/**
 * Any Object > Raw XML Function: the content of one `<function>` (e.g. `<get_list object="..."/>`),
 * sent through the client, so the envelope, session and credentials are added by the transport and
 * never written by the user. The XML must parse, have one root element and contain no envelope or
 * credential elements. Limitation: the XML becomes an object first, so same-named siblings that are
 * interleaved with other elements are grouped together.
 */
const show = { resource: ['anyObject'], operation: ['rawXml'] };

export const description: INodeProperties[] = [
	{
		displayName: 'Function XML',
		name: 'xml',
		type: 'string',
		typeOptions: { rows: 8 },
		required: true,
		default: '',
		placeholder: '<getDimensions/>',
		description: 'One function element, without &lt;function&gt;, authentication or credentials',
		displayOptions: { show },
	},
	...writeFields('anyObject', ['rawXml']).filter((p) => p.name === 'idempotencyKey' || p.name === 'writeOptions'),
];

/** Elements that belong to the envelope (the transport writes them) or carry credentials. */
const FORBIDDEN = new Set([
	'request',
	'control',
	'operation',
	'authentication',
	'login',
	'sessionid',
	'senderid',
	'function',
	'content',
]);

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: true,
	processEntities: true,
	ignoreDeclaration: true,
	commentPropName: false as unknown as string,
});

function check(node: unknown, path: string) {
	if (Array.isArray(node)) {
		node.forEach((n, i) => check(n, `${path}[${i}]`));
		return;
	}
	if (!node || typeof node !== 'object') return;
	for (const [k, v] of Object.entries(node)) {
		if (k.startsWith('@_') || k === '#text') continue;
		if (FORBIDDEN.has(k.toLowerCase())) {
			throw new LegacyShapeError(
				`${path}/${k}: <${k}> is written by the node (envelope, session and credentials); give only the function element.`,
				'xml',
			);
		}
		check(v, `${path}/${k}`);
	}
}

/** The function element as an XmlNode, or an error that says what is wrong with the XML. */
export function parseFunctionXml(xml: string): XmlNode {
	const text = String(xml ?? '').trim();
	if (!text)
		throw new LegacyShapeError('Function XML is empty: give one function element, e.g. <getDimensions/>.', 'xml');
	const valid = XMLValidator.validate(text);
	if (valid !== true) {
		throw new LegacyShapeError(
			`Function XML does not parse: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col}).`,
			'xml',
		);
	}
	const doc = parser.parse(text) as Record<string, unknown>;
	const roots = Object.keys(doc).filter((k) => !k.startsWith('?'));
	if (roots.length !== 1 || Array.isArray(doc[roots[0]])) {
		throw new LegacyShapeError(
			`Function XML must have exactly one root element (the function); found ${roots.length === 1 ? 'several' : roots.length}.`,
			'xml',
		);
	}
	check(doc, '');
	return { [roots[0]]: doc[roots[0]] as XmlNode };
}

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeWrites(this, client, (i) => ({
		body: parseFunctionXml(this.getNodeParameter('xml', i) as string),
		output: (result) => ({
			function: result.function,
			status: result.status,
			...(result.key !== undefined ? { key: result.key } : {}),
			...(result.listType ? { listType: result.listType } : {}),
			...(result.totalCount !== undefined ? { totalCount: result.totalCount } : {}),
			data: result.records,
		}),
	}));
}
