import type {ClientModule} from '@docusaurus/types';
import {loadHighlighter} from '@site/src/lib/code/prismRuntime';

/**
 * The first visit hydrates without Prism. When the reader then follows a link,
 * start loading Prism while the next page's chunks load, so its code blocks
 * are highlighted when it renders (or a moment after, on a slow network).
 */
const clientModule: ClientModule = {
  onRouteUpdate({previousLocation}) {
    if (previousLocation) void loadHighlighter();
  },
};

export default clientModule;
