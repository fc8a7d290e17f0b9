// The quote ledger's public face: what the renderer's worker, the PDF and the command line import.
export { forgetReadQuotations } from './documents'
export { buildQuoteLedger } from './ledger'
export { findQuotations, MIN_QUOTATION_WORDS, type Quotation } from './quotations'
export { sameSpeaker } from './speakers'
export * from './types'
