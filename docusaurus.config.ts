import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as RedirectOptions} from '@docusaurus/plugin-client-redirects';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import leanDocsPlugin from './src/plugins/lean-docs';
import {classOnlyCodeTheme} from './src/lib/site/prismThemes';
import {seedRedirects} from './src/lib/site/redirects';
import examplesSourcePlugin from './src/plugins/examples-source';
import lazyPrismPlugin from './src/plugins/lazy-prism';
import intentPrefetchPlugin from './src/plugins/intent-prefetch';
import remarkMermaidStatic from './src/plugins/remark-mermaid-static';
import remarkExampleSummary from './src/plugins/remark-example-summary';
import remarkGlossaryTerm from './src/plugins/remark-glossary-term';
import remarkQuiz from './src/plugins/remark-quiz';
import curriculumMapPlugin from './src/plugins/curriculum-map';
import threatMatrixPlugin from './src/plugins/threat-matrix';
import quizzesPlugin from './src/plugins/quizzes';
import learningPathsPlugin from './src/plugins/learning-paths';
import {validateFrontMatter} from './src/lib/content/frontmatter';

// This file runs in Node.js at build time. Nothing here reaches the browser
// except what themeConfig exposes.

// ---- Environment switches --------------------------------------------------
/** Public origin of the deployed site (GitHub Pages sets this in its workflow). */
const SITE_URL = process.env.SITE_URL ?? 'https://k8s-security-field-guide.example.org';
/** Path the site is served under, e.g. `/repo-name/` on GitHub Pages project sites. */
const BASE_URL = process.env.BASE_URL ?? '/';
/** Build with Rspack/SWC (@docusaurus/faster). DOCUSAURUS_FASTER=false builds with webpack, for comparison. */
const USE_FASTER = process.env.DOCUSAURUS_FASTER !== 'false';

// ---- Named configuration blocks ---------------------------------------------
/** The docs plugin's options; it runs through src/plugins/lean-docs (see there). */
const docsOptions = {
  routeBasePath: 'docs',
  sidebarPath: './sidebars.ts',
  // Pages are ours to order: the sidebar is written out in sidebars.ts.
  showLastUpdateTime: false,
  breadcrumbs: true,
  // Tags come from a fixed vocabulary (docs/tags.yml); an unknown tag fails the build.
  tags: 'tags.yml',
  onInlineTags: 'throw',
  admonitions: {
    // Custom callouts, rendered by src/theme/Admonition/Types.tsx.
    keywords: ['attacker', 'defender', 'exam'],
    extendDefaults: true,
  },
  // Mermaid diagrams are pre-rendered SVG images (npm run diagrams), so no
  // page ships the Mermaid library.
  beforeDefaultRemarkPlugins: [
    [remarkMermaidStatic, {dir: 'static/diagrams', baseUrl: BASE_URL}],
    remarkExampleSummary,
    remarkGlossaryTerm,
    remarkQuiz,
  ],
  exclude: ['**/_*.{md,mdx}', '**/_*/**', '**/*.test.{js,jsx,ts,tsx}', '**/__tests__/**'],
} satisfies DocsOptions;

const presetOptions = {
  // Docs come from src/plugins/lean-docs, the classic docs plugin with a lighter version prop.
  docs: false,
  blog: false,
  theme: {
    customCss: ['./src/css/custom.css', './src/css/prism-theme.css'],
  },
  sitemap: {
    lastmod: null,
    changefreq: null,
    priority: null,
  },
  // No analytics or tracking plugin is configured, on purpose: the site sends
  // nothing anywhere (see README, "Privacy").
} satisfies Preset.Options;

const themeConfig = {
  image: 'img/social-card.png',
  metadata: [
    {name: 'keywords', content: 'Kubernetes security, CKS, KCSA, Pod Security Standards, RBAC'},
    {name: 'referrer', content: 'no-referrer'},
  ],
  colorMode: {
    defaultMode: 'light',
    disableSwitch: false,
    respectPrefersColorScheme: true,
  },
  docs: {
    sidebar: {hideable: true, autoCollapseCategories: false},
  },
  navbar: {
    title: 'K8s Security Field Guide',
    logo: {
      alt: 'Kubernetes Security Field Guide logo: a shield around a helm wheel',
      src: 'img/logo.svg',
      width: 32,
      height: 32,
    },
    items: [
      {type: 'docSidebar', sidebarId: 'fundamentals', position: 'left', label: 'Fundamentals'},
      {type: 'docSidebar', sidebarId: 'attackVectors', position: 'left', label: 'Attack vectors'},
      {type: 'docSidebar', sidebarId: 'hardening', position: 'left', label: 'Hardening'},
      {
        type: 'dropdown',
        label: 'Tools',
        position: 'left',
        items: [
          {to: '/tools/pss-checker', label: 'Pod Security checker'},
          {to: '/tools/rbac-analyzer', label: 'RBAC analyzer'},
          {to: '/tools/netpol-analyzer', label: 'NetworkPolicy analyzer'},
          {to: '/docs/tools', label: 'Security tools guide'},
        ],
      },
      {
        type: 'dropdown',
        label: 'Learn',
        position: 'left',
        items: [
          {to: '/paths', label: 'Learning paths'},
          {to: '/quiz', label: 'Quizzes'},
          {to: '/glossary', label: 'Glossary'},
          {to: '/curriculum', label: 'Curriculum map'},
        ],
      },
      {to: '/docs/about/how-this-site-is-built', label: 'About', position: 'right'},
    ],
  },
  footer: {
    style: 'dark',
    links: [
      {
        title: 'Learn',
        items: [
          {label: 'Fundamentals', to: '/docs/fundamentals'},
          {label: 'Attack surface', to: '/docs/fundamentals/attack-surface'},
          {label: "The 4C's", to: '/docs/fundamentals/four-cs-of-cloud-native-security'},
          {label: 'Attack vectors', to: '/docs/attack-vectors'},
          {label: 'Hardening', to: '/docs/hardening'},
          {label: 'Threat matrix', to: '/threat-matrix'},
          {label: 'Glossary', to: '/glossary'},
          {label: 'Learning paths', to: '/paths'},
          {label: 'Quizzes', to: '/quiz'},
        ],
      },
      {
        title: 'Tools',
        items: [
          {label: 'Pod Security checker', to: '/tools/pss-checker'},
          {label: 'RBAC analyzer', to: '/tools/rbac-analyzer'},
          {label: 'NetworkPolicy analyzer', to: '/tools/netpol-analyzer'},
        ],
      },
      {
        title: 'Project',
        items: [
          {label: 'KCSA and CKS curriculum map', to: '/curriculum'},
          {label: 'How this site is built and tested', to: '/docs/about/how-this-site-is-built'},
        ],
      },
    ],
    copyright:
      'Code under the MIT licence, content under CC BY 4.0. Not affiliated with the CNCF or the Kubernetes project. No cookies, no trackers.',
  },
  prism: {
    // Colours come from src/css/prism-theme.css (generated from lightCodeTheme and
    // darkCodeTheme), so code blocks need no remount when the colour mode is known.
    theme: classOnlyCodeTheme,
    darkTheme: classOnlyCodeTheme,
    // No additionalLanguages: src/lib/code/prism.ts registers bash itself,
    // because Prism is a lazy chunk here (src/plugins/lazy-prism).
  },
  tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
} satisfies Preset.ThemeConfig;

const redirectOptions = {
  redirects: seedRedirects,
} satisfies RedirectOptions;

const config: Config = {
  title: 'Kubernetes Security Field Guide',
  tagline: 'Learn to attack, defend and certify Kubernetes clusters, with every example tested.',
  favicon: 'img/favicon.svg',
  url: SITE_URL,
  baseUrl: BASE_URL,
  trailingSlash: false,

  future: {
    v4: true,
    faster: USE_FASTER,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  markdown: {
    // `## Heading {#explicit-id}` gives headings stable anchors that tools and
    // other pages link to (future.v4 turns this off by default).
    mdx1Compat: {comments: false, admonitions: false, headingIds: true},
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
    // Fail the build on a front-matter key the project does not know, so a typo
    // cannot silently drop metadata (Docusaurus itself accepts unknown keys).
    parseFrontMatter: async (params) => {
      const result = await params.defaultParseFrontMatter(params);
      validateFrontMatter(result.frontMatter, params.filePath);
      return result;
    },
  },

  // Installable as an app (static/manifest.webmanifest); the service worker is
  // written after the build (scripts/postbuild.ts) and registered by src/theme/Root.tsx.
  headTags: [
    {tagName: 'link', attributes: {rel: 'manifest', href: `${BASE_URL}manifest.webmanifest`}},
    {tagName: 'meta', attributes: {name: 'theme-color', content: '#2450b8'}},
    {tagName: 'link', attributes: {rel: 'apple-touch-icon', href: `${BASE_URL}img/icon-192.png`}},
  ],

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  presets: [['classic', presetOptions]],

  plugins: [
    [leanDocsPlugin, docsOptions],
    examplesSourcePlugin,
    lazyPrismPlugin,
    intentPrefetchPlugin,
    curriculumMapPlugin,
    threatMatrixPlugin,
    quizzesPlugin,
    learningPathsPlugin,
    ['@docusaurus/plugin-client-redirects', redirectOptions],
  ],

  themeConfig,
};

export default config;
