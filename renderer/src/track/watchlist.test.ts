import { describe, expect, it } from 'vitest';
import { createProject } from '../../../shared/model/project';
import { projectSchema } from '../../../shared/model/schema';
import { addTerm, checkTermForm, emptyForm, newTermId, parseAlternatives, removeTerm, updateTerm, withDefaultList } from './watchlist';

const base = () => createProject('Test', new Date('2026-01-01T00:00:00Z'), 'prj-test');

describe('watch list edits', () => {
  it('parses comma-separated alternatives: trimmed, no blanks, no repeats, not the phrase itself', () => {
    expect(parseAlternatives(' hack-for-hire ,, Hack-For-Hire, cyber  mercenaries ,access-as-a-service', 'Cyber mercenaries')).toEqual(['hack-for-hire', 'access-as-a-service']);
    expect(parseAlternatives('')).toEqual([]);
  });

  it('adds, edits and removes terms, each giving a valid project and leaving the old one untouched', () => {
    const p0 = base();
    const p1 = addTerm(p0, { phrase: '  cyber   mercenaries ', alternatives: 'hack-for-hire', category: 'Threats', color: '#B42318' });
    const p2 = addTerm(p1, { ...emptyForm(1), phrase: 'Cyber mercenaries!' });
    expect(p0.watchList).toEqual([]);
    expect(p1.watchList).toEqual([{ id: 'wt-cyber-mercenaries', phrase: 'cyber mercenaries', alternatives: ['hack-for-hire'], category: 'Threats', color: '#b42318' }]);
    // Ids stay unique even when two phrases slug the same.
    expect(p2.watchList.map((t) => t.id)).toEqual(['wt-cyber-mercenaries', 'wt-cyber-mercenaries-2']);
    const p3 = updateTerm(p2, 'wt-cyber-mercenaries', { phrase: 'cyber mercenaries', alternatives: '', category: 'Actors', color: '#027a48' });
    expect(p3.watchList[0]).toEqual({ id: 'wt-cyber-mercenaries', phrase: 'cyber mercenaries', alternatives: [], category: 'Actors', color: '#027a48' });
    expect(p3.watchList[1]).toBe(p2.watchList[1]);
    const p4 = removeTerm(p3, 'wt-cyber-mercenaries');
    expect(p4.watchList.map((t) => t.id)).toEqual(['wt-cyber-mercenaries-2']);
    for (const p of [p1, p2, p3, p4]) expect(projectSchema.safeParse(p).success).toBe(true);
  });

  it('checks the form: a phrase is required, no duplicate phrase (except the term being edited), a real colour', () => {
    const p = addTerm(base(), { phrase: 'ransomware', alternatives: '', category: '', color: '#1f6feb' });
    const form = { phrase: 'Ransomware', alternatives: '', category: '', color: '#1f6feb' };
    expect(checkTermForm({ ...form, phrase: '   ' }, p.watchList)).toMatch(/Type the phrase/);
    expect(checkTermForm(form, p.watchList)).toMatch(/already on the watch list/);
    expect(checkTermForm(form, p.watchList, p.watchList[0]!.id)).toBeNull();
    expect(checkTermForm({ ...form, phrase: 'supply chain', color: 'red' }, p.watchList)).toMatch(/colour/);
    expect(checkTermForm({ ...form, phrase: 'x'.repeat(501) }, p.watchList)).toMatch(/too long/);
  });

  it('gives every term an id from its phrase, and the default list when asked', () => {
    expect(newTermId('Points of contact (PoCs)', [])).toBe('wt-points-of-contact-pocs');
    expect(newTermId('«»', [])).toBe('wt-term');
    const p = withDefaultList(base());
    expect(p.watchList.length).toBeGreaterThan(5);
    expect(new Set(p.watchList.map((t) => t.id)).size).toBe(p.watchList.length);
    expect(projectSchema.safeParse(p).success).toBe(true);
  });
});
