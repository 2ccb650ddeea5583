/**
 * Identities and subject matching, following the upstream rule resolver
 * (kubernetes/kubernetes pkg/registry/rbac/validation/rule.go `appliesToUser`):
 * a User subject matches the user name, a Group subject matches one of the
 * user's groups, and a ServiceAccount subject matches the user name
 * `system:serviceaccount:<namespace>:<name>`. So a User subject with that name
 * is the same identity as the service account.
 *
 * Implicit groups (set by the authenticators): every authenticated identity is
 * in `system:authenticated`; a service account is also in
 * `system:serviceaccounts` and `system:serviceaccounts:<namespace>`; the
 * anonymous user `system:anonymous` is only in `system:unauthenticated`.
 */
import type {Identity, Subject} from './types';

export const SA_USER_PREFIX = 'system:serviceaccount:';
export const GROUP_AUTHENTICATED = 'system:authenticated';
export const GROUP_UNAUTHENTICATED = 'system:unauthenticated';
export const USER_ANONYMOUS = 'system:anonymous';
export const GROUP_ALL_SERVICEACCOUNTS = 'system:serviceaccounts';
export const GROUP_MASTERS = 'system:masters';

export function serviceAccountUsername(namespace: string, name: string): string {
  return `${SA_USER_PREFIX}${namespace}:${name}`;
}

export function serviceAccountGroup(namespace: string): string {
  return `${GROUP_ALL_SERVICEACCOUNTS}:${namespace}`;
}

/** Splits `system:serviceaccount:<ns>:<name>`; anything else is not a service account. */
export function parseServiceAccountUsername(username: string): {namespace: string; name: string} | undefined {
  if (!username.startsWith(SA_USER_PREFIX)) return undefined;
  const parts = username.slice(SA_USER_PREFIX.length).split(':');
  if (parts.length !== 2) return undefined;
  const [namespace, name] = parts;
  if (!namespace || !name) return undefined;
  return {namespace, name};
}

/** A User named like a service account becomes that ServiceAccount. */
export function normalizeIdentity(identity: Identity): Identity {
  if (identity.kind === 'User') {
    const sa = parseServiceAccountUsername(identity.name);
    if (sa) return {kind: 'ServiceAccount', ...sa};
  }
  return identity;
}

export interface UserInfo {
  /** Undefined when asking about a group rather than a user. */
  readonly user?: string;
  readonly groups: readonly string[];
}

/** The user name and groups the API server would see for this identity. */
export function userInfoFor(identity: Identity): UserInfo {
  const id = normalizeIdentity(identity);
  switch (id.kind) {
    case 'ServiceAccount':
      return {
        user: serviceAccountUsername(id.namespace, id.name),
        groups: [GROUP_ALL_SERVICEACCOUNTS, serviceAccountGroup(id.namespace), GROUP_AUTHENTICATED],
      };
    case 'User': {
      const extra = id.groups ?? [];
      if (id.name === USER_ANONYMOUS) return {user: id.name, groups: unique([GROUP_UNAUTHENTICATED, ...extra])};
      return {user: id.name, groups: unique([...extra, GROUP_AUTHENTICATED])};
    }
    case 'Group':
      // Members of a group are authenticated, except the anonymous group itself.
      if (id.name === GROUP_UNAUTHENTICATED) return {groups: [GROUP_UNAUTHENTICATED]};
      return {groups: unique([id.name, GROUP_AUTHENTICATED])};
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Does a (model) binding subject apply to this user? SA namespaces are already resolved in the model. */
export function subjectApplies(subject: Subject, info: UserInfo): boolean {
  switch (subject.kind) {
    case 'User':
      return info.user !== undefined && info.user === subject.name;
    case 'Group':
      return info.groups.includes(subject.name);
    case 'ServiceAccount':
      return subject.namespace !== undefined && info.user === serviceAccountUsername(subject.namespace, subject.name);
  }
}

/** Index key: a User named like a service account shares the key of that ServiceAccount. */
export function subjectKey(subject: Subject): string {
  switch (subject.kind) {
    case 'User':
      return `user:${subject.name}`;
    case 'Group':
      return `group:${subject.name}`;
    case 'ServiceAccount':
      return `user:${serviceAccountUsername(subject.namespace ?? '', subject.name)}`;
  }
}

/** Index keys under which bindings relevant to this user can be found. */
export function lookupKeys(info: UserInfo): string[] {
  const keys = info.groups.map((g) => `group:${g}`);
  if (info.user !== undefined) keys.unshift(`user:${info.user}`);
  return keys;
}

/** A User subject named `system:serviceaccount:ns:name` is shown as that ServiceAccount. */
export function canonicalSubject(subject: Subject): Subject {
  if (subject.kind === 'User') {
    const sa = parseServiceAccountUsername(subject.name);
    if (sa) return {kind: 'ServiceAccount', namespace: sa.namespace, name: sa.name};
  }
  return subject;
}

/** `User:alice`, `Group:dev`, `ServiceAccount:ns:name`. */
export function formatSubject(subject: Subject | Identity): string {
  if (subject.kind === 'ServiceAccount') return `ServiceAccount:${subject.namespace ?? ''}:${subject.name}`;
  return `${subject.kind}:${subject.name}`;
}

export function identityToSubject(identity: Identity): Subject {
  const id = normalizeIdentity(identity);
  return id.kind === 'ServiceAccount'
    ? {kind: 'ServiceAccount', namespace: id.namespace, name: id.name}
    : {kind: id.kind, name: id.name};
}

/**
 * Parses `User:alice`, `Group:dev` or `ServiceAccount:ns:name` (kind is
 * case-insensitive; `sa:` is accepted for ServiceAccount). A bare
 * `system:serviceaccount:ns:name` is accepted too.
 */
export function parseIdentity(text: string): {ok: true; identity: Identity} | {ok: false; error: string} {
  const bare = parseServiceAccountUsername(text);
  if (bare) return {ok: true, identity: {kind: 'ServiceAccount', ...bare}};
  const colon = text.indexOf(':');
  const usage = 'write the subject as User:NAME, Group:NAME or ServiceAccount:NAMESPACE:NAME';
  if (colon <= 0) return {ok: false, error: `invalid subject "${text}": ${usage}`};
  const kind = text.slice(0, colon).toLowerCase();
  const rest = text.slice(colon + 1);
  if (kind === 'user') {
    if (!rest) return {ok: false, error: `invalid subject "${text}": the user name is empty`};
    return {ok: true, identity: normalizeIdentity({kind: 'User', name: rest})};
  }
  if (kind === 'group') {
    if (!rest) return {ok: false, error: `invalid subject "${text}": the group name is empty`};
    return {ok: true, identity: {kind: 'Group', name: rest}};
  }
  if (kind === 'serviceaccount' || kind === 'sa') {
    const parts = rest.split(':');
    const [namespace, name] = parts;
    if (parts.length !== 2 || !namespace || !name) {
      return {
        ok: false,
        error: `invalid subject "${text}": a service account is written ServiceAccount:NAMESPACE:NAME`,
      };
    }
    return {ok: true, identity: {kind: 'ServiceAccount', namespace, name}};
  }
  return {ok: false, error: `invalid subject "${text}": unknown kind "${text.slice(0, colon)}"; ${usage}`};
}
