/**
 * PDF importer. pdf.js (legacy build, so it runs in Node as well as in browsers) is loaded only
 * when a PDF is imported, and runs on the calling thread: the host already calls importers off
 * the UI thread, and a nested worker would need a separate script URL in every host.
 */
import { layoutPages } from './pdf-layout';
import type { PdfItem, PdfPage } from './pdf-lines';
import { recognizeStructure } from './structure';
import { ImportError, type ImportedContent, type ImportOptions } from './types';

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  fontName?: string;
  dir?: string;
}
interface PdfJsPage {
  getViewport(o: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: PdfTextItem[] }>;
  cleanup(): void;
}
interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
  destroy(): Promise<void>;
}
interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfJsDocument>; destroy(): Promise<void> };
}

let loading: Promise<PdfJs> | null = null;

/** Loads pdf.js once, with its worker code running in this thread. */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown };
    // The worker module has no type declarations; `as string` keeps the literal for bundlers.
    if (!g.pdfjsWorker) g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs' as string);
    return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  })();
  return loading;
}

/**
 * Most pages accepted. The longest UN reports run to a few hundred pages; a page tree listing
 * hundreds of thousands is built to keep the text extractor busy, so it is refused up front.
 */
export const MAX_PDF_PAGES = 5000;

/** Imports a PDF's bytes into structured content. */
export async function importPdf(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportedContent> {
  // pdf.js repairs what it can, so a cut-off download would import as a silently shorter draft.
  if (!hasEofMarker(bytes)) throw new ImportError(`${fileName} is incomplete (the PDF is cut off before its end).`);
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: bytes.slice(), // pdf.js takes ownership of (detaches) the buffer it is given
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: PdfJsDocument;
  try {
    doc = await task.promise;
  } catch (err) {
    throw openError(err, fileName);
  }
  if (doc.numPages > MAX_PDF_PAGES) {
    await doc.destroy().catch(() => undefined);
    throw new ImportError(`${fileName} has ${doc.numPages.toLocaleString('en')} pages; Draftwatch imports documents of up to ${MAX_PDF_PAGES.toLocaleString('en')} pages.`);
  }
  try {
    const pages: PdfPage[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (typeof it.str !== 'string' || !it.transform) continue;
        const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = it.transform;
        items.push({
          text: it.str,
          x: e,
          y: f,
          width: it.width ?? 0,
          size: Math.hypot(c, d) || Math.hypot(a, b),
          font: it.fontName ?? '',
          rtl: it.dir === 'rtl',
        });
        chars += it.str.trim().length;
      }
      pages.push({ width: viewport.width, height: viewport.height, items });
      page.cleanup();
      options.onProgress?.((0.9 * n) / doc.numPages);
    }
    if (chars === 0) {
      throw new ImportError(`${fileName} has no text layer (it is probably a scanned image); run it through text recognition (OCR) first.`);
    }
    const layout = layoutPages(pages);
    const notes: string[] = [];
    if (layout.unlinkedFootnotes > 0) {
      notes.push(`${layout.unlinkedFootnotes} footnote(s) could not be linked to the paragraph citing them and were left out.`);
    }
    notes.push('Imported from PDF: paragraphs and numbers were rebuilt from the page layout; check them against the original.');
    return { format: 'pdf', notes, ...recognizeStructure(layout.raws, { language: options.language }) };
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError(`${fileName} is damaged: its pages could not be read.`);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

function hasEofMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  return tail.includes('%%EOF');
}

function openError(err: unknown, fileName: string): ImportError {
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') {
    return new ImportError(`${fileName} is password-protected; remove the password and import it again.`);
  }
  return new ImportError(`${fileName} is not a readable PDF (the file is damaged or incomplete).`);
}
