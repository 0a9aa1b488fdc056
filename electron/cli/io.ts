/**
 * What a command needs from the outside world, injected so commands are tested without a shell:
 * printing, reading the files it is given, writing its outputs atomically.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { importBytes, toDraft } from '../../shared/import';
import { ImportError } from '../../shared/import/types';
import type { Draft } from '../../shared/model/draft';
import type { ImportedContent } from '../../shared/import/types';
import { writeAtomic } from '../host/atomic-write';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(file: string): Promise<Uint8Array>;
  writeFile(file: string, data: Uint8Array | string): Promise<void>;
}

// `draftwatch … | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

export const nodeIo: CliIo = {
  out: (t) => void process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => void process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  async readFile(file) {
    try {
      return new Uint8Array(await fs.readFile(file));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new ImportError(code === 'ENOENT' ? `${file}: no such file.` : code === 'EISDIR' ? `${file} is a folder, not a file.` : `${file} could not be read (${code}).`);
    }
  },
  writeFile: (file, data) => writeAtomic(file, data),
};

/** Import one file as content and as a draft (label from the document, id from its position). */
export async function loadDraft(io: CliIo, file: string, index: number): Promise<{ content: ImportedContent; draft: Draft }> {
  const bytes = await io.readFile(file);
  const content = await importBytes(bytes, path.basename(file));
  return { content, draft: toDraft(content, { fileName: path.basename(file), bytes, id: `d${index + 1}` }) };
}
