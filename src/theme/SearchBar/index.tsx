import React, {type ReactNode} from 'react';
import NavbarSearch from '@site/src/components/Search/NavbarSearch';

/**
 * Swizzle (new implementation of a slot): theme-classic's SearchBar is a no-op
 * placeholder that search plugins fill. The site's search is Pagefind over the
 * built HTML (scripts/postbuild.ts), shown by src/components/Search.
 */
export default function SearchBar(): ReactNode {
  return <NavbarSearch />;
}
