/**
 * Client-side redirects from the seed article's original underscore URLs to the
 * canonical kebab-case pages. The seed (docs/fundamentals/index.mdx) was
 * written against these paths and readers may have bookmarked them.
 */
export interface Redirect {
  readonly from: string;
  readonly to: string;
}

export const seedRedirects: Redirect[] = [
  {from: '/docs/fundamentals/understanding_k8s_attack_surface', to: '/docs/fundamentals/attack-surface'},
  {
    from: '/docs/fundamentals/the_4_c_cloud_native_security',
    to: '/docs/fundamentals/four-cs-of-cloud-native-security',
  },
  {
    from: '/docs/fundamentals/authentication/authentication_methods',
    to: '/docs/fundamentals/authentication/authentication-methods',
  },
  {
    from: '/docs/fundamentals/authorization/authorization_methods',
    to: '/docs/fundamentals/authorization/authorization-methods',
  },
];
