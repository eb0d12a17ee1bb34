// The API's contract as TypeScript types, generated from its OpenAPI document: `npm run api:client`.
import type { components, operations, paths } from './schema';

export type { components, operations, paths };

/** Every schema of the document by name: `Schema<'BrokerResponseDto'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
