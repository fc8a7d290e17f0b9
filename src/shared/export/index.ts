// Export formats for highlights and notes: Markdown to read, W3C Web Annotations to exchange and re-import.
export { notesToMarkdown } from './notesMarkdown'
export {
  toWebAnnotations,
  fromWebAnnotations,
  ANNOTATION_CONTEXT,
  type AnnotationCollection,
  type ImportedHighlight,
  type TextualBody,
  type WebAnnotation,
} from './webAnnotation'
