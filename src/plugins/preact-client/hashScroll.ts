import type {ClientModule} from '@docusaurus/types';

/**
 * Docusaurus scrolls to `#anchor` in a layout effect that, under React, runs
 * after the new page is in the DOM. Under Preact the page's lazy route
 * components commit a frame later, so the core finds no element and the link
 * lands at the top. When that happens, wait for the element (up to ~1 s) and
 * scroll to it then. When the core did find it, this does nothing.
 */
const MAX_FRAMES = 60;

const clientModule: ClientModule = {
  onRouteDidUpdate({location, previousLocation}) {
    if (!previousLocation || !location.hash) return;
    const id = decodeURIComponent(location.hash.slice(1));
    if (document.getElementById(id)) return;
    let frames = 0;
    const tryScroll = (): void => {
      const element = document.getElementById(id);
      if (element) element.scrollIntoView();
      else if (++frames < MAX_FRAMES && window.location.hash === location.hash) requestAnimationFrame(tryScroll);
    };
    requestAnimationFrame(tryScroll);
  },
};

export default clientModule;
