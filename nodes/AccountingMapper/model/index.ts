export * from './decimal';
export * from './errors';
export * from './schemas';
export * from './totals';
