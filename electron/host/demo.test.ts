import { describe, expect, it } from 'vitest';
import { loadDemoProject } from './demo';
import { findAppRoot } from './paths';
import { validateProject } from '../../shared/model/project';
import { isParagraph } from '../../shared/model/draft';

describe('demo negotiation', () => {
  it('imports four valid drafts with numbered paragraphs under lettered sections', async () => {
    const project = validateProject(await loadDemoProject(findAppRoot()));
    const received = project.drafts.filter((d) => !d.working);
    expect(received.map((d) => d.label)).toEqual(['Zero draft', 'Rev.1', 'Rev.2', 'Final']);
    for (const d of received) {
      const numbered = d.blocks.filter(isParagraph).filter((p) => p.level === 0 && p.number !== null);
      // The masthead's title and symbol lines stay paragraphs of the draft, unnumbered, first.
      expect(d.blocks.slice(0, 2).map((b) => b.text)).toEqual([d.title, d.symbol]);
      expect(numbered.length).toBeGreaterThanOrEqual(45);
      // Numbered consecutively from 1, as printed.
      expect(numbered.map((p) => p.number)).toEqual(numbered.map((_, i) => String(i + 1)));
      const sections = new Set(d.blocks.filter(isParagraph).map((p) => p.section.join(' › ')));
      expect([...sections].some((s) => /A\. Existing and potential threats › Recommended next steps/.test(s))).toBe(true);
      expect([...sections].some((s) => /Discussion/.test(s))).toBe(true);
    }
    const text = (label: string) => project.drafts.find((d) => d.label === label)!.blocks.map((b) => b.text).join('\n');
    expect(text('Zero draft')).toMatch(/cyber mercenaries/i);
    expect(text('Rev.2')).not.toMatch(/cyber mercenaries/i);
    expect(text('Zero draft')).toMatch(/\[/);
    expect(project.watchList.length).toBeGreaterThanOrEqual(8);
  });
});
