// The library of articles: search (title, outlet, byline and full text), filter by tag, sort, select 2 to
// 50 articles and compare them, edit an article's details and clean-up, delete (after saying what it
// touches, and with undo). Import opens from here too, and "Check for changes" of one fetched article or
// of every one (the check runs in the window's background; see features/versions).

import { useEffect, useMemo, useState } from 'react'
import { MAX_ARTICLES_PER_COMPARISON, MAX_COMPARISON_TITLE_LENGTH, MIN_ARTICLES_PER_COMPARISON } from '../../../../shared/domain/comparison'
import type { ArticleListing } from '../../../../shared/domain/article'
import { formatPublished } from '../../../../shared/domain/publishedDate'
import type { ArticleUsage } from '../../../../shared/ipc/contract'
import { client } from '../../api'
import { useNotify } from '../../ui/Notifications'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { Loading } from '../../ui/Loading'
import { useRequest } from '../../ui/useRequest'
import { Toolbar } from '../../ui/Toolbar'
import { ViewHeader } from '../../ui/ViewHeader'
import { ChangedLine, RevisionsDialog, useVersionChecks } from '../versions'
import { ArticleEditor } from './ArticleEditor'
import { SORTS, sortArticles, tagsOf, type SortKey } from './articleSort'
import { DeleteArticleDialog } from './DeleteArticleDialog'
import { COMPARE_VERSIONS_MARK, useReturnPlace } from './useReturnPlace'
import './LibraryView.css'

export interface LibraryViewProps {
  /** Bumped by the shell when articles were imported elsewhere. */
  version: number
  onImport: () => void
  onOpenComparison: (id: string) => void
  /** Opens Compare versions for a fetched article that changed. */
  onCompareVersions: (articleId: string) => void
  /** Comparisons were made or removed: the sidebar should reload. */
  onChanged: () => void
}

const numberFormat = new Intl.NumberFormat()

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [ms, value])
  return settled
}

export function LibraryView({ version, onImport, onOpenComparison, onCompareVersions, onChanged }: LibraryViewProps) {
  const notify = useNotify()
  const [query, setQuery] = useState('')
  const [tag, setTag] = useState('')
  const [sort, setSort] = useState<SortKey>('imported')
  const [selected, setSelected] = useState<string[]>([])
  const [changes, setChanges] = useState(0)
  const [editing, setEditing] = useState<ArticleListing | null>(null)
  const [revisionsOf, setRevisionsOf] = useState<ArticleListing | null>(null)
  const [deleting, setDeleting] = useState<ArticleUsage | null>(null)
  const [title, setTitle] = useState('')
  const searched = useDebounced(query.trim(), 150)
  const checks = useVersionChecks()
  const checking = checks.job?.running ?? false
  // New versions change titles, word counts and the "changed on" lines: the list is asked for again.
  const key = `${version}:${changes}:${checks.changes}`
  const [all, retryAll] = useRequest(() => client.listArticles(), key)
  // Without words or a tag the list is every article, which `all` already holds: no second request.
  const filtering = searched !== '' || tag !== ''
  const [search, retrySearch] = useRequest(() => (filtering ? client.searchArticles({ query: searched, ...(tag ? { tag } : {}) }) : Promise.resolve(null)), `${key}:${searched}:${tag}`)
  const found = filtering ? search : all
  const retry = filtering ? retrySearch : retryAll
  const tags = useMemo(() => (all.status === 'done' ? tagsOf(all.value) : []), [all])
  const rows = useMemo(() => (found.status === 'done' && found.value ? sortArticles(found.value, sort) : []), [found, sort])
  const byId = useMemo(() => new Map((all.status === 'done' ? all.value : []).map((a) => [a.id, a])), [all])
  const fetched = useMemo(() => (all.status === 'done' ? all.value.filter((a) => a.fetched) : []), [all])
  const refresh = (): void => setChanges((n) => n + 1)
  const rememberPlace = useReturnPlace(byId, setRevisionsOf)
  const compareVersions = (articleId: string, fromDialog: boolean): void => {
    rememberPlace(articleId, fromDialog)
    onCompareVersions(articleId)
  }

  const toggle = (id: string, on: boolean): void => setSelected((list) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id)))
  const canCompare = selected.length >= MIN_ARTICLES_PER_COMPARISON && selected.length <= MAX_ARTICLES_PER_COMPARISON

  const compare = async (): Promise<void> => {
    const chosen = selected.map((id) => byId.get(id)).filter((a): a is ArticleListing => a !== undefined)
    const name = title.trim() || `${chosen[0]?.title ?? 'Comparison'} and ${chosen.length - 1} more`
    try {
      const comparison = await client.createComparison({ title: name.slice(0, MAX_COMPARISON_TITLE_LENGTH), articleIds: chosen.map((a) => a.id) })
      setSelected([])
      setTitle('')
      onChanged()
      onOpenComparison(comparison.id)
    } catch (error) {
      notify.error(error)
    }
  }

  const askDelete = async (article: ArticleListing): Promise<void> => {
    try {
      setDeleting(await client.articleUsage({ id: article.id }))
    } catch (error) {
      notify.error(error)
    }
  }
  const confirmDelete = async (usage: ArticleUsage): Promise<void> => {
    setDeleting(null)
    try {
      await client.deleteArticle({ id: usage.article.id })
      setSelected((list) => list.filter((x) => x !== usage.article.id))
      refresh()
      onChanged()
      notify.info(`Deleted “${usage.article.title}”`, '', {
        label: 'Undo',
        run: () => {
          client.restoreArticle({ id: usage.article.id }).then(
            () => {
              refresh()
              onChanged()
            },
            (error: unknown) => notify.error(error),
          )
        },
      })
    } catch (error) {
      notify.error(error)
    }
  }

  return (
    <section className="library-view" aria-labelledby="library-title">
      <ViewHeader titleId="library-title" title={<>Articles{all.status === 'done' ? ` (${numberFormat.format(all.value.length)})` : ''}</>}>
        <Toolbar label="Articles">
          <input type="search" className="library-search" aria-label="Search articles" placeholder="Search titles, outlets and full text" value={query} onChange={(e) => setQuery(e.target.value)} />
          <label>
            Tag{' '}
            <select value={tag} onChange={(e) => setTag(e.target.value)}>
              <option value="">All</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label>
            Sort{' '}
            <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
              {(Object.keys(SORTS) as SortKey[]).map((k) => (
                <option key={k} value={k}>
                  {SORTS[k].label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => checks.check(fetched, 'the library')}
            disabled={checking || fetched.length === 0}
            title={fetched.length === 0 ? 'No article was fetched from a web address' : `Fetch the pages of the ${fetched.length} articles fetched from web addresses again, and keep a new version of each that changed`}
          >
            Check for changes
          </button>
          <button type="button" className="primary" onClick={onImport}>
            Import…
          </button>
        </Toolbar>
        <div className="compare-bar">
          <span role="status">
            {selected.length === 0
              ? `Select ${MIN_ARTICLES_PER_COMPARISON} to ${MAX_ARTICLES_PER_COMPARISON} articles to compare them.`
              : `${selected.length} selected${selected.length > MAX_ARTICLES_PER_COMPARISON ? ` (at most ${MAX_ARTICLES_PER_COMPARISON})` : ''}; columns in the order chosen.`}
          </span>
          <input type="text" aria-label="Title of the new comparison" placeholder="Title of the new comparison" value={title} onChange={(e) => setTitle(e.target.value)} disabled={!canCompare} />
          <button type="button" disabled={!canCompare} onClick={() => void compare()}>
            Compare selected
          </button>
        </div>
      </ViewHeader>
      <div className="library-body">
        {found.status === 'loading' && rows.length === 0 && <Loading label="Searching…" />}
        {found.status === 'failed' && <ErrorMessage error={found.error} onRetry={retry} />}
        {found.status === 'done' && rows.length === 0 && <p className="library-empty">{searched || tag ? 'No article matches.' : 'No articles yet. Import some to compare them.'}</p>}
        {rows.length > 0 && (
          <table className="article-table">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Select</span>
                </th>
                <th scope="col">Title</th>
                <th scope="col">Outlet</th>
                <th scope="col">Published</th>
                <th scope="col">Words</th>
                <th scope="col">Tags</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((article) => {
                const order = selected.indexOf(article.id)
                return (
                  <tr key={article.id} data-article={article.id} aria-selected={order >= 0}>
                    <td>
                      <input type="checkbox" checked={order >= 0} onChange={(e) => toggle(article.id, e.target.checked)} aria-label={`Select “${article.title}”`} />
                      {order >= 0 && <span className="select-order">{order + 1}</span>}
                    </td>
                    <td>
                      <span className="article-title">{article.title}</span>
                      {article.byline && <span className="article-byline">{article.byline}</span>}
                      <ChangedLine change={article.changed} className="article-changed" />
                      {article.changed && (
                        <button type="button" className="article-revisions" onClick={() => setRevisionsOf(article)} aria-label={`What changed in “${article.title}”`}>
                          What changed
                        </button>
                      )}
                      {article.changed && (
                        <button type="button" className="article-revisions" onClick={() => compareVersions(article.id, false)} aria-label={`Compare versions of “${article.title}”`} {...COMPARE_VERSIONS_MARK}>
                          Compare versions
                        </button>
                      )}
                    </td>
                    <td>{article.outlet ?? '—'}</td>
                    <td>{article.publishedAt === null ? '—' : formatPublished(article.publishedAt, undefined, 'short')}</td>
                    <td className="article-number">{numberFormat.format(article.wordCount)}</td>
                    <td>
                      {article.tags.map((t) => (
                        <span key={t} className="tag">
                          {t}
                        </span>
                      ))}
                    </td>
                    <td className="article-actions">
                      <button type="button" onClick={() => setEditing(article)} aria-label={`Edit “${article.title}”`}>
                        Edit
                      </button>
                      {article.fetched && (
                        <button type="button" onClick={() => checks.check([article], `“${article.title}”`)} disabled={checking} aria-label={`Check “${article.title}” for changes`}>
                          Check
                        </button>
                      )}
                      <button type="button" onClick={() => void askDelete(article)} aria-label={`Delete “${article.title}”`}>
                        Delete
                      </button>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
      </div>
      {revisionsOf && <RevisionsDialog article={revisionsOf} onClose={() => setRevisionsOf(null)} onCompare={() => compareVersions(revisionsOf.id, true)} />}
      {editing && (
        <ArticleEditor
          article={editing}
          onClose={() => setEditing(null)}
          onCheck={
            editing.fetched && !checking
              ? () => {
                  setEditing(null)
                  checks.check([editing], `“${editing.title}”`)
                }
              : undefined
          }
          onSaved={() => {
            setEditing(null)
            refresh()
            onChanged()
          }}
        />
      )}
      {deleting && <DeleteArticleDialog usage={deleting} onCancel={() => setDeleting(null)} onConfirm={() => void confirmDelete(deleting)} />}
    </section>
  )
}
