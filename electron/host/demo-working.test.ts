import { describe, expect, it } from 'vitest';
import { loadDemoProject } from './demo';
import { findAppRoot } from './paths';
import { validateProject } from '../../shared/model/project';
import { workingChanges } from '../../shared/draft/changes';
import { compileProposals } from '../../shared/draft/compile';

describe('demo working draft', () => {
  it('is a working draft of Rev.2 with edits proposed, supported and opposed by delegations', async () => {
    const project = validateProject(await loadDemoProject(findAppRoot()));
    const working = project.drafts.filter((d) => d.working);
    expect(working.map((d) => d.label)).toEqual(['Rev.2 (Utopia amendments)']);
    const wd = working[0]!;
    const base = project.drafts.find((d) => d.id === wd.working!.baseId)!;
    expect(base.label).toBe('Rev.2');
    expect(project.delegations.map((d) => d.name)).toEqual(['Delegation of Utopia', 'Delegation of Arcadia', 'Delegation of Erewhon']);
    expect(wd.working!.delegationId).toBe(project.delegations[0]!.id);
    // Every proposal names a change that is really in the text, and two delegations propose.
    const live = new Set(workingChanges(base, wd.blocks).map((c) => c.key));
    expect(wd.working!.proposals.length).toBeGreaterThanOrEqual(3);
    for (const p of wd.working!.proposals) expect(live.has(p.change)).toBe(true);
    expect(new Set(wd.working!.proposals.map((p) => p.proposer)).size).toBe(2);
    const rows = compileProposals(base, wd, project.delegations);
    const p24 = rows.find((r) => r.number === '24.')!;
    expect(p24.statusLabel).toBe('Pending');
    expect(p24.proposals.map((c) => `${c.proposer}|${c.supporters}|${c.opponents}|${c.summary}`)).toEqual([
      'Delegation of Arcadia|Delegation of Utopia|Delegation of Erewhon|replace “could” with “should”',
    ]);
    expect(wd.blocks.find((b) => b.number === '33')!.text).toContain('[Alt 2: additional voluntary commitments]');
  });
});
