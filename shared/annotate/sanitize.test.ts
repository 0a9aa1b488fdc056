import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commentText, plainToComment, safeHref, sanitizeComment } from './sanitize';

describe('comment sanitiser', () => {
  it('keeps bold, italic, lists, paragraphs and safe links', () => {
    const html = '<p><b>Red</b> line, <i>really</i> <a href="https://un.org/x?a=1&amp;b=2" onclick="x()">see</a></p><ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><p>mail <a href="mailto:desk@example.org">us</a><br>bye</p>';
    expect(sanitizeComment(html)).toBe(
      '<p><strong>Red</strong> line, <em>really</em> <a href="https://un.org/x?a=1&#38;b=2" rel="noopener noreferrer" target="_blank">see</a></p><ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><p>mail <a href="mailto:desk@example.org" rel="noopener noreferrer" target="_blank">us</a><br>bye</p>',
    );
  });

  it.each([
    ['<script>alert(1)</script>ok', 'ok'],
    ['<img src=x onerror=alert(1)>ok', 'ok'],
    ['<a href="javascript:alert(1)">x</a>', 'x'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', 'x'],
    ['<a href="java&#x09;script:alert(1)">x</a>', 'x'],
    ['<a href=" &#106;avascript:alert(1)">x</a>', 'x'],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', 'x'],
    ['<a href="vbscript:msgbox(1)">x</a>', 'x'],
    ['<svg><script>alert(1)</script></svg>ok', 'ok'],
    ['<style>*{}</style><iframe src="https://evil"></iframe>ok', 'ok'],
    ['<p style="background:url(javascript:alert(1))">x</p>', '<p>x</p>'],
    ['<!-- <script>alert(1)</script> -->ok', 'ok'],
    ['<b>unclosed <i>tags', '<strong>unclosed <em>tags</em></strong>'],
    ['a < b & c > d', 'a &#60; b &#38; c &#62; d'],
    ['<scr<script>ipt>alert(1)</script>', 'ipt&#62;alert(1)'],
    ['<a href="https://ok" onmouseover="x">y</a>', '<a href="https://ok" rel="noopener noreferrer" target="_blank">y</a>'],
  ])('cleans %s', (input, output) => {
    expect(sanitizeComment(input)).toBe(output);
  });

  it('never lets a script tag, an event handler or a javascript: link through (property)', () => {
    const piece = fc.constantFrom('<script>', '</script>', '<a href="', 'javascript:', '">', '</a>', '<b>', '</b>', '<img src=x onerror=', 'alert(1)', '"', "'", '<', '>', '&#106;', ' on', 'click=', 'text ', '<ul><li>', '<svg/onload=x>', '<!--', '-->');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const out = sanitizeComment(parts.join(''));
        // Every tag left is an allowed one, and every link's target is http, https or mailto.
        for (const tag of out.match(/<[^>]*>/g) ?? []) {
          expect(tag).toMatch(/^<\/?(p|br|strong|em|ul|ol|li|a)>$|^<a href="(https?:\/\/|mailto:)[^"]*" rel="noopener noreferrer" target="_blank">$/);
        }
        expect(out).not.toMatch(/href="[^"]*javascript:/i);
        // Sanitising is stable: the output is already clean.
        expect(sanitizeComment(out)).toBe(out);
      }),
      { numRuns: 500 },
    );
  });

  it('gives plain text for CSV and search, and turns typed text into paragraphs', () => {
    expect(commentText('<p>A <b>b</b></p><ul><li>x</li><li>y</li></ul>')).toBe('A b\n• x\n• y');
    expect(plainToComment('one\ntwo\n\n<three>')).toBe('<p>one<br>two</p><p>&#60;three&#62;</p>');
    expect(safeHref('https://example.org')).toBe('https://example.org');
    expect(safeHref('//example.org')).toBeNull();
  });
});
