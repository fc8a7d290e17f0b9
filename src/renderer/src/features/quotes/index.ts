// The quote ledger's view: the Quotes tab of a comparison, and bringing a quotation into view in the columns.
export { QuotesPanel, type QuotesPanelProps } from './QuotesPanel'
export { showQuotation } from './showQuotation'
