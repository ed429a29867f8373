/**
 * Exact decimal arithmetic for money: a value is an integer (bigint) times 10^-scale, so adding,
 * subtracting and multiplying never drift the way JavaScript floats do (0.1 + 0.2). Rounding
 * happens only when asked (round / toFixed), which the write shapes do per currency.
 */
export class Dec {
	private constructor(
		readonly units: bigint,
		readonly scale: number,
	) {}

	static readonly ZERO = new Dec(0n, 0);

	/**
	 * Reads a JSON number or a decimal string. A number is taken by its shortest round-trip text
	 * (what the system wrote: 0.1 stays 0.1), never by its binary expansion.
	 */
	static from(value: unknown, what = 'amount'): Dec {
		if (value instanceof Dec) return value;
		if (typeof value === 'bigint') return new Dec(value, 0);
		if (typeof value === 'number') {
			if (!Number.isFinite(value)) throw new Error(`${what} is not a finite number: ${String(value)}`);
			return Dec.parse(String(value), what);
		}
		if (typeof value === 'string') return Dec.parse(value.trim(), what);
		throw new Error(`${what} is not a number: ${JSON.stringify(value)}`);
	}

	/** Like from(), but undefined/null/'' become the fallback (zero by default). */
	static opt(value: unknown, fallback: Dec = Dec.ZERO, what = 'amount'): Dec {
		return value === undefined || value === null || value === '' ? fallback : Dec.from(value, what);
	}

	static isDecimalText(text: string): boolean {
		return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text);
	}

	private static parse(text: string, what: string): Dec {
		if (!Dec.isDecimalText(text)) throw new Error(`${what} is not a decimal number: "${text}"`);
		const [mantissa, expPart] = text.toLowerCase().split('e');
		const exp = expPart ? Number(expPart) : 0;
		const negative = mantissa!.startsWith('-');
		const body = mantissa!.replace(/^[+-]/, '');
		const [intPart, fracPart = ''] = body.split('.');
		let units = BigInt((intPart || '0') + fracPart);
		let scale = fracPart.length - exp;
		if (scale < 0) {
			units *= 10n ** BigInt(-scale);
			scale = 0;
		}
		return new Dec(negative ? -units : units, scale).normalize();
	}

	private static align(a: Dec, b: Dec): [bigint, bigint, number] {
		const scale = Math.max(a.scale, b.scale);
		return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
	}

	/** Drops trailing zeros so equal values have one representation. */
	private normalize(): Dec {
		let { units, scale } = this;
		while (scale > 0 && units % 10n === 0n) {
			units /= 10n;
			scale--;
		}
		return units === this.units && scale === this.scale ? this : new Dec(units, scale);
	}

	add(other: Dec | number | string): Dec {
		const [a, b, scale] = Dec.align(this, Dec.from(other));
		return new Dec(a + b, scale).normalize();
	}

	sub(other: Dec | number | string): Dec {
		const [a, b, scale] = Dec.align(this, Dec.from(other));
		return new Dec(a - b, scale).normalize();
	}

	mul(other: Dec | number | string): Dec {
		const o = Dec.from(other);
		return new Dec(this.units * o.units, this.scale + o.scale).normalize();
	}

	neg(): Dec {
		return new Dec(-this.units, this.scale);
	}

	abs(): Dec {
		return this.units < 0n ? this.neg() : this;
	}

	cmp(other: Dec | number | string): -1 | 0 | 1 {
		const [a, b] = Dec.align(this, Dec.from(other));
		return a < b ? -1 : a > b ? 1 : 0;
	}

	eq(other: Dec | number | string): boolean {
		return this.cmp(other) === 0;
	}

	isZero(): boolean {
		return this.units === 0n;
	}

	isNegative(): boolean {
		return this.units < 0n;
	}

	/** Half away from zero, the rounding accounting systems print on invoices. */
	round(decimals: number): Dec {
		if (this.scale <= decimals) return this;
		const factor = 10n ** BigInt(this.scale - decimals);
		const abs = this.units < 0n ? -this.units : this.units;
		let q = abs / factor;
		if ((abs % factor) * 2n >= factor) q += 1n;
		return new Dec(this.units < 0n ? -q : q, decimals).normalize();
	}

	/** Exact quotient when it has at most maxDecimals decimals, otherwise undefined. */
	divExact(divisor: Dec | number | string, maxDecimals = 10): Dec | undefined {
		const d = Dec.from(divisor);
		if (d.isZero()) return undefined;
		// this / d = (u1 * 10^-s1) / (u2 * 10^-s2); scale the numerator up to maxDecimals.
		const shift = maxDecimals + d.scale - this.scale;
		const num = shift >= 0 ? this.units * 10n ** BigInt(shift) : this.units / 10n ** BigInt(-shift);
		if (shift < 0 && this.units % 10n ** BigInt(-shift) !== 0n) return undefined;
		if (num % d.units !== 0n) return undefined;
		return new Dec(num / d.units, maxDecimals).normalize();
	}

	/** Plain decimal text, exact (no exponent). */
	toString(): string {
		const negative = this.units < 0n;
		const digits = (negative ? -this.units : this.units).toString().padStart(this.scale + 1, '0');
		const int = digits.slice(0, digits.length - this.scale);
		const frac = this.scale ? '.' + digits.slice(digits.length - this.scale) : '';
		return (negative ? '-' : '') + int + frac;
	}

	/** Rounded to `decimals` and printed with exactly that many decimals ("12.50"). */
	toFixed(decimals: number): string {
		const r = this.round(decimals);
		const [int, frac = ''] = r.toString().split('.');
		return decimals ? `${int}.${frac.padEnd(decimals, '0')}` : int!;
	}

	toJSON(): string {
		return this.toString();
	}
}

export function sum(values: Iterable<Dec>): Dec {
	let total = Dec.ZERO;
	for (const v of values) total = total.add(v);
	return total;
}

/**
 * ISO 4217 minor units for the currencies that differ from 2; everything else has 2.
 * Writes round to these, and only there.
 */
const MINOR_UNITS: Record<string, number> = {
	BHD: 3,
	BIF: 0,
	CLF: 4,
	CLP: 0,
	DJF: 0,
	GNF: 0,
	IQD: 3,
	ISK: 0,
	JOD: 3,
	JPY: 0,
	KMF: 0,
	KRW: 0,
	KWD: 3,
	LYD: 3,
	OMR: 3,
	PYG: 0,
	RWF: 0,
	TND: 3,
	UGX: 0,
	UYI: 0,
	UYW: 4,
	VND: 0,
	VUV: 0,
	XAF: 0,
	XOF: 0,
	XPF: 0,
};

export function currencyDecimals(currency: string): number {
	return MINOR_UNITS[currency.toUpperCase()] ?? 2;
}
