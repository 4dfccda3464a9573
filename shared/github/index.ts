// The GitHub port and what goes with it: the one module the actions import.
export * from './types.ts';
export * from './errors.ts';
export * from './client.ts';
export * from './convert.ts';
export * from './port.ts';
