// Stands in for @docusaurus/theme-classic/lib/prism-include-languages.js, which
// would put Prism in the main bundle; see ./index.ts. Languages are registered
// in src/lib/code/prism.ts.
export {};
