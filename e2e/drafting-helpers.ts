/** What the working-draft end-to-end tests share: making a working draft, placing the caret. */
import type { Locator, Page } from '@playwright/test';

/** Creates a working draft of the demo's `from` with the sidebar's dialog; returns its editor. */
export async function newWorkingDraft(app: Page, from: string): Promise<Locator> {
  await app.getByRole('button', { name: 'New working draft…' }).click();
  const create = app.getByRole('dialog', { name: 'New working draft' });
  await create.getByRole('combobox', { name: 'From' }).selectOption({ label: from });
  await create.getByRole('button', { name: 'Create' }).click();
  return app.getByRole('textbox', { name: `Text of ${from} (working)` });
}

/** Puts the caret at the end of `text`'s element (End alone goes to the end of the visual line). */
export async function caretAtEnd(text: Locator): Promise<void> {
  await text.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
}

/**
 * Pastes `count` numbered paragraphs ("Pasted paragraph i of count.") as HTML where the editor's
 * selection is, as a paste event: a long draft whose rest ends far below the screen.
 */
export async function pasteNumberedParagraphs(app: Page, count: number): Promise<void> {
  const html = Array.from({ length: count }, (_, i) => `<div class="dw-para" data-numbered="true" data-level="0"><p class="dw-text">Pasted paragraph ${i + 1} of ${count}.</p></div>`).join('');
  await app.evaluate((html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Pasted');
    document.querySelector('.dw-editor')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}
