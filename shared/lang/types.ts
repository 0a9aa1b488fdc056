/**
 * A language profile: everything Draftwatch needs to know about one language of UN drafts, as data.
 * Structure words (parts, headings, masthead, dates), numbering as printed, the rules of the
 * watch-term matcher, hedging scales and the default watch list. One file per language in
 * `profiles/` fills this type; the modules beside it (labels, dates, structure, matcher, hedging,
 * detect) read it, so no code outside the profiles names a word of any language.
 */
import type { NumberStyle } from './number';
import type { WatchCategory, WatchConcept } from './watchlist';

/** A label format of one level: a number style and the template it is printed in ("{n}." → "12."). */
export interface LabelFormat {
  style: NumberStyle;
  /**
   * The label as printed around the number `{n}`: "{n}.", "({n})", "{n})", "{n} -", "（{n}）", "{n}、".
   * When read, "." also accepts "．", "(" and ")" their full-width forms, "-" any dash, " " any
   * spacing (or none), and the quotes ’‘ either quote.
   */
  template: string;
}

/** The levels of a UN report's numbering, outermost first. */
export type LabelLevel = 'chapter' | 'section' | 'paragraph' | 'subparagraph' | 'subsubparagraph';

/** Where a part of a section stands: agreed action above a mere record of the debate. */
export type Standing = 'recommendations' | 'discussion';

/** A rung of a hedging scale: the wordings that carry one strength. */
export interface ScaleEntry {
  forms: readonly string[];
  /**
   * Strength, comparable across languages. Modal scale: 8 obligation ("shall"), 7 "must",
   * 6 "will", 5 "should", 4 "would", 3 "could"/"can", 2 "may", 1 "might". Operative verbs:
   * 9 "decides", 8 "calls upon"/"urges", 7 "requests", 6 "recommends", 5 "encourages",
   * 4 "invites", 3 "welcomes", 2 "notes", 1 "takes note of".
   */
  rank: number;
  /**
   * Longer words that contain a form without being it, for scripts written without spaces:
   * Chinese 应 ("should") is not meant inside 供应链 ("supply chain"). A match lying inside an
   * occurrence of one of these does not count.
   */
  notWithin?: readonly string[];
}

/** How watch terms are matched in a language (see matcher.ts). */
export interface MatchRules {
  /**
   * Which words of a term inflect: 'last' (English: "cyber mercenary" / "cyber mercenaries") or
   * 'all' (adjectives agree with nouns: "neutralité technologique" / "neutralités technologiques").
   */
  inflect: 'last' | 'all';
  /** The forms of a folded word that count as it (finite inflection, English plurals). */
  variants?: (word: string) => readonly string[];
  /** The stem of a folded word: two words match when their stems are equal (Snowball-style). */
  stem?: (word: string) => string;
  /**
   * Prefixes written joined to the next word (Arabic و، ف، ب، ل، ك and the article ال, alone and
   * combined), folded. A text word matches a term word when it is one of these plus the term
   * word (or the term word without its own article, `article`).
   */
  proclitics?: readonly string[];
  /** The definite article joined to its noun (Arabic ال), folded: "الحياد" also matches "بالحياد". */
  article?: string;
  /** Below this many letters a term word takes no proclitic (و + طن is not "ton"). Default 3. */
  minCliticBase?: number;
}

/** A date format: "{d} {month} {y}", "{d} de {month} de {y}", "{y}年{m}月{d}日". */
export type DateTemplate = string;

/** Words of the default watch list in one language (see watchlist.ts for the concepts). */
export interface WatchWords {
  phrase: string;
  alternatives: readonly string[];
}

/** Everything about one language. */
export interface LanguageProfile {
  /** BCP 47 code ("fr"): what a draft or project stores. */
  code: string;
  /** The language's name in itself ("Français", "العربية"). */
  name: string;
  /** Writing direction of the language's text. */
  direction: 'ltr' | 'rtl';
  detect: {
    /** The Unicode script its letters are written in (a `\p{Script=…}` name). */
    script: string;
    /** Frequent words of its running text (folded); words of the vocabularies below count too. */
    commonWords: readonly string[];
    /** Letters that hint at the language among those sharing its script ("ñ", "ç"). */
    letters?: string;
  };
  structure: {
    /** Headings that split a section into parts ("Discussion", "Recommended next steps"), as printed. */
    parts: readonly string[];
    /**
     * Cues of a heading's standing, matched on the folded heading at a word start. A cue ending
     * in "…" is a prefix ("recommend…" → "recommended", "recommendations"); others are whole words.
     * Recommendations cues are tried first.
     */
    standing: Readonly<Record<Standing, readonly string[]>>;
    /** Words that name a heading's kind when written before its number ("Annex I", "Приложение II"). */
    headingWords: Readonly<Record<'chapter' | 'section' | 'annex', readonly string[]>>;
    /**
     * Prefixes written with a hyphen ("non-State", "self-defence"), folded: a line of a PDF that
     * ends in one of them and a hyphen ends in a real hyphen, never one added by hyphenation.
     */
    hyphenPrefixes?: readonly string[];
  };
  masthead: {
    /** Lines of the masthead that are not part of the text ("Distr.: General", "Original: English"). */
    lines: readonly RegExp[];
    /** A label before a document symbol ("Symbol:", "Cote :"), to be removed when reading it. */
    symbolLabel: RegExp;
    /**
     * Lines of the masthead that name the issuing body or the session rather than the document
     * ("United Nations", "General Assembly", "Seventy-ninth session"): the title comes after them.
     */
    organs?: readonly RegExp[];
  };
  dates: {
    /** The twelve months, each with the forms that count (first = printed), in the case used in dates. */
    months: readonly (readonly string[])[];
    /** Weekday names that may open a date line ("Tuesday, 12 March 2025"). */
    weekdays: readonly string[];
    /** Date formats, first = printed; {d} day, {m} month number, {month} month name, {y} year. */
    formats: readonly DateTemplate[];
    /** How the first day of a month is printed when it differs ("1er" in French). */
    firstDay?: string;
    /** A label before a date ("Date:"), to be removed when reading it. */
    label?: RegExp;
  };
  /** Label formats of each level, first = printed; the others are also read. */
  numbering: Readonly<Record<LabelLevel, readonly LabelFormat[]>>;
  matching: MatchRules;
  hedging: {
    modal: readonly ScaleEntry[];
    verb: readonly ScaleEntry[];
    /** Qualifiers whose addition weakens a commitment ("as appropriate", "on a voluntary basis"). */
    qualifiers: readonly string[];
    /** Qualifiers' exclusions in unspaced scripts, as for `ScaleEntry.notWithin`. */
    qualifiersNotWithin?: readonly string[];
  };
  /** The default watch list's words in this language, by concept (see watchlist.ts). */
  watchList: Readonly<Record<WatchConcept, WatchWords>>;
  /** The default watch list's category names in this language. */
  categories: Readonly<Record<WatchCategory, string>>;
}
