import { describe, expect, it } from 'vitest';
import { change, found, scaleWords } from '../../testing/lang';
import { parseDateLine } from '../dates';
import { readLabels } from '../labels';
import { getProfile } from '../registry';
import { headingStanding, isMastheadLine, isPartHeading, namedHeading } from '../structure';

const zh = getProfile('zh');

describe('Chinese profile', () => {
  it('finds a term inside an unspaced sentence', () => {
    const text = '23. 若干代表团指出，网络雇佣军的活动对关键基础设施构成威胁，各国应共同应对网络雇佣军问题。';
    expect(found(zh, text, '网络雇佣军')).toEqual(['网络雇佣军', '网络雇佣军']);
    expect(found(zh, text, '关键基础设施')).toEqual(['关键基础设施']);
    expect(found(zh, '各国重申技术中立原则', '技术中立')).toEqual(['技术中立']);
    expect(found(zh, '国际人道法和国际人道主义法', '国际人道法', '国际人道主义法')).toEqual(['国际人道法', '国际人道主义法']);
  });

  it('does not read a scale word inside a longer word', () => {
    // 应 is "should" in 各国应, not in 供应链 (supply chain), 应对 (respond) or 相应 (corresponding).
    expect(scaleWords(zh, '各国应加强供应链安全，并相应地应对威胁。')).toEqual(['modal:应']);
    expect(scaleWords(zh, '可持续发展目标')).toEqual([]);
    expect(scaleWords(zh, '小组表示注意到该报告')).toEqual(['verb:表示注意到']);
  });

  it('knows the parts of a section and their standing', () => {
    expect(isPartHeading('讨论', zh)).toBe(true);
    expect(isPartHeading('建议的下一步行动', zh)).toBe(true);
    expect(headingStanding('建议的下一步行动', zh)).toBe('recommendations');
    expect(headingStanding('讨论摘要', zh)).toBe('discussion');
    expect(headingStanding('A. 概述', zh)).toBeNull();
    expect(namedHeading('附件一', zh)).toMatchObject({ kind: 'annex', number: '一', value: 1 });
    expect(namedHeading('第二章 现有和潜在威胁', zh)).toMatchObject({ kind: 'chapter', value: 2, title: '现有和潜在威胁' });
  });

  it('reads the masthead and dates', () => {
    expect(isMastheadLine('Distr.: General', zh)).toBe(true);
    expect(isMastheadLine('原件：英文', zh)).toBe(true);
    expect(parseDateLine('2025年3月12日', zh)).toBe('2025-03-12');
    expect(parseDateLine('２０２５年３月１２日', zh)).toBe('2025-03-12');
    expect(parseDateLine('2025年2月30日', zh)).toBeNull();
  });

  it('finds weakened and strengthened wording', () => {
    expect(change(zh, '各国应交流信息。', '各国可以交流信息。')).toBe('weakened');
    expect(change(zh, '各国可能指定联络点。', '各国必须指定联络点。')).toBe('strengthened');
    expect(change(zh, '小组敦促各国', '小组鼓励各国', 'verb')).toBe('weakened');
    expect(scaleWords(zh, '各国可以酌情在自愿基础上交流信息。')).toEqual(['modal:可以', 'qualifier:酌情', 'qualifier:在自愿基础上']);
  });

  it('reads Chinese labels', () => {
    const lines = ['二、现有和潜在威胁', '三. 规则、规范和原则', 'A. 概述', '（一）能力建设', '12. 各国指出', '(a) 勒索软件；', '(ii) 其他'];
    expect(lines.map((l) => readLabels(l, zh)[0]).map((r) => r && [r.level, r.value])).toEqual([
      ['chapter', 2], ['chapter', 3], ['section', 1], ['section', 1], ['paragraph', 12], ['subparagraph', 1], ['subsubparagraph', 2],
    ]);
  });
});
