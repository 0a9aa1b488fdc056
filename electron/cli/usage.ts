/**
 * One line of usage per command, kept apart from the commands themselves so that `--help` and
 * a usage error load no command's code (each command is loaded only when it runs).
 */
export const usages = {
  import: 'draftwatch import FILE [--json] [--lang ar|zh|en|fr|ru|es]     Import a draft (DOCX, PDF, HTML, text, Markdown) and print its structure',
  compare:
    'draftwatch compare BASE TARGET [--json] [--color[=always|never|auto]] [-o OUT.docx|.html|.pdf] [--static] [--ignore-case] [--ignore-punctuation] [--keep-numbering] [--lang CODE]',
  track: 'draftwatch track FILE… --term "phrase" [--term …] [--terms FILE] [--json|--csv] [--lang CODE]',
  table: 'draftwatch table DRAFT… -o OUT.docx|.html [--ignore-case] [--ignore-punctuation] [--lang CODE]',
  report:
    'draftwatch report DRAFT…|FOLDER|PROJECT.draftwatch -o SITE/ [--terms FILE] [--term "phrase"] [--pair A:B] [--order date|symbol|name] [--title TEXT] [--ui-lang en|fr|es] [--force] [--json]',
  annotations: 'draftwatch annotations carry ANNOTATIONS.json --from OLD_DRAFT --to NEW_DRAFT [--json] [--lang CODE]',
} as const;
