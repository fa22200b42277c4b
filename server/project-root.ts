/** The checkout's root, whether the server runs from its TypeScript sources or from the build in dist/server/server. */
import { resolve } from 'node:path';

/** True when this module is the compiled JavaScript of `npm run build:server`, not the TypeScript source. */
export const COMPILED = !import.meta.url.endsWith('.ts');

export const PROJECT_ROOT = resolve(import.meta.dirname, COMPILED ? '../../..' : '..');
