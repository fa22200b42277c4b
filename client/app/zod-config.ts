/**
 * Imported first by main.tsx, before any schema is built: zod's JIT probes `new Function`, which our
 * Content-Security-Policy forbids and reports as a console error. Validation works the same without it.
 */
import { z } from 'zod';

z.config({ jitless: true });
