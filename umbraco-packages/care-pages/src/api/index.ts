export * from './care-pages-api.js';
export * from './care-pages-api-error.js';
export type * from './care-pages-api-options.js';
export type * from './exported-file.js';
export * from './types.js';
