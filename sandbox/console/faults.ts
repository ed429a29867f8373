import type { Fault, FaultInput } from '../core/faults';

/** The faults a person switches on and off on a system page (the admin API has every other). */
export interface FaultPreset {
	id: string;
	label: string;
	fault: Omit<FaultInput, 'system'>;
}

export const FAULT_PRESETS: readonly FaultPreset[] = [
	{
		id: 'write-5xx',
		label: 'Writes fail: every write is answered 503, nothing is stored',
		fault: { type: 'http5xx', status: 503, kind: 'write' },
	},
	{
		id: 'read-5xx',
		label: 'Reads fail: every read is answered 500',
		fault: { type: 'http5xx', status: 500, kind: 'read' },
	},
	{
		id: 'throttle',
		label: 'Throttled: every request is answered 429 (Retry-After 1 s)',
		fault: { type: 'http429', retryAfterSeconds: 1 },
	},
	{
		id: 'lost-answer',
		label: 'Lost answers: each write is stored, then the connection is cut before the answer',
		fault: { type: 'dropAfterCommit', kind: 'write' },
	},
	{ id: 'slow', label: 'Slow: every request waits 2 s', fault: { type: 'latency', latencyMs: 2000 } },
];

/** Is this active fault the preset, switched on for this system? */
export function presetMatches(preset: FaultPreset, system: string, fault: Fault): boolean {
	if (fault.system !== system) return false;
	const keys: Array<keyof FaultInput> = [
		'type',
		'kind',
		'status',
		'latencyMs',
		'retryAfterSeconds',
		'match',
		'operations',
		'methods',
		'count',
		'probability',
		'burst',
		'skip',
	];
	return keys.every((k) => JSON.stringify(preset.fault[k as keyof typeof preset.fault]) === JSON.stringify(fault[k]));
}
