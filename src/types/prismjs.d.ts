// prismjs ships no types for its per-file components; @types/prismjs types the core's API.
declare module 'prismjs/components/prism-core' {
  import type * as PrismNamespace from 'prismjs';
  const Prism: typeof PrismNamespace;
  export default Prism;
}
declare module 'prismjs/components/prism-*';
