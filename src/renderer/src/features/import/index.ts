export { ImportDialog, type ImportDialogProps } from './ImportDialog'
export { BlockChoices, DETAIL_FIELDS } from './BlockChoices'
export { DraftBlocks, DraftFields, parseTags } from './DraftEditor'
export { blocksOf } from './prepareImport'
