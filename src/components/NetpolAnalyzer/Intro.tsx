import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import styles from './intro.module.css';

/**
 * The analyzer page's introduction. Rendered on the server with the page, so
 * it must never import the engine (src/lib/netpol): that stays in the lazy
 * "netpol-analyzer" chunk.
 */
export default function Intro(): ReactNode {
  return (
    <p className={styles.intro}>
      Paste or open Namespaces, Pods or workloads and NetworkPolicies to see which connections Kubernetes allows between
      them, and why: the policies that isolate each side and the rules that let the traffic through, or the side that
      denied it. The answers follow the <code>networking.k8s.io/v1</code> API, the way a conforming network plugin
      enforces it. Nothing leaves your browser: the manifests are evaluated on this page, and a share link carries them
      in its fragment, which browsers never send to a server. New to NetworkPolicy? Start with{' '}
      <Link to="/docs/fundamentals/primitives/network-policies">Network policies</Link>, then try the graded exercises
      below the analyzer.
    </p>
  );
}
