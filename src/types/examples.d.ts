// Files under examples/ are imported as their source text by
// src/plugins/examples-source.
declare module '*.yaml' {
  const source: string;
  export default source;
}
declare module '*.yml' {
  const source: string;
  export default source;
}
