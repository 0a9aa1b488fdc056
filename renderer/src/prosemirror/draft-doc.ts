/** The read view's Draft → document conversion lives with the editor (renderer/src/editor/convert/). */
export { draftToDoc, inlineContent } from '../editor/convert/read-doc';
