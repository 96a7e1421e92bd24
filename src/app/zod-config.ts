/**
 * Imported first by main.tsx, before any schema is built: our CSP forbids eval, so zod must not compile parsers
 * with `new Function` — and must not even probe for it, since the probe is reported as a CSP violation.
 */
import { z } from 'zod';

z.config({ jitless: true });
