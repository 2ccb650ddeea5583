import type {RouteConfig} from '@docusaurus/types';

interface VersionDoc {
  readonly description?: string;
  readonly [key: string]: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A copy of `route` whose `props.version.docs` entries (the docs plugin's
 * version metadata), at any depth of nested routes, carry no `description`.
 * Routes without that prop come back unchanged.
 */
export function withoutDocDescriptions(route: RouteConfig): RouteConfig {
  const routes = route.routes?.map(withoutDocDescriptions);
  const nested = routes && routes.some((r, i) => r !== route.routes?.[i]) ? {...route, routes} : route;
  return stripOwn(nested);
}

function stripOwn(route: RouteConfig): RouteConfig {
  const version = isRecord(route.props) ? route.props.version : undefined;
  if (!isRecord(version) || !isRecord(version.docs)) return route;
  const docs = Object.fromEntries(
    Object.entries(version.docs as Record<string, VersionDoc>).map(([id, doc]) => {
      const {description: _description, ...rest} = doc;
      return [id, rest];
    }),
  );
  return {...route, props: {...route.props, version: {...version, docs}}};
}
