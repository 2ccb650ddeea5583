import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import styles from './intro.module.css';

/**
 * The analyzer page's introduction. Rendered on the server with the page, so
 * it must never import the engine (src/lib/rbac): that stays in the lazy
 * "rbac-analyzer" chunk.
 */
export default function Intro(): ReactNode {
  return (
    <p className={styles.intro}>
      Paste or open your RBAC manifests to see what every user, group and service account can do, ask who can perform an
      action (like <code>kubectl auth can-i</code>, but for everyone at once), and get a list of risky grants with their
      least-privilege fix. Nothing leaves your browser: the manifests are parsed and evaluated on this page, and a share
      link carries them in its fragment, which browsers never send to a server; this tab keeps them in its session
      storage so that Back and reload bring them back. New to RBAC? Start with{' '}
      <Link to="/docs/fundamentals/authorization/rbac">RBAC</Link> and{' '}
      <Link to="/docs/fundamentals/authorization/rbac-privilege-escalation">RBAC privilege escalation</Link>.
    </p>
  );
}
