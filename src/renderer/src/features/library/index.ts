export { LibrarySidebar, type LibrarySidebarProps } from './LibrarySidebar'
