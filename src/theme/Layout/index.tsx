import React, {type ReactNode} from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {WrapperProps} from '@docusaurus/types';
import {useLocation} from '@docusaurus/router';

type Props = WrapperProps<typeof LayoutType>;

/**
 * Swizzle (wrap): the search plugin's results page (/search) renders its
 * content straight into Layout without a <main> landmark, which axe reports
 * (landmark-one-main, region). Give that one page a <main>; every other page
 * already has one.
 */
export default function LayoutWrapper(props: Props): ReactNode {
  const {pathname} = useLocation();
  const isSearchPage = /\/search\/?$/.test(pathname);
  return <Layout {...props}>{isSearchPage ? <main>{props.children}</main> : props.children}</Layout>;
}
