// Waits in tests are for events, not for time: how long one may take is a budget many times what it needs on
// an idle machine, so a busy machine cannot fail a test. Loaded before every project's tests.

import { configure } from '@testing-library/dom'

/** The longest a test waits for something to happen before it fails. */
export const PATIENCE_MS = 15_000

// findBy… and waitFor of Testing Library (1 s by default).
configure({ asyncUtilTimeout: PATIENCE_MS })
