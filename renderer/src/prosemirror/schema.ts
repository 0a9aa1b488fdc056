/** The drafts' ProseMirror schema lives with the editor (renderer/src/editor/schema/). */
export { draftSchema } from '../editor/schema/schema';
