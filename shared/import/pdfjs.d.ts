// pdf.js ships no declarations for its worker module; the importer only needs it to exist.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
