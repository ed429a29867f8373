import type { SystemFactory } from './core/types';
import { createIntacctSystem } from './intacct';
import { createOfficeRndSystem } from './officernd';
import { createReLeasedSystem } from './released';
import { createScoroSystem } from './scoro';

/**
 * The registry of simulated systems. Adding a system = one folder exporting a factory
 * (see core/types.ts SystemModule) + one line here.
 */
export const SYSTEM_FACTORIES: readonly SystemFactory[] = [
	createIntacctSystem,
	createScoroSystem,
	createOfficeRndSystem,
	createReLeasedSystem,
	// createOfficeRndSystem, createScoroSystem, createReLeasedSystem: to come.
];
