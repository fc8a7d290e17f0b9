export { PrintView } from './PrintView'
export { VersionsPrintView } from './VersionsPrintView'
export { PrintDocument, type PrintDocumentProps } from './PrintDocument'
export { ExportPdfDialog } from './ExportPdfDialog'
