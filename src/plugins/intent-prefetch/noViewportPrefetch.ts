// Stands in for @docusaurus/core/lib/client/prefetch.js; see ./index.ts.
export default function prefetch(_url: string): Promise<void> {
  return Promise.resolve();
}
