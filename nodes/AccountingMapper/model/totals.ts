import { DataError, type RecordRef } from './errors';
import { currencyDecimals, Dec, sum } from './decimal';
import type { Document, DocumentLine } from './schemas';

export interface LineFigures {
	net: Dec;
	tax: Dec;
	gross: Dec;
}

/**
 * A line's net, tax and gross from quantity x unit price - discount and its tax, exactly.
 * Tax-inclusive prices already contain the tax; exclusive ones do not.
 */
export function lineFigures(
	taxMode: Document['taxMode'],
	quantity: Dec,
	unitPrice: Dec,
	discount: Dec,
	tax: Dec,
): LineFigures {
	const extended = quantity.mul(unitPrice).sub(discount);
	if (taxMode === 'inclusive') return { gross: extended, tax, net: extended.sub(tax) };
	return { net: extended, tax, gross: extended.add(tax) };
}

/**
 * Compares a computed amount with the one the source states, at the currency's decimals (the
 * source prints rounded amounts; the computation is exact). A difference is a DataError: a
 * document whose parts do not add up to its total is never passed on.
 */
export function checkAgainstSource(
	record: RecordRef,
	field: string,
	computed: Dec,
	stated: unknown,
	currency: string,
	what: string,
): void {
	if (stated === undefined || stated === null || stated === '') return;
	const dp = currencyDecimals(currency);
	const s = Dec.from(stated, field);
	if (!computed.round(dp).eq(s.round(dp))) {
		throw new DataError(
			record,
			field,
			`${what} ${computed.toFixed(dp)} computed from the parts does not match ${s.toFixed(dp)} stated by the source; the record was not converted`,
		);
	}
}

export function documentTotals(lines: Array<Pick<DocumentLine, 'net' | 'tax' | 'gross'>>): LineFigures {
	return {
		net: sum(lines.map((l) => Dec.from(l.net))),
		tax: sum(lines.map((l) => Dec.from(l.tax))),
		gross: sum(lines.map((l) => Dec.from(l.gross))),
	};
}

/**
 * The last check before a write shape leaves the node: the amounts written (already rounded to
 * the currency) must add up to the source's total, rounded the same way.
 */
export function checkWrittenTotal(
	record: RecordRef,
	field: string,
	written: Dec[],
	sourceTotal: Dec,
	currency: string,
): void {
	const dp = currencyDecimals(currency);
	const total = sum(written);
	if (!total.eq(sourceTotal.round(dp))) {
		throw new DataError(
			record,
			field,
			`the lines written add up to ${total.toFixed(dp)} but the source total is ${sourceTotal.toFixed(dp)}; ` +
				'rounding each line to the currency does not preserve the total, so nothing was written',
		);
	}
}

/**
 * Spreads a total that the source rounded once (e.g. Scoro's document VAT) over lines, in whole
 * minor units, so each line has a rounded share and the shares add up to the total exactly
 * (largest remainder; ties go to the earlier line).
 */
export function allocateRounded(exact: Dec[], total: Dec, decimals: number): Dec[] {
	const unit = Dec.from(`1e-${decimals}`);
	const shares = exact.map((e) => e.round(decimals));
	let diff = total.round(decimals).sub(sum(shares));
	const order = exact
		.map((e, i) => ({ i, rest: e.sub(shares[i]!) }))
		.sort((a, b) => (diff.isNegative() ? a.rest.cmp(b.rest) : b.rest.cmp(a.rest)) || a.i - b.i);
	for (let k = 0; !diff.isZero() && order.length; k = (k + 1) % order.length) {
		const step = diff.isNegative() ? unit.neg() : unit;
		shares[order[k]!.i] = shares[order[k]!.i]!.add(step);
		diff = diff.sub(step);
	}
	return shares;
}
