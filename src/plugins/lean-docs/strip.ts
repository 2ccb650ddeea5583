import type {RouteConfig} from '@docusaurus/types';
import {isPlainObject} from '../../lib/format/value';

/**
 * A copy of `route` whose `props.version` (the docs plugin's version
 * metadata), at any depth of nested routes, has an empty `docs` map. Routes
 * without that prop come back unchanged.
 *
 * The map lists every doc (id, title, description, sidebar) and reaches every
 * doc page on a first visit, growing with the site. Only `useDocById` reads it,
 * and on this site only through DocCard (category index pages, which the site
 * does not use); related pages take their labels from the sidebars, which
 * every doc page loads anyway.
 */
export function withoutVersionDocs(route: RouteConfig): RouteConfig {
  const routes = route.routes?.map(withoutVersionDocs);
  const nested = routes && routes.some((r, i) => r !== route.routes?.[i]) ? {...route, routes} : route;
  return stripOwn(nested);
}

function stripOwn(route: RouteConfig): RouteConfig {
  const version = isPlainObject(route.props) ? route.props.version : undefined;
  if (!isPlainObject(version) || !isPlainObject(version.docs)) return route;
  return {...route, props: {...route.props, version: {...version, docs: {}}}};
}
