export { PrintView } from './PrintView'
export { PrintDocument, type PrintDocumentProps } from './PrintDocument'
export { ExportPdfDialog } from './ExportPdfDialog'
