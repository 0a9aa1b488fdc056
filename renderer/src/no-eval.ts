/**
 * The app's CSP forbids eval. zod would otherwise probe for it (with `new Function`) the first
 * time it validates, which the policy blocks and reports; jitless mode never tries.
 * Imported first by main.tsx.
 */
import { z } from 'zod';

z.config({ jitless: true });
