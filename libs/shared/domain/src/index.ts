export * from './lib/audit';
export * from './lib/contracts';
export * from './lib/navigation';
export * from './lib/permissions';
export * from './lib/roles';
