/** i18next's typed keys: `t('compare.next')` is checked against en.ts at compile time. */
import type { en } from './en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
