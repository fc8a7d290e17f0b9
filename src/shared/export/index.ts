// Export formats for highlights and notes: Markdown to read, W3C Web Annotations to exchange and re-import.
export { notesToMarkdown } from './notesMarkdown'
export { toWebAnnotations, type AnnotationExportOptions } from './webAnnotation'
export { fromWebAnnotations, type ImportedHighlight } from './webAnnotationImport'
export {
  ANNOTATION_CONTEXT,
  EXPORT_CONTEXT,
  PARALLAX_CONTEXT,
  PARALLAX_NAMESPACE,
  TERMS,
  type AnnotationCollection,
  type Creator,
  type TextualBody,
  type WebAnnotation,
} from './webAnnotationModel'
