/**
 * Every language profile. A language is one file beside this one (copy en.ts, translate its words);
 * list it here. `registry.test.ts` fails, naming the file, when a profile in this folder is missing.
 */
import ar from './ar';
import en from './en';
import es from './es';
import fr from './fr';
import ru from './ru';
import zh from './zh';

export const PROFILES = [ar, zh, en, fr, ru, es];
