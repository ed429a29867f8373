/**
 * The sandbox clock. Every timestamp the simulators write (created/modified, session
 * timeouts) comes from here, so tests can move time instead of waiting for it.
 *
 * By default the clock follows real time. `set()` jumps to an instant and keeps ticking from
 * there; `freeze()` stops it (fully deterministic timestamps); `advance()` moves it forward.
 */
export class SandboxClock {
	private offsetMs = 0;
	private frozenAt: number | undefined;

	constructor(private readonly realNow: () => number = () => Date.now()) {}

	nowMs(): number {
		return this.frozenAt ?? this.realNow() + this.offsetMs;
	}

	now(): Date {
		return new Date(this.nowMs());
	}

	/** Jump to `instant`; the clock keeps running from there unless `frozen`. */
	set(instant: Date, frozen = this.frozenAt !== undefined): void {
		const ms = instant.getTime();
		if (Number.isNaN(ms)) throw new Error('invalid instant');
		if (frozen) {
			this.frozenAt = ms;
		} else {
			this.frozenAt = undefined;
			this.offsetMs = ms - this.realNow();
		}
	}

	advance(seconds: number): void {
		if (!Number.isFinite(seconds)) throw new Error('invalid seconds');
		if (this.frozenAt !== undefined) this.frozenAt += seconds * 1000;
		else this.offsetMs += seconds * 1000;
	}

	freeze(): void {
		this.frozenAt = this.nowMs();
	}

	unfreeze(): void {
		if (this.frozenAt === undefined) return;
		this.offsetMs = this.frozenAt - this.realNow();
		this.frozenAt = undefined;
	}

	/** Back to real time. */
	reset(): void {
		this.offsetMs = 0;
		this.frozenAt = undefined;
	}

	describe(): { now: string; frozen: boolean; offsetMs: number } {
		return {
			now: this.now().toISOString(),
			frozen: this.frozenAt !== undefined,
			offsetMs: this.frozenAt === undefined ? this.offsetMs : this.frozenAt - this.realNow(),
		};
	}
}
