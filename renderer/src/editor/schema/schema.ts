/**
 * The one ProseMirror schema of drafts, for the read view and the working-draft editor alike:
 * headings and numbered paragraphs whose printed number sits outside the editable text (numbers
 * are labels, not content), footnote references as inline atoms, emphasis and safe links, and the
 * redline marks of the read and compare views. The document carries a working draft's reviewed
 * changes and proposals as attributes, so accepting or attributing a change is undone like typing.
 */
import { Schema } from 'prosemirror-model';
import { footnoteSpec } from '../nodes/footnote';
import { headingSpec } from '../nodes/heading';
import { paragraphSpec } from '../nodes/paragraph';
import { markSpecs } from './marks';

export const draftSchema = new Schema({
  nodes: {
    doc: {
      content: 'block+',
      attrs: {
        /** Keys of the changes a person accepted (see shared/draft/changes.ts). */
        reviewed: { default: [] },
        /** Proposals attributed to delegations (shared/model/working.ts). */
        proposals: { default: [] },
      },
    },
    heading: headingSpec,
    paragraph: paragraphSpec,
    text: { group: 'inline' },
    footnote: footnoteSpec,
  },
  marks: markSpecs,
});

/** The schema's node types, by name. */
export const nodes = {
  doc: draftSchema.nodes.doc!,
  heading: draftSchema.nodes.heading!,
  paragraph: draftSchema.nodes.paragraph!,
  text: draftSchema.nodes.text!,
  footnote: draftSchema.nodes.footnote!,
};

/** The schema's mark types, by name. */
export const marks = {
  bold: draftSchema.marks.bold!,
  italic: draftSchema.marks.italic!,
  underline: draftSchema.marks.underline!,
  link: draftSchema.marks.link!,
};
