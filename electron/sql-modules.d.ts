// SQL files are imported as text (Vite's `?raw`; build/build-node.mjs does the same for esbuild).
declare module '*.sql?raw' {
  const text: string;
  export default text;
}
