/**
 * The JSON Schemas in schemas/ (one per `--json` output) against real outputs of the command
 * line on real files: Markdown, DOCX and PDF made by LibreOffice, Arabic and Chinese. Strict
 * schemas (no unknown properties) so an output that changes shape fails here before a pipeline
 * relying on the schema breaks.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { main } from './main';
import { capture } from './testing/capture';

const SCHEMAS = path.resolve(import.meta.dirname, '../../schemas');
const ajv = new Ajv2020({ strict: true, allErrors: true });
const files = fs.readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json')).sort();
for (const f of files) ajv.addSchema(JSON.parse(fs.readFileSync(path.join(SCHEMAS, f), 'utf8')) as object, f);

async function json(argv: string[]): Promise<unknown> {
  const io = capture();
  const code = await main(argv, io);
  expect(code, io.stderr).toBe(0);
  return JSON.parse(io.stdout) as unknown;
}

function check(schema: string, value: unknown): void {
  const validate = ajv.getSchema(schema)!;
  const ok = validate(value);
  expect(ok ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`), schema).toEqual([]);
}

const fixture = (f: string): string => `shared/import/fixtures/${f}`;
const demo = (f: string): string => `assets/demo/${f}`;
const tested = new Set<string>();

describe('JSON Schemas of every --json output', () => {
  it('import --json: Markdown, DOCX, PDF, HTML, Arabic and Chinese', async () => {
    for (const f of [demo('rev1.md'), fixture('oewg-crp.docx'), fixture('oewg-crp.pdf'), fixture('oewg-crp.html'), fixture('ar-zh.docx')]) {
      check('import.schema.json', await json(['import', f, '--json']));
    }
    tested.add('import.schema.json');
  });

  it('compare --json: moves, splits and merges; DOCX against PDF; with options', async () => {
    const outputs = [
      await json(['compare', demo('rev1.md'), demo('rev2.md'), '--json']),
      await json(['compare', demo('zero-draft.md'), demo('final.md'), '--json', '--ignore-case']),
      await json(['compare', fixture('oewg-crp.docx'), fixture('oewg-crp.pdf'), '--json']),
    ];
    for (const o of outputs) check('compare.schema.json', o);
    const kinds = new Set((outputs[0] as { changes: { kind: string }[] }).changes.map((c) => c.kind));
    for (const k of ['moved', 'split', 'merged', 'deleted', 'inserted', 'modified']) expect(kinds).toContain(k);
    // A paragraph that changed section says where from and where to (and its downgrade or upgrade).
    const crossing = (outputs[0] as { changes: { crossSection?: true; baseSection?: string[] }[] }).changes.filter((c) => c.crossSection);
    expect(crossing.length).toBeGreaterThan(0);
    tested.add('compare.schema.json');
  });

  it('track --json: events (a downgrade among them), brackets and hedging', async () => {
    const out = await json(['track', ...['zero-draft.md', 'rev1.md', 'rev2.md', 'final.md'].map(demo), '--term', 'cyber mercenaries', '--term', 'technological neutrality | tech neutrality', '--json']);
    check('track.schema.json', out);
    const t = out as { terms: { events: { downgrade?: boolean }[] }[]; hedging: unknown[]; brackets: { resolved: unknown[] }[] };
    expect(t.terms.some((x) => x.events.some((e) => e.downgrade))).toBe(true);
    expect(t.hedging.length).toBeGreaterThan(0);
    expect(t.brackets.some((b) => b.resolved.length > 0)).toBe(true);
    tested.add('track.schema.json');
  });

  it('report --json, and the site data/report.json it wrote, with a file left out', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-schema-'));
    for (const f of ['zero-draft.md', 'rev1.md', 'rev2.md']) fs.copyFileSync(demo(f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'scan.pdf'), fs.readFileSync(fixture('scanned.pdf')));
    const site = path.join(dir, 'site');
    const out = await json(['report', dir, '-o', site, '--term', 'ransomware', '--pair', '1:3', '--json']);
    check('report.schema.json', out);
    check('report.schema.json', JSON.parse(fs.readFileSync(path.join(site, 'data/report.json'), 'utf8')));
    // The site's other JSON downloads are the compare and track outputs.
    const r = out as { steps: { data: { json: string } }[]; skipped: unknown[] };
    expect(r.skipped).toHaveLength(1);
    for (const s of r.steps) check('compare.schema.json', JSON.parse(fs.readFileSync(path.join(site, s.data.json), 'utf8')));
    check('track.schema.json', JSON.parse(fs.readFileSync(path.join(site, 'data/track.json'), 'utf8')));
    tested.add('report.schema.json');
  });

  it('annotations carry --json: the demo annotations carried from Rev.1 to Rev.2 and to Final', async () => {
    for (const to of ['rev2.md', 'final.md']) {
      const out = await json(['annotations', 'carry', demo('annotations.jsonld'), '--from', demo('rev1.md'), '--to', demo(to), '--json']);
      check('annotations-carry.schema.json', out);
      expect((out as { annotations: unknown[] }).annotations.length).toBeGreaterThan(0);
    }
    tested.add('annotations-carry.schema.json');
  });

  it('reject outputs of another shape, so they can catch drift', () => {
    const good = { changes: [{ kind: 'moved', base: [{ number: '1', index: 2 }], target: [{ number: '3', index: 4 }], diff: [['=', 'a'], ['+', 'b']] }], summary: { counts: { unchanged: 0, modified: 0, moved: 1, split: 0, merged: 0, deleted: 0, inserted: 0 }, wordsInserted: 1, wordsDeleted: 0, bySection: [] } };
    const validate = ajv.getSchema('compare.schema.json')!;
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, extra: 1 })).toBe(false);
    expect(validate({ ...good, changes: [{ ...good.changes[0], kind: 'renamed' }] })).toBe(false);
    expect(validate({ ...good, changes: [{ ...good.changes[0], diff: [['*', 'a']] }] })).toBe(false);
  });

  it('covers every schema in schemas/', () => {
    expect(files.filter((f) => !tested.has(f))).toEqual([]);
  });
});
