import { deferred } from '../../ui/deferred'
import type { LibraryViewProps } from './LibraryView'

export { LibrarySidebar } from './LibrarySidebar'
/** The Articles view, with its editor and dialogs, is not on the first screen: it loads on first use (or when idle). */
export const LibraryView = deferred<LibraryViewProps>(() => import('./LibraryView').then((m) => m.LibraryView))
