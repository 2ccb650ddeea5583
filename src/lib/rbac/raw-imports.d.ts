// Lets tests import the sample manifests as text (`./samples/x.yaml?raw`), which Vite/Vitest supports.
declare module '*.yaml?raw' {
  const text: string;
  export default text;
}
