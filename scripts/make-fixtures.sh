#!/usr/bin/env bash
# Regenerates the importer fixtures with LibreOffice: DOCX and PDF made by a real word processor
# from the hand-written flat ODT sources in shared/import/fixtures/src (real auto-numbered lists,
# outline-numbered headings, footnotes; the OEWG sample also as HTML), plus a generated 400-paragraph report for the benchmark.
# Usage: scripts/make-fixtures.sh   (needs soffice on PATH and the Debian package hyphen-en-us for
# the hyphenated layouts; takes a minute)
set -euo pipefail
cd "$(dirname "$0")/.."
FIX=shared/import/fixtures
SRC=$FIX/src
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
command -v soffice >/dev/null || { echo "soffice (LibreOffice) is required" >&2; exit 1; }

# The 400-paragraph report: same styles as oewg-crp.fodt, ten chapters of four sections each,
# ten numbered paragraphs per section, a lettered list every fifth paragraph.
make_long() {
  local sentences=(
    "Delegations underlined the value of sharing national views on how existing commitments apply to emerging technologies"
    "Several delegations called for practical steps that smaller administrations can implement with limited resources"
    "It was observed that incidents affecting cross-border services require rapid contact between technical teams"
    "Delegations welcomed voluntary reporting and encouraged those that have not yet reported to consider doing so"
    "Some delegations proposed that the secretariat compile good practices in a short and accessible format"
    "The importance of including regional organizations and relevant stakeholders in these efforts was emphasized"
    "Delegations noted that trust is built over time through regular and predictable exchanges between capitals"
  )
  # Running header (the symbol) and footer (page number) on every page, as UN documents have.
  sed -n '1,/<office:text>/p' "$SRC/oewg-crp.fodt" | sed 's#^ <office:body># <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p text:style-name="Symbol">A/AC.292/2025/CRP.9</text:p></style:header><style:footer><text:p text:style-name="Standard">Page <text:page-number text:select-page="current"/></text:p></style:footer></style:master-page></office:master-styles>\n&#' \
    | sed 's#<office:automatic-styles>#&<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.27in" fo:page-height="11.69in" fo:margin-top="0.5in" fo:margin-bottom="0.5in" fo:margin-left="0.79in" fo:margin-right="0.79in"/><style:header-style><style:header-footer-properties fo:min-height="0.3in" fo:margin-bottom="0.2in"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.3in" fo:margin-top="0.2in"/></style:footer-style></style:page-layout>#'
  echo '   <text:p text:style-name="Symbol">A/AC.292/2025/CRP.9</text:p>'
  echo '   <text:p text:style-name="Title">Generated long draft report for import benchmarks</text:p>'
  local n=0 first=1
  for chapter in $(seq 1 10); do
    echo "   <text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">Chapter heading number $chapter</text:h>"
    for section in $(seq 1 4); do
      echo "   <text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">Section $section of chapter $chapter</text:h>"
      if [ $first = 1 ]; then echo '   <text:list xml:id="paras" text:style-name="UNParagraphs">'; first=0;
      else echo '   <text:list text:continue-list="paras" text:style-name="UNParagraphs">'; fi
      for _ in $(seq 1 10); do
        n=$((n + 1))
        local s1=${sentences[$((n % 7))]} s2=${sentences[$(((n * 3 + 1) % 7))]}
        if [ $((n % 5)) = 0 ]; then
          echo "    <text:list-item><text:p text:style-name=\"P1\">In paragraph $n, $s1, in particular:</text:p><text:list>"
          echo "     <text:list-item><text:p text:style-name=\"P1\">first point of paragraph $n;</text:p></text:list-item>"
          echo "     <text:list-item><text:p text:style-name=\"P1\">second point of paragraph $n.</text:p></text:list-item>"
          echo "    </text:list></text:list-item>"
        else
          echo "    <text:list-item><text:p text:style-name=\"P1\">In paragraph $n, $s1. $s2, and [bracketed text $n] remains under discussion.</text:p></text:list-item>"
        fi
      done
      echo '   </text:list>'
    done
  done
  echo '  </office:text>'
  echo ' </office:body>'
  echo '</office:document>'
}
make_long > "$TMP/long-400.fodt"

for source in "$SRC"/*.fodt "$TMP/long-400.fodt"; do
  formats="docx pdf"
  case "$source" in
    */oewg-crp.fodt) formats="docx pdf html" ;;
    # Amendments tracked by two authors, for the Word review round trip (shared/import/docx-revisions.ts).
    */review-two-authors.fodt) formats="docx" ;;
    */pdf-*.fodt) formats="pdf" ;; # PDF layout regressions (line-end hyphens need hyphen-en-us)
    */lo-content.fodt) continue ;; # the Word corpus, below
  esac
  for format in $formats; do
    soffice --headless "-env:UserInstallation=file://$TMP/profile" --convert-to "$format" --outdir "$FIX" "$source" >/dev/null
  done
done
# Bad inputs made by real tools: a password-protected PDF, and a scan (an image, no text layer)
# rendered from the sample PDF with poppler's pdftoppm and wrapped into a PDF by LibreOffice.
soffice --headless "-env:UserInstallation=file://$TMP/profile" --convert-to \
  'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
  --outdir "$TMP/enc" "$SRC/ar-zh.fodt" >/dev/null
mv "$TMP/enc/ar-zh.pdf" "$FIX/encrypted.pdf"
if command -v pdftoppm >/dev/null; then
  pdftoppm -r 40 -png -f 1 -l 1 "$FIX/oewg-crp.pdf" "$TMP/scan"
  {
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
    echo '<office:body><office:text><text:p><draw:frame svg:width="6in" svg:height="8.5in" text:anchor-type="as-char"><draw:image><office:binary-data>'
    base64 "$TMP"/scan-1.png
    echo '</office:binary-data></draw:image></draw:frame></text:p></office:text></office:body></office:document>'
  } > "$TMP/scanned.fodt"
  soffice --headless "-env:UserInstallation=file://$TMP/profile" --convert-to pdf --outdir "$FIX" "$TMP/scanned.fodt" >/dev/null
else
  echo "pdftoppm not found: keeping the existing scanned.pdf" >&2
fi

# The Word fixture corpus (fixtures/corpus): OOXML written by hand as Word writes it
# (fixtures/word-corpus.ts), and a document LibreOffice saves as DOCX itself.
mkdir -p "$FIX/corpus"
npx tsx scripts/write-word-corpus.ts "$FIX/corpus"
soffice --headless "-env:UserInstallation=file://$TMP/profile" --convert-to docx --outdir "$FIX/corpus" "$SRC/lo-content.fodt" >/dev/null
# French and Spanish OEWG-style reports (issue 15): the French one with heading styles (the parts
# at the sections' level), the Spanish one with bold lines for headings.
soffice --headless "-env:UserInstallation=file://$TMP/profile" --convert-to 'docx:MS Word 2007 XML' --outdir "$FIX" "$SRC/fr-oewg.html" "$SRC/es-oewg.html" >/dev/null

# The six UN languages (issue 15): a zero draft, Rev.1 and final of one OEWG-style report in
# Arabic, Chinese, English, French, Russian and Spanish (shared/testing/six-languages.ts, with the
# truth of every paragraph), as DOCX and PDF. The PDFs need the Noto Naskh Arabic and Noto Sans
# CJK fonts (scripts/setup-system.sh).
mkdir -p "$FIX/six" "$TMP/six"
npx tsx scripts/write-six-languages.ts "$TMP/six"
soffice --headless "-env:UserInstallation=file://$TMP/profile" --convert-to 'docx:MS Word 2007 XML' --outdir "$FIX/six" "$TMP"/six/*.fodt >/dev/null
soffice --headless "-env:UserInstallation=file://$TMP/profile" --convert-to pdf --outdir "$FIX/six" "$TMP"/six/*.fodt >/dev/null

# Generated 200-paragraph drafts printed by LibreOffice in several layouts (automatic and typed
# numbers, hyphenated, narrow, two columns): what the PDF importer is measured on.
mkdir -p "$FIX/generated" "$TMP/generated"
npx tsx scripts/write-generated-drafts.ts "$TMP/generated"
soffice --headless "-env:UserInstallation=file://$TMP/profile" --convert-to pdf --outdir "$FIX/generated" "$TMP"/generated/*.fodt >/dev/null
cp "$TMP"/generated/*.hash "$FIX/generated/"

ls -l "$FIX"/*.docx "$FIX"/*.pdf "$FIX"/*.html "$FIX"/corpus/*.docx "$FIX"/generated/*.pdf "$FIX"/six/*
