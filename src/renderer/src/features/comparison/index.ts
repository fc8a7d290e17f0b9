export { ComparisonView } from './ComparisonView'
export { ComparisonColumns } from './ComparisonColumns'
export { ArticleColumn, type ArticleColumnProps } from './ArticleColumn'
