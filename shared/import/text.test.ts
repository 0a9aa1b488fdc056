import { describe, expect, it } from 'vitest';
import { importText } from './index';
import { isParagraph } from '../model/draft';

describe('importText (plain)', () => {
  it('reads one paragraph per line when the text has no blank lines', () => {
    const text = [
      'Zero draft of the final report',
      'A/AC.292/2025/L.1',
      'I. Introduction',
      '1. The group was established by the General Assembly.',
      'An unnumbered paragraph follows.',
      'A. Overview',
      '2. States agreed that:',
      '(a) cooperation is essential;',
      '(b) capacity matters.',
    ].join('\n');
    const c = importText(text, 'text');
    expect(c.title).toBe('Zero draft of the final report');
    expect(c.symbol).toBe('A/AC.292/2025/L.1');
    expect(c.blocks.map((b) => [b.kind, b.number, b.text])).toEqual([
      ['paragraph', null, 'Zero draft of the final report'],
      ['paragraph', null, 'A/AC.292/2025/L.1'],
      ['heading', 'I', 'Introduction'],
      ['paragraph', '1', 'The group was established by the General Assembly.'],
      ['paragraph', null, 'An unnumbered paragraph follows.'],
      ['heading', 'A', 'Overview'],
      ['paragraph', '2', 'States agreed that:'],
      ['paragraph', '(a)', 'cooperation is essential;'],
      ['paragraph', '(b)', 'capacity matters.'],
    ]);
    expect(c.blocks.filter(isParagraph).at(-1)!.section).toEqual(['I. Introduction', 'A. Overview']);
  });

  it('joins hard-wrapped lines when paragraphs are separated by blank lines', () => {
    const text = 'Title here\n\n1. A paragraph that was\nwrapped by hand.\n\n2. Another\none.\n3. Starts on its own line.\n';
    const c = importText(text, 'text');
    expect(c.title).toBe(''); // no masthead, no Title style: the file name will be the title
    expect(c.blocks.map((b) => [b.number, b.text])).toEqual([
      [null, 'Title here'],
      ['1', 'A paragraph that was wrapped by hand.'],
      ['2', 'Another one.'],
      ['3', 'Starts on its own line.'],
    ]);
  });

  it('tells section C from chapter C by its neighbours', () => {
    const c = importText('T\nI. One\nA. a\nB. b\nC. c\nII. Two\nIII. Three\nIV. Four\nV. Five\nA. x\nB. y\nC. z\n', 'text');
    expect(c.blocks.map((b) => `${b.number}:${b.kind === 'heading' ? b.level : ''}`)).toEqual([
      'null:', 'I:1', 'A:2', 'B:2', 'C:2', 'II:1', 'III:1', 'IV:1', 'V:1', 'A:2', 'B:2', 'C:2',
    ]);
  });

  it('keeps Arabic and Chinese text intact, numbers in Arabic-Indic digits included', () => {
    const arabic = '١. تؤكد الدول أن أمن تكنولوجيا المعلومات والاتصالات مسؤولية مشتركة.';
    const chinese = '2. 各国强调，信息和通信技术安全是共同责任。';
    const c = importText(`A/AC.292/2025/L.1\nالعنوان\n${arabic}\n${chinese}`, 'text');
    expect(c.title).toBe('العنوان'); // the line after the masthead's symbol
    expect(c.blocks.map((b) => b.text)).toEqual(['A/AC.292/2025/L.1', 'العنوان', arabic.slice(3), '各国强调，信息和通信技术安全是共同责任。']);
    expect(c.blocks.map((b) => (b.kind === 'paragraph' ? b.number : null))).toEqual([null, null, '١', '2']);
  });

  it('refuses empty text with an ImportError', () => {
    expect(() => importText('  \n\n ', 'text')).toThrow(/no text/);
  });
});
