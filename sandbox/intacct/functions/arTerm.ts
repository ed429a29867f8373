import { IntacctError } from '../errors';
import { attr, child, childText } from '../xml';
import { AR_ERR, failWith, findBy } from './arCommon';
import { duplicateError } from './generic';
import type { IntacctFunctionHandler } from './types';

/**
 * Legacy create_arterm / update_arterm (api.xsd; the element order is checked by the gateway's
 * legacy shape check). Stored as ARTERM: NAME, DESCRIPTION, STATUS, DUEDATE (due/dueday), DUEFROM.
 */
function termFields(element: Parameters<IntacctFunctionHandler>[1]) {
	const fields: Record<string, string> = {};
	const description = childText(element, 'description');
	const status = childText(element, 'status');
	const due = child(element, 'due');
	if (description !== undefined) fields.DESCRIPTION = description;
	if (status !== undefined) {
		if (!['active', 'inactive'].includes(status))
			failWith('create', 'Term', AR_ERR.rule(`status '${status}' is not valid.`, 'Use active or inactive.'));
		fields.STATUS = status;
	}
	const dueday = childText(due, 'dueday');
	const duefrom = childText(due, 'duefrom');
	if (dueday !== undefined) {
		if (!/^\d+$/.test(dueday))
			failWith('create', 'Term', AR_ERR.rule(`due/dueday '${dueday}' must be a whole number of days.`));
		fields.DUEDATE = dueday;
	}
	if (duefrom !== undefined) fields.DUEFROM = duefrom;
	return fields;
}

export const create_arterm: IntacctFunctionHandler = (ctx, element) => {
	const name = (childText(element, 'name') ?? '').trim();
	if (!name) failWith('create', 'Term', AR_ERR.required('name', 'create_arterm'));
	if (findBy(ctx, 'ARTERM', 'NAME', name))
		throw new IntacctError(duplicateError('Term', name), AR_ERR.couldNot('create', 'Term'));
	ctx.sys.store.insert('ARTERM', { NAME: name, STATUS: 'active', ...termFields(element) });
	return { key: name };
};

export const update_arterm: IntacctFunctionHandler = (ctx, element) => {
	const name = (attr(element, 'name') ?? '').trim();
	const existing = name ? findBy(ctx, 'ARTERM', 'NAME', name) : undefined;
	if (!existing) failWith('update', 'Term', AR_ERR.notFound('ARTERM', name));
	ctx.sys.store.update('ARTERM', existing.id, termFields(element));
	return { key: name };
};
