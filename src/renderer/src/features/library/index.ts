export { LibrarySidebar } from './LibrarySidebar'
export { LibraryView } from './LibraryView'
