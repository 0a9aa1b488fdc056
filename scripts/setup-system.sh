#!/usr/bin/env bash
# Installs the system programs the tests use, where they are missing, from Debian/Ubuntu packages:
# Chromium (end-to-end tests, PDF export), Xvfb (a screen for the desktop-shell spec), poppler
# (pdftotext), LibreOffice Writer with its Python-UNO bridge (checks exported DOCX as a real
# Word-compatible client, and reads the importer's Word fixtures as the reference) and the Noto
# fonts of the six-language fixtures (CJK and Arabic).
# Needs root or sudo; on other systems it prints what to install and carries on.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
# The Python-UNO bridge drives LibreOffice's accept/reject-all checks of exported DOCX files,
# its reading of the importer's Word fixtures (list labels, text boxes), and its Compare
# Document, the command line's peer in bench/cli.bench.ts.
/usr/bin/python3 -c 'import uno' >/dev/null 2>&1 || need+=(python3-uno)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
# Noto Naskh Arabic for the Arabic fixtures' PDFs (fonts-noto-core is Debian's narrowest package with it).
fc-list 2>/dev/null | grep -qi 'Noto Naskh Arabic' || need+=(fonts-noto-core)
if [ ${#need[@]} -eq 0 ]; then
  echo "System programs for the tests: all present."
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Please install: ${need[*]} (Chromium at /usr/bin/chromium or set DRAFTWATCH_CHROMIUM). Continuing without them."
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing system programs for the tests: ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "Installed: ${need[*]}"
