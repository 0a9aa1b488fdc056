/**
 * The interface's words in English: the default language and the source of keys. fr.ts and es.ts
 * hold the same keys (resources.test.ts checks keys, {{variables}} and plural forms). Plurals use
 * i18next's suffixes (_one, _other; French and Spanish also _many). Document text and draft labels
 * are data, never here.
 */
import { shell } from './en/shell';
import { compare } from './en/compare';
import { track } from './en/track';
import { drafting } from './en/drafting';
import { annotations } from './en/annotations';
import { present } from './en/present';

export const en = { ...shell, ...compare, ...track, ...drafting, ...annotations, ...present } as const;
