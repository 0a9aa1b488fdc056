/**
 * `draftwatch report` end to end through the command line's code: a site from three generated
 * drafts (DOCX and PDF made by LibreOffice, and text), checked page by page and link by link,
 * its matrix against `draftwatch track --json` on the same files, and a second run byte for byte.
 * Then the bad inputs: hostile files left out, too few drafts, a folder Draftwatch did not make.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from './main';
import { capture } from './testing/capture';
import { libreOfficeMissing, makeSiteFixture, type SiteFixture } from './testing/site-fixture';
import { createProject, serializeProject } from '../../shared/model/project';
import { compareDrafts } from '../../shared/compare/compare';
import { newWorkingDraft } from '../../shared/draft/working';
import { PAGES } from '../../shared/report/paths';
import { generateTrack } from '../../shared/track/testing';
import { draftText } from '../../shared/testing/draft-text';
import { SITE_MARKER, type ReportJson } from '../../shared/report';

const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'dw-report-'));

/** Every file under `dir`, relative, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)]))
    .sort();
}

/** Every link and image of an HTML page: href and src values. */
const linksOf = (html: string): string[] => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);

const missing = libreOfficeMissing();
if (missing) console.warn(`Skipping the report built from DOCX and PDF drafts: ${missing}.`);

describe.skipIf(missing !== null)('draftwatch report from DOCX, PDF and text drafts', () => {
  let fx: SiteFixture;
  let site: string;
  let json: ReportJson;
  beforeAll(async () => {
    const root = tmp();
    fx = await makeSiteFixture(path.join(root, 'drafts'));
    // A hostile file and a file of another kind sit among the drafts.
    fs.writeFileSync(path.join(fx.dir, '0-broken.docx'), Buffer.from('PK\u0003\u0004 not really a zip archive'));
    fs.writeFileSync(path.join(fx.dir, 'notes.json'), '{"not": "a draft"}');
    site = path.join(root, 'site');
    const io = capture();
    const code = await main(['report', fx.dir, '-o', site, '--terms', fx.termsFile, '--json'], io);
    expect(io.stderr).not.toMatch(/unexpected/);
    expect(code).toBe(0);
    json = JSON.parse(io.stdout) as ReportJson;
  }, 120_000);

  it('orders the folder by symbol, says so, and leaves out the files it cannot read', () => {
    expect(json.order).toBe('symbol');
    expect(json.drafts.map((d) => d.file)).toEqual(fx.files.map((f) => path.basename(f)));
    expect(json.drafts.map((d) => d.label)).toEqual(['Draft progress report', 'Rev.1', 'Rev.2'].map((l, i) => (i === 0 ? json.drafts[0]!.label : l)));
    expect(json.skipped.map((s) => s.file).sort()).toEqual(['0-broken.docx', 'notes.json']);
    const index = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
    expect(index).toContain('Files left out');
    for (const s of json.skipped) expect(index).toContain(s.file);
    for (const d of json.drafts) expect(index).toContain(d.sha256);
  });

  it('writes every page and download, and every link and image resolves inside the site', () => {
    const files = listFiles(site);
    expect(files).toEqual([...json.files, SITE_MARKER].sort());
    for (const page of ['index.html', 'tracker.html', 'table.html', 'history.html', 'chart.svg', 'data/report.json', 'data/track.json', 'data/matrix.csv', 'data/events.csv', 'data/drafts.csv']) {
      expect(files).toContain(page);
    }
    expect(json.steps.map((s) => s.page)).toEqual(['redline-01-draft-progress-report-to-rev-1.html', 'redline-02-rev-1-to-rev-2.html'].map((p, i) => (i === 0 ? json.steps[0]!.page : p)));
    for (const s of json.steps) for (const f of [s.page, s.data.csv, s.data.json]) expect(files).toContain(f);
    let checked = 0;
    for (const page of files.filter((f) => f.endsWith('.html'))) {
      const html = fs.readFileSync(path.join(site, page), 'utf8');
      expect(html, page).not.toMatch(/<script/);
      for (const link of linksOf(html)) {
        expect(link, page).not.toMatch(/^[a-z]+:|^\/\//i);
        const [file, anchor] = link.split('#') as [string, string | undefined];
        const target = file === '' ? page : file;
        expect(fs.existsSync(path.join(site, target)), `${page} links to ${link}`).toBe(true);
        if (anchor) expect(fs.readFileSync(path.join(site, target), 'utf8'), `${page} links to ${link}`).toContain(`id="${anchor}"`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('shows the same matrix as draftwatch track --json on the same files', async () => {
    const io = capture();
    expect(await main(['track', ...fx.files, '--terms', fx.termsFile, '--json'], io)).toBe(0);
    const track = JSON.parse(io.stdout) as { terms: Array<{ term: string; drafts: Array<{ file: string; count: number }> }> };
    const siteTrack = JSON.parse(fs.readFileSync(path.join(site, 'data/track.json'), 'utf8')) as typeof track;
    expect(siteTrack.terms).toEqual(track.terms);
    const counts = track.terms.map((t) => ({ term: t.term, counts: t.drafts.map((d) => d.count) }));
    expect(json.terms.map((t) => ({ term: t.term, counts: t.counts }))).toEqual(counts);
    expect(counts.some((c) => c.counts.some((n) => n > 0))).toBe(true);
    // The counts are on the pages too: the overview's table and the CSV.
    const csv = fs.readFileSync(path.join(site, 'data/matrix.csv'), 'utf8').split('\r\n');
    for (const [i, c] of counts.entries()) expect(csv[i + 1]).toContain(`,${c.counts.join(',')},`);
  });

  it('marks moves and renumbering on the redline pages and follows paragraphs on the history page', () => {
    const redline = fs.readFileSync(path.join(site, json.steps[0]!.page), 'utf8');
    expect(redline).toMatch(/<del>|<ins>/);
    expect(redline).toContain('aria-current="page"');
    const history = fs.readFileSync(path.join(site, 'history.html'), 'utf8');
    expect(history).toMatch(/→/);
    expect((history.match(/<section id="p\d+"/g) ?? []).length).toBeGreaterThan(30);
  });

  it('gives byte-identical files on a second run, into a new folder and into its own', async () => {
    const again = path.join(path.dirname(site), 'site-again');
    for (const out of [again, site]) {
      const io = capture();
      expect(await main(['report', fx.dir, '-o', out, '--terms', fx.termsFile], io)).toBe(0);
    }
    const files = listFiles(site);
    expect(listFiles(again)).toEqual(files);
    for (const f of files) expect(fs.readFileSync(path.join(again, f)).equals(fs.readFileSync(path.join(site, f))), f).toBe(true);
  }, 60_000);
});

describe('draftwatch report: inputs and bad inputs', () => {
  const g = generateTrack(5, { drafts: 3, paragraphs: 20 });
  const folderOf = (count: number): string => {
    const dir = tmp();
    g.drafts.slice(0, count).forEach((d, i) => fs.writeFileSync(path.join(dir, `draft-${i + 1}.md`), draftText(d, `A/1/Rev.${i}`)));
    return dir;
  };

  it('refuses fewer than two usable drafts with a clear error, and writes nothing', async () => {
    const dir = folderOf(1);
    fs.writeFileSync(path.join(dir, 'broken.pdf'), '%PDF-1.7 truncated');
    const out = path.join(tmp(), 'site');
    const io = capture();
    expect(await main(['report', dir, '-o', out], io)).toBe(1);
    expect(io.stderr).toMatch(/Left out broken\.pdf: /);
    expect(io.stderr).toMatch(/at least two usable drafts; only one was found \(1 file left out/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses a non-empty folder Draftwatch did not make unless --force, changing nothing', async () => {
    const dir = folderOf(2);
    const out = tmp();
    fs.writeFileSync(path.join(out, 'thesis.docx'), 'my work');
    const io = capture();
    expect(await main(['report', dir, '-o', out], io)).toBe(1);
    expect(io.stderr).toMatch(/not empty and was not made by Draftwatch.*--force/);
    expect(fs.readdirSync(out)).toEqual(['thesis.docx']);
    expect(await main(['report', dir, '-o', out, '--force'], capture())).toBe(0);
    expect(fs.readFileSync(path.join(out, 'thesis.docx'), 'utf8')).toBe('my work');
    expect(fs.existsSync(path.join(out, 'index.html'))).toBe(true);
  });

  it('removes pages of drafts no longer in the site, and only those', async () => {
    const dir = folderOf(3);
    const out = path.join(tmp(), 'site');
    expect(await main(['report', dir, '-o', out], capture())).toBe(0);
    const before = listFiles(out);
    expect(before.filter((f) => f.startsWith('redline-'))).toHaveLength(2);
    fs.writeFileSync(path.join(out, 'CNAME'), 'tracker.example.org');
    fs.rmSync(path.join(dir, 'draft-3.md'));
    expect(await main(['report', dir, '-o', out], capture())).toBe(0);
    const after = listFiles(out);
    expect(after.filter((f) => f.startsWith('redline-'))).toHaveLength(1);
    expect(after).toContain('CNAME');
    expect(after.every((f) => f === 'CNAME' || before.includes(f))).toBe(true);
  });

  it('accepts drafts given in order, extra pairs by label or position, and rejects an unknown pair', async () => {
    const dir = folderOf(3);
    const files = ['draft-1.md', 'draft-2.md', 'draft-3.md'].map((f) => path.join(dir, f));
    const out = path.join(tmp(), 'site');
    const io = capture();
    expect(await main(['report', ...files, '-o', out, '--pair', '1:Rev.2', '--term', 'ransomware', '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout) as ReportJson;
    expect(json.order).toBe('given');
    expect(json.steps.map((s) => [s.from, s.to, s.consecutive])).toEqual([
      [json.drafts[0]!.label, 'Rev.1', true],
      ['Rev.1', 'Rev.2', true],
      [json.drafts[0]!.label, 'Rev.2', false],
    ]);
    expect(fs.existsSync(path.join(out, json.steps[2]!.page))).toBe(true);
    const bad = capture();
    expect(await main(['report', ...files, '-o', path.join(tmp(), 's'), '--pair', 'Rev.9:1'], bad)).toBe(2);
    expect(bad.stderr).toMatch(/no draft is named "Rev\.9"/);
  });

  it('--ui-lang fr puts the site’s navigation and the exporters’ words in French; an unknown language is refused', async () => {
    const dir = folderOf(3);
    const out = path.join(tmp(), 'site-fr');
    const io = capture();
    expect(await main(['report', dir, '-o', out, '--term', 'ransomware', '--ui-lang', 'fr', '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout) as ReportJson;
    const index = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(index).toContain('>Libellés surveillés</a>');
    expect(index).toContain('Réalisé avec Draftwatch');
    // The pages the site writes itself are French throughout, not only their navigation.
    expect(index).toContain('<html lang="fr" dir="ltr">');
    expect(index).toContain('<h2>Ce qui a changé à chaque étape</h2>');
    expect(index).toContain('Projets de texte dans l’ordre de la négociation');
    const chart = fs.readFileSync(path.join(out, PAGES.chart), 'utf8');
    expect(chart).toContain('aria-label="Libellés surveillés d’un projet de texte à l’autre"');
    expect(chart).toContain('Surface des carrés proportionnelle au nombre d’occurrences');
    expect(chart).not.toMatch(/Square area|occurrences? in|Watched terms/);
    const history = fs.readFileSync(path.join(out, 'history.html'), 'utf8');
    expect(history).toContain('<h1>Historique des paragraphes</h1>');
    for (const page of [index, history]) {
      const text = page.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');
      for (const english of ['What changed at each step', 'Drafts in negotiation order', 'Paragraph histories', 'paragraphs followed across', 'Downloads', 'Each draft against', 'Made by', 'watched term', 'before the first heading']) {
        expect(text).not.toContain(english);
      }
    }
    const redline = fs.readFileSync(path.join(out, json.steps[0]!.page), 'utf8');
    expect(redline).toContain('<header class="cover" lang="fr" dir="ltr">');
    expect(redline).toContain('Légende\u00a0:');
    const bad = capture();
    expect(await main(['report', dir, '-o', path.join(tmp(), 's'), '--ui-lang', 'de'], bad)).toBe(2);
    expect(bad.stderr).toMatch(/--ui-lang takes en, fr, es, not "de"/);
  });

  it('publishes a project: its labels, watch list and hand-made lineage links, leaving its working drafts out', async () => {

    const project = createProject('Cyber negotiation tracker', new Date('2026-01-01T00:00:00Z'), 'prj-test');
    const drafts = g.drafts.map((d, i) => ({ ...d, label: ['Zero', 'First revision', 'Second revision'][i]! }));
    // Text dropped in the first revision and restored in the second: a person links the two.
    const dropped = compareDrafts(drafts[0]!, drafts[1]!).changes.find((c) => c.kind === 'deleted')!.base[0]!;
    const restored = compareDrafts(drafts[1]!, drafts[2]!).changes.find((c) => c.kind === 'inserted')!.target[0]!;
    const file = path.join(tmp(), 'negotiation.draftwatch');
    fs.writeFileSync(
      file,
      serializeProject({
        ...project,
        // A working draft of the first revision, after the received drafts: private, not published.
        drafts: [...drafts, newWorkingDraft(drafts[1]!, { id: 'wd-1', label: 'First revision (working)' })],
        watchList: g.terms.slice(0, 3),
        lineageOverrides: [{ kind: 'link', from: { draftId: drafts[0]!.id, paragraphId: dropped.id }, to: { draftId: drafts[2]!.id, paragraphId: restored.id } }],
      }),
    );
    const out = path.join(tmp(), 'site');
    const io = capture();
    expect(await main(['report', file, '-o', out, '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout) as ReportJson;
    expect(json.title).toBe('Cyber negotiation tracker');
    expect(json.order).toBe('project');
    expect(json.drafts.map((d) => d.label)).toEqual(['Zero', 'First revision', 'Second revision']);
    expect(json.skipped).toEqual([{ file: 'First revision (working)', reason: 'a working draft (the report publishes the received drafts).' }]);
    expect(io.stderr).toContain('Left out First revision (working): a working draft');
    expect(json.terms.map((t) => t.term)).toEqual(g.terms.slice(0, 3).map((t) => t.phrase));
    expect(json.termsSource).toMatch(/project/);
    expect(fs.readFileSync(path.join(out, 'history.html'), 'utf8')).toContain('linked by hand');
  });

  it('reports a damaged project file in one line', async () => {
    const file = path.join(tmp(), 'bad.draftwatch');
    fs.writeFileSync(file, '{"format": "draftwatch-project", "schemaVersion": 1');
    const io = capture();
    expect(await main(['report', file, '-o', path.join(tmp(), 's')], io)).toBe(1);
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    expect(io.stderr).toMatch(/not valid JSON/);
  });
});
