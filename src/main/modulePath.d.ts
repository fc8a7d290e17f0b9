// What electron-vite gives for `import path from './file?modulePath'` in main: the file bundled as an entry of
// its own, and the path of the built file (a worker thread's program).
declare module '*?modulePath' {
  const path: string
  export default path
}
