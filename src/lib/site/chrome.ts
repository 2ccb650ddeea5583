/**
 * How the project starts the system Chromium (Debian's `chromium`) for the
 * browser tests, Lighthouse, the benchmarks and the diagram renderer. Nothing
 * in the project downloads a browser of its own.
 */

/** Headless flags; the background-networking ones keep Chromium from calling home on a closed network. */
export const CHROME_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where to look, in order: CHROME_PATH, then the usual system locations. */
export function chromeCandidates(chromePathEnv: string | undefined): string[] {
  return [chromePathEnv, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(
    (p): p is string => typeof p === 'string' && p.length > 0,
  );
}

/** The first candidate that exists, or an error that says how to install one. */
export function findChrome(exists: (path: string) => boolean, chromePathEnv: string | undefined): string {
  const found = chromeCandidates(chromePathEnv).find(exists);
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}
