/**
 * Import speed of a 400-paragraph draft as DOCX and as PDF, both made by LibreOffice from a
 * generated report (scripts/make-fixtures.sh). Targets on the reference machine: DOCX ≤ 150 ms,
 * PDF ≤ 1.5 s. Prints figures; never fails on time.
 * Run: npx tsx bench/import.bench.ts
 */
import { readFileSync } from 'node:fs';
import { importBytes } from '../shared/import/index';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../shared/import/fixtures/${name}`, import.meta.url)));

async function measure(name: string, target: number, runs: number): Promise<void> {
  const bytes = fixture(name);
  const first = performance.now();
  const content = await importBytes(bytes, name); // cold: includes loading pdf.js for PDFs
  const cold = performance.now() - first;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await importBytes(bytes, name);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const paragraphs = content.blocks.filter((b) => b.kind === 'paragraph' && b.level === 0).length;
  console.log(
    `import ${name.padEnd(14)} ${paragraphs} paragraphs  cold ${cold.toFixed(0).padStart(5)} ms  ` +
      `median ${median.toFixed(1).padStart(7)} ms  min ${times[0]!.toFixed(1).padStart(7)} ms  ` +
      `target ≤ ${target} ms  ${median <= target ? 'OK' : 'SLOW'}`,
  );
}

await measure('long-400.docx', 150, 15);
await measure('long-400.pdf', 1500, 5);
