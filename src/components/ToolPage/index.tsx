import React, {Suspense, type ComponentType, type ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Layout from '@theme/Layout';

interface Props {
  readonly title: string;
  readonly description: string;
  /** What the tool is called in running text: "checker", "analyzer". */
  readonly noun: string;
  /** Server-rendered introduction above the tool. */
  readonly intro: ReactNode;
  /** The tool, lazily imported by the page so it gets a chunk of its own. */
  readonly tool: ComponentType;
}

/**
 * The frame both tool pages share: heading, introduction, and the tool itself,
 * rendered in the browser only, in a box whose height is reserved so the
 * footer does not jump when it loads (CLS).
 */
export default function ToolPage({title, description, noun, intro, tool: Tool}: Props): ReactNode {
  const loading = <p>Loading the {noun}…</p>;
  return (
    <Layout title={title} description={description}>
      <main className="container margin-vert--lg">
        <h1>{title}</h1>
        {intro}
        <div className="tool-root">
          <BrowserOnly fallback={loading}>
            {() => (
              <Suspense fallback={loading}>
                <Tool />
              </Suspense>
            )}
          </BrowserOnly>
        </div>
        <noscript>
          <p>The {noun} runs in your browser and needs JavaScript.</p>
        </noscript>
      </main>
    </Layout>
  );
}
