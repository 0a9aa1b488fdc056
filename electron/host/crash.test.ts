/**
 * No kill loses a saved project. A child process saves a growing project in a loop; the test
 * SIGKILLs it at a random moment, then checks that the project opens, equals a version the child
 * had acknowledged (or the one it was writing), never an older one, and that no temporary file
 * is left. Then the next round's child reopens the same file and goes on.
 *
 * Rounds: DRAFTWATCH_CRASH_ROUNDS (500 for the full run locally); a few dozen by default, to keep
 * CI short.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProjectStore, backupPathOf } from './project-store';
import { bundleFromSources } from './dev-bundle';
import { parseProject } from '../../shared/model/project';
import { prng } from '../../shared/testing/generator';

const ROUNDS = Number(process.env.DRAFTWATCH_CRASH_ROUNDS ?? 15);
const child = fileURLToPath(new URL('../testing/save-loop.ts', import.meta.url));

interface Round {
  saved: Map<number, string>;
  saving: { version: number; sha: string } | null;
  lastSaved: number;
}

/**
 * Run the child; after it has saved once (to learn how long a save takes), kill it at a random
 * moment of its next save (`fraction` of the way through a typical save, beyond it when > 1).
 */
function runAndKill(script: string, file: string, userData: string, fraction: number, round: Round): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [script, file, userData], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    let killing = false;
    let stderr = '';
    let savingAt = 0;
    const durations: number[] = [];
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const [what, v, sha] = buffer.slice(0, nl).split(' ');
        buffer = buffer.slice(nl + 1);
        if (what === 'saving') {
          round.saving = { version: Number(v), sha: sha! };
          savingAt = performance.now();
          if (durations.length >= 1 && !killing) {
            killing = true;
            const typical = durations.sort((a, b) => a - b)[Math.floor(durations.length / 2)]!;
            setTimeout(() => proc.kill('SIGKILL'), fraction * typical);
          }
        }
        if (what === 'saved') {
          durations.push(performance.now() - savingAt);
          round.saved.set(Number(v), sha!);
          round.lastSaved = Math.max(round.lastSaved, Number(v));
        }
      }
    });
    // 'close', not 'exit': every line the child wrote before it died has been read by then.
    proc.on('close', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`save loop ended by itself (${code}): ${stderr}`))));
  });
}

describe('a killed save never loses the project', () => {
  let script: string;
  beforeAll(async () => {
    script = await bundleFromSources(child);
  });

  it(`survives ${ROUNDS} SIGKILLs at random moments`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-crash-'));
    const file = path.join(dir, 'negotiation.draftwatch');
    const userData = path.join(dir, 'user');
    const random = prng(Number(process.env.DRAFTWATCH_CRASH_SEED ?? Date.now() % 100_000));
    let killedMidWrite = 0;
    const started = Date.now();
    for (let i = 0; i < ROUNDS; i++) {
      const round: Round = { saved: new Map(), saving: null, lastSaved: 0 };
      // Kill anywhere in a save, or just after it.
      await runAndKill(script, file, userData, random() * 1.2, round);

      const text = fs.readFileSync(file, 'utf8');
      const sha = crypto.createHash('sha256').update(text).digest('hex');
      const acknowledged = [...round.saved.entries()].find(([, s]) => s === sha)?.[0];
      const inFlight = round.saving?.sha === sha ? round.saving.version : undefined;
      const version = acknowledged ?? inFlight;
      expect(version, `round ${i}: the file is neither an acknowledged version nor the one being written`).toBeDefined();
      expect(version!, `round ${i}: a version older than the last acknowledged one`).toBeGreaterThanOrEqual(round.lastSaved);
      if (round.saving && round.saving.version > round.lastSaved) killedMidWrite++;

      // It opens (the store's own checks), and the backup is a whole project too.
      const opened = await new ProjectStore(userData).open(file);
      expect(opened.project.name).toBe(`Crash test v${version}`);
      if (fs.existsSync(backupPathOf(file))) parseProject(fs.readFileSync(backupPathOf(file), 'utf8'));
      // Opening swept what the killed save left: nothing but the project and its backup.
      expect(fs.readdirSync(dir).filter((n) => n !== 'user').sort()).toEqual(['negotiation.draftwatch', 'negotiation.draftwatch.bak'].filter((n) => fs.existsSync(path.join(dir, n))));
      if ((i + 1) % 50 === 0) console.log(`crash test: ${i + 1} of ${ROUNDS} rounds (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    // Most rounds catch the child between "saving" and "saved": the test does kill mid-save.
    expect(killedMidWrite).toBeGreaterThan(ROUNDS / 4);
    console.log(`crash test (${((Date.now() - started) / 1000).toFixed(0)} s): ${ROUNDS} kills, ${killedMidWrite} during a save; project now ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB`);
    // Kept when a round fails, to look at; removed when all pass (the project grows to several MB).
    fs.rmSync(dir, { recursive: true, force: true });
    // A round takes about a second; the budget is generous so a busy machine does not fail a long run.
  }, 60_000 + ROUNDS * 10_000);
});
