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
