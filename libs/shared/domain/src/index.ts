export * from './lib/audit';
export * from './lib/contracts';
export * from './lib/navigation';
export * from './lib/normalize';
export * from './lib/permissions';
export * from './lib/registry';
export * from './lib/registry-contracts';
export * from './lib/roles';
