// Types for what Vite provides to the renderer build (CSS imports, import.meta.env).
/// <reference types="vite/client" />
