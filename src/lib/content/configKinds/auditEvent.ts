import * as z from '../../zod';
import {auditLevel, auditStage} from './auditPolicy';

/**
 * Event (audit.k8s.io/v1): one record written by the kube-apiserver audit log
 * or webhook backend (one JSON object per line in the log file). Examples in
 * this project are YAML renderings of such records. Strict: unknown keys are
 * errors, and a few cross-field rules catch events the API server could never
 * have written (a request body at Metadata level, a stage timestamp before the
 * request was received).
 * https://kubernetes.io/docs/reference/config-api/apiserver-audit.v1/
 * Upstream types: staging/src/k8s.io/apiserver/pkg/apis/audit/v1/types.go (Event, ObjectReference),
 * staging/src/k8s.io/api/authentication/v1/types.go (UserInfo),
 * staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/types.go (Status, MicroTime).
 */

/** metav1.MicroTime: RFC 3339 with exactly six fractional digits, e.g. "2026-11-27T09:14:03.512345Z". */
const microTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}(Z|[+-]\d{2}:\d{2})$/,
    'must be a MicroTime such as "2026-11-27T09:14:03.512345Z" (RFC 3339, six fractional digits)',
  );

/** types.UID as the API server generates it for audit IDs: a UUID. */
const uid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a lower-case UUID');

const ipAddress = z.union([z.ipv4(), z.ipv6()]);

/** authentication.k8s.io/v1 UserInfo. */
const userInfo = z.strictObject({
  username: z.string().optional(),
  uid: z.string().optional(),
  groups: z.array(z.string()).optional(),
  /** Extra attributes from the authenticator, e.g. "authentication.kubernetes.io/pod-name". */
  extra: z.record(z.string(), z.array(z.string())).optional(),
});

/** audit.k8s.io/v1 ObjectReference: what the request targeted. */
const objectReference = z.strictObject({
  resource: z.string().optional(),
  namespace: z.string().optional(),
  name: z.string().optional(),
  uid: z.string().optional(),
  /** "" or omitted is the core group. */
  apiGroup: z.string().optional(),
  apiVersion: z.string().optional(),
  resourceVersion: z.string().optional(),
  subresource: z.string().optional(),
});

/** meta/v1 ListMeta, the metadata of a Status. */
const listMeta = z.strictObject({
  selfLink: z.string().optional(),
  resourceVersion: z.string().optional(),
  continue: z.string().optional(),
  remainingItemCount: z.number().int().optional(),
});

const statusCause = z.strictObject({
  reason: z.string().optional(),
  message: z.string().optional(),
  field: z.string().optional(),
});

const statusDetails = z.strictObject({
  name: z.string().optional(),
  group: z.string().optional(),
  kind: z.string().optional(),
  uid: z.string().optional(),
  causes: z.array(statusCause).optional(),
  retryAfterSeconds: z.number().int().optional(),
});

/** meta/v1 Status. For successful requests the API server fills in only `metadata` and `code`. */
const status = z.strictObject({
  kind: z.literal('Status').optional(),
  apiVersion: z.literal('v1').optional(),
  metadata: listMeta.optional(),
  status: z.enum(['Success', 'Failure']).optional(),
  message: z.string().optional(),
  /** A StatusReason such as "Forbidden", "NotFound", "AlreadyExists", "Invalid". */
  reason: z.string().optional(),
  details: statusDetails.optional(),
  code: z.number().int().min(100).max(599).optional(),
});

/**
 * runtime.Unknown serialised as raw JSON: an object (most requests) or an
 * array (a JSON patch body, for example).
 */
const rawObject = z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]);

/** True when MicroTime a is not earlier than b (to the microsecond when both are UTC). */
function notBefore(a: string, b: string): boolean {
  if (a.endsWith('Z') && b.endsWith('Z')) return a >= b;
  return Date.parse(a) >= Date.parse(b);
}

const levelsWithRequestBody = new Set(['Request', 'RequestResponse']);

export const auditEvent = z
  .strictObject({
    apiVersion: z.literal('audit.k8s.io/v1'),
    kind: z.literal('Event'),
    level: auditLevel.exclude(['None']),
    auditID: uid,
    stage: auditStage,
    requestURI: z.string().min(1),
    /** Kubernetes verb, or the lower-cased HTTP method for non-resource requests. */
    verb: z.string().min(1),
    user: userInfo,
    impersonatedUser: userInfo.optional(),
    /** X-Forwarded-For entries, then X-Real-Ip, then the connection's remote address. */
    sourceIPs: z.array(ipAddress).optional(),
    /** Reported by the client; never trust it. */
    userAgent: z.string().optional(),
    objectRef: objectReference.optional(),
    responseStatus: status.optional(),
    /** Logged at Request and RequestResponse levels only. */
    requestObject: rawObject.optional(),
    /** Logged at RequestResponse level only. */
    responseObject: rawObject.optional(),
    requestReceivedTimestamp: microTime,
    stageTimestamp: microTime,
    /** Set by authorization, admission and other plugins, e.g. "authorization.k8s.io/decision". */
    annotations: z.record(z.string(), z.string()).optional(),
  })
  .refine((e) => e.requestObject === undefined || levelsWithRequestBody.has(e.level), {
    message: 'requestObject is only recorded at the Request and RequestResponse levels',
    path: ['requestObject'],
  })
  .refine((e) => e.responseObject === undefined || e.level === 'RequestResponse', {
    message: 'responseObject is only recorded at the RequestResponse level',
    path: ['responseObject'],
  })
  .refine((e) => notBefore(e.stageTimestamp, e.requestReceivedTimestamp), {
    message: 'stageTimestamp cannot be earlier than requestReceivedTimestamp',
    path: ['stageTimestamp'],
  });
