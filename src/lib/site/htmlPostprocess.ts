/**
 * HTML fixes applied to every built page after `docusaurus build` (see
 * scripts/csp-postbuild.ts). Pure string functions so they can be unit-tested.
 */

const ROOT_OPEN = /<div id=(?:"__docusaurus"|__docusaurus)>/;
const LEADING_PRELOAD = /^<link rel=(?:"preload"|preload)(?=[\s/>])[^>]*>/;

/**
 * React 19's server renderer writes `<link rel=preload as=image>` hints for
 * images at the start of the element it renders into, which on Docusaurus is
 * `<div id=__docusaurus>`, not `<head>`. Preact (our browser runtime) hydrates
 * that div child by child, finds the link where it expects the skip link, and
 * moves every following node (navbar, page, footer) to fix the order: a full
 * restyle of the page on every first visit. Moving the hints to the end of
 * `<head>` keeps them working as hints and leaves the root holding only what
 * the app renders.
 */
export function hoistRootPreloads(html: string): {html: string; moved: number} {
  const open = ROOT_OPEN.exec(html);
  const headEnd = html.indexOf('</head>');
  if (!open || headEnd < 0 || headEnd > open.index) return {html, moved: 0};
  const start = open.index + open[0].length;
  const links: string[] = [];
  let rest = html.slice(start);
  for (let match = LEADING_PRELOAD.exec(rest); match; match = LEADING_PRELOAD.exec(rest)) {
    links.push(match[0]);
    rest = rest.slice(match[0].length);
  }
  if (links.length === 0) return {html, moved: 0};
  const withoutLinks = html.slice(0, start) + rest;
  return {
    html: withoutLinks.slice(0, headEnd) + links.join('') + withoutLinks.slice(headEnd),
    moved: links.length,
  };
}
