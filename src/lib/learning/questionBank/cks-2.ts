import type {Question} from '../questions';

/** Questions for CKS domain 2, Cluster Hardening. */
export const questions: readonly Question[] = [
  {
    id: 'rbac-escalate-verb',
    competencies: ['CKS-2.1', 'KCSA-4.7'],
    kind: 'concept',
    prompt:
      'A user may create and update Roles in a namespace, but holds no other permissions there. Without the escalate verb, what stops them writing a Role that grants get on Secrets and binding it to themselves?',
    options: [
      {
        text: 'The API server refuses to create or update a Role that grants permissions the requester does not already hold.',
        correct: true,
        why: 'RBAC checks every rule of a new or changed Role against the requester’s own permissions, unless they have escalate on roles. The user cannot read Secrets, so a Role granting it is refused.',
      },
      {
        text: 'Nothing: create on roles is enough to grant any permission in the namespace.',
        correct: false,
        why: 'That would make create on roles equal to namespace admin. The escalation check exists precisely to stop it.',
      },
      {
        text: 'An admission webhook is required to block it; RBAC itself does not check.',
        correct: false,
        why: 'The check is built into the RBAC registry in the API server; no webhook is needed.',
      },
      {
        text: 'Roles cannot mention Secrets; only ClusterRoles can.',
        correct: false,
        why: 'A Role may grant any namespaced resource, Secrets included.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authorization/rbac-privilege-escalation#escalation-prevention',
      label: 'How RBAC prevents escalation through roles and bindings',
    },
  },
  {
    id: 'rbac-create-pods-is-secret-read',
    competencies: ['CKS-2.1', 'CKS-2.2'],
    kind: 'scenario',
    prompt:
      'A CI service account has only this Role in namespace payments: create, get and list on pods. The namespace also holds a service account with read access to every Secret in payments. Which statement is true?',
    options: [
      {
        text: 'The CI account can read those Secrets by creating a Pod that runs as the stronger service account and uses its token.',
        correct: true,
        why: 'Creating a Pod lets the creator pick any service account in the namespace by name, and the Pod then holds that account’s token. create on pods is as strong as every service account in the namespace.',
      },
      {
        text: 'It cannot: the Role grants nothing on Secrets.',
        correct: false,
        why: 'It does not grant Secrets directly, but it grants a way to act as a service account that can read them.',
      },
      {
        text: 'It can only if the Pod is privileged.',
        correct: false,
        why: 'No privilege is needed; the Pod just names the other service account in serviceAccountName.',
      },
    ],
    source: {to: '/docs/fundamentals/authorization/rbac-privilege-escalation#pod-create', label: 'Creating Pods'},
  },
];
