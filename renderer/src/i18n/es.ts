/** The interface in Spanish, as UN documents use it (keys: en.ts; checked by resources.test.ts). */
import type { Resources } from './resources';
import { shell } from './es/shell';
import { compare } from './es/compare';
import { track } from './es/track';
import { drafting } from './es/drafting';
import { annotations } from './es/annotations';
import { present } from './es/present';

export const es = { ...shell, ...compare, ...track, ...drafting, ...annotations, ...present } satisfies Resources;
