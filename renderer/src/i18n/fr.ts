/** The interface in French, as UN documents use it (keys: en.ts; checked by resources.test.ts). */
import type { Resources } from './resources';
import { shell } from './fr/shell';
import { compare } from './fr/compare';
import { track } from './fr/track';
import { drafting } from './fr/drafting';
import { annotations } from './fr/annotations';
import { present } from './fr/present';

export const fr = { ...shell, ...compare, ...track, ...drafting, ...annotations, ...present } satisfies Resources;
