import type { StoredRecord } from '../../core/store';
import { findObject, projectRecord } from '../objects';
import { childText, x, type XNode } from '../xml';
import { deleteApAdjustment } from './apAdjustment';
import { deleteAdjustment } from './arAdjustment';
import { createAdvance } from './arAdvance';
import { AR_ERR, failWith } from './arCommon';
import { deleteInvoice } from './arInvoice';
import { createPayment, deletePayment } from './arPayment';
import { registerGenericWriter } from './generic';
import type { IntacctFunctionContext, IntacctFunctionHandler } from './types';

/**
 * How the receivables objects take part in the generic functions (generic.ts): create of ARPYMT
 * and ARADVANCE, delete with the documents' own rules (a posted payment is un-applied first), and
 * read returning owned lines nested (ARINVOICEITEMS, ...).
 */

registerGenericWriter('ARPYMT', {
	create: (ctx, _object, el) => x('arpymt', [x('RECORDNO', createPayment(ctx, el).id)]),
	update: () =>
		// ASSUMED: the sandbox does not simulate draft-payment updates (notes §4.5 document them).
		failWith(
			'update',
			'AR Payment',
			AR_ERR.rule(
				'Updating AR payments is not simulated by the sandbox.',
				'Delete the draft payment and create it again.',
			),
		),
});
registerGenericWriter('ARADVANCE', {
	create: (ctx, _object, el) => x('aradvance', [x('RECORDNO', createAdvance(ctx, el).id)]),
});
for (const object of ['ARINVOICE', 'ARADJUSTMENT', 'SODOCUMENT', 'APADJUSTMENT']) {
	registerGenericWriter(object, {
		// Notes: these are created with legacy functions only (create_invoice, create_aradjustment, create_sotransaction).
		create: () =>
			failWith(
				'create',
				object,
				AR_ERR.rule(
					`${object} cannot be created with the generic create function.`,
					`Use the legacy function for ${object}.`,
				),
			),
	});
}

/** Lines owned by each header, for read (notes §3.2: read returns the owned arrays). */
const OWNED: Record<string, { container: string; item: string; collection: string; parentField: string }> = {
	ARINVOICE: {
		container: 'ARINVOICEITEMS',
		item: 'arinvoiceitem',
		collection: 'ARINVOICEITEM',
		parentField: 'RECORDKEY',
	},
	ARADJUSTMENT: {
		container: 'ARADJUSTMENTITEMS',
		item: 'aradjustmentitem',
		collection: 'ARADJUSTMENTITEM',
		parentField: 'RECORDKEY',
	},
	APADJUSTMENT: {
		container: 'APADJUSTMENTITEMS',
		item: 'apadjustmentitem',
		collection: 'APADJUSTMENTITEM',
		parentField: 'RECORDKEY',
	},
	ARPYMT: { container: 'ARPYMTDETAILS', item: 'arpymtdetail', collection: 'ARPYMTDETAIL', parentField: 'PAYMENTKEY' },
	ARADVANCE: {
		container: 'ARADVANCEITEMS',
		item: 'aradvanceitem',
		collection: 'ARADVANCEITEM',
		parentField: 'RECORDKEY',
	},
	SODOCUMENT: {
		container: 'SODOCUMENTENTRIES',
		item: 'sodocumententry',
		collection: 'SODOCUMENTENTRY',
		parentField: 'DOCHDRNO',
	},
};

const DELETERS: Record<string, (ctx: IntacctFunctionContext, r: StoredRecord) => void> = {
	ARINVOICE: deleteInvoice,
	ARADJUSTMENT: deleteAdjustment,
	APADJUSTMENT: deleteApAdjustment,
	ARPYMT: deletePayment,
	ARADVANCE: (ctx, r) => {
		if (Number(r.fields.TRX_TOTALPAID) !== 0) {
			failWith(
				'delete',
				'AR Advance',
				AR_ERR.rule(
					`Advance ${r.id} has been applied and cannot be deleted.`,
					'Reverse the payment that applied it first.',
				),
			);
		}
		for (const l of ctx.sys.store.list('ARADVANCEITEM'))
			if (String(l.fields.RECORDKEY) === r.id) ctx.sys.store.delete('ARADVANCEITEM', l.id);
		ctx.sys.store.delete('ARADVANCE', r.id);
	},
};

/** delete: receivables objects follow their own rules; everything else goes to `base`. */
export function withReceivablesDelete(base: IntacctFunctionHandler): IntacctFunctionHandler {
	return (ctx, element) => {
		const object = (childText(element, 'object') ?? '').trim().toUpperCase();
		const deleter = DELETERS[object];
		if (!deleter) return base(ctx, element);
		const keys = (childText(element, 'keys') ?? '')
			.split(',')
			.map((k) => k.trim())
			.filter(Boolean);
		if (keys.length === 0) failWith('delete', object, AR_ERR.required('keys', 'delete'));
		const records = keys.map((k) => {
			const r = ctx.sys.store.get(object, k);
			const loc = ctx.identity.locationid;
			if (!r || (loc && r.fields.MEGAENTITYID && r.fields.MEGAENTITYID !== loc))
				failWith('delete', object, AR_ERR.notFound(object, k));
			return r;
		});
		for (const r of records) deleter(ctx, r);
		return {
			data: x(
				'data',
				keys.map((k) => x(object.toLowerCase(), [x('RECORDNO', k)])),
				{ listtype: 'objects', count: keys.length },
			),
		};
	};
}

/** A line field; stored tax entries come back nested as TAXENTRIES/TAXENTRY (DETAILID, TRX_TAX). */
function lineField(name: string, value: string): XNode {
	if (name !== 'TAXENTRIES' || !value.startsWith('[')) return x(name, value);
	const entries = JSON.parse(value) as Array<{ detailid: string; trx_tax?: string }>;
	return x(
		name,
		entries.map((e) => x('TAXENTRY', [x('DETAILID', e.detailid), x('TRX_TAX', e.trx_tax ?? '')])),
	);
}

/** read / readByName: adds the owned lines to receivables records when all fields are read. */
export function withReceivablesLines(base: IntacctFunctionHandler): IntacctFunctionHandler {
	return async (ctx, element) => {
		const result = await base(ctx, element);
		const object = (childText(element, 'object') ?? '').trim().toUpperCase();
		const owned = OWNED[object];
		const allFields = ((childText(element, 'fields') ?? '*').trim() || '*') === '*';
		if (!owned || !allFields || !result.data?.children) return result;
		const lineDef = findObject(owned.collection)!;
		const withLines = result.data.children.map((rec): XNode => {
			const recordNo = rec.children?.find((c) => c.name === 'RECORDNO')?.text;
			const lines = ctx.sys.store
				.list(owned.collection)
				.filter((l) => String(l.fields[owned.parentField]) === String(recordNo))
				.sort((a, b) => Number(a.fields.LINE_NO) - Number(b.fields.LINE_NO));
			const node = x(
				owned.container,
				lines.map((l) =>
					x(
						owned.item,
						Object.entries(projectRecord(lineDef, l)).map(([k, v]) => lineField(k, v)),
					),
				),
			);
			return { ...rec, children: [...(rec.children ?? []), node] };
		});
		return { ...result, data: { ...result.data, children: withLines } };
	};
}
