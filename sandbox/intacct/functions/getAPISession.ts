import { ERR, IntacctError } from '../errors';
import { child, textOf, x } from '../xml';
import type { IntacctFunctionHandler } from './types';

/**
 * getAPISession (notes §1.6): returns data/api with sessionid, endpoint (this sandbox's gateway) and
 * locationid. `<locationid>E</locationid>` = entity-level session; empty `<locationid/>` = top level;
 * absent = the level the caller is authenticated at.
 */
export const getAPISession: IntacctFunctionHandler = (ctx, element) => {
	const requested = textOf(child(element, 'locationid'));
	const locationid = requested === undefined ? ctx.identity.locationid : requested.trim();
	if (locationid !== '') {
		const entity = ctx.sys.store.find('LOCATIONENTITY', (r) => r.fields.LOCATIONID === locationid);
		if (!entity) {
			// ASSUMED: errorno/text for an unknown entity are not in the notes.
			throw new IntacctError(
				ERR.invalidArgument(
					`Invalid entity '${locationid}': no such LOCATIONENTITY in company '${ctx.identity.companyid}'.`,
					'Use an existing entity ID, or an empty locationid for the top level.',
				),
			);
		}
	}
	// ASSUMED: asking again from a session at the same level returns that same session; otherwise a new one.
	const current = ctx.identity.sessionId ? ctx.runtime.sessions.get(ctx.identity.sessionId) : undefined;
	const session =
		current && current.locationid === locationid
			? current
			: ctx.runtime.createSession(
					{ companyid: ctx.identity.companyid, userid: ctx.identity.userid, locationid },
					ctx.nowMs,
				);
	return {
		data: x('data', [
			x('api', [
				x('sessionid', session.id),
				x('endpoint', ctx.runtime.sessionEndpoint(ctx.sys)),
				x('locationid', session.locationid),
			]),
		]),
	};
};
