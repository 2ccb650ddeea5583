/**
 * The YAML dialect used for Kubernetes manifests.
 *
 * kubectl and the API machinery decode YAML with sigs.k8s.io/yaml, i.e. go-yaml with
 * YAML 1.1 scalar resolution: `yes`/`no`/`on`/`off`/`y`/`n` are booleans, `0755` is an
 * octal integer. We therefore parse with yaml's `yaml-1.1` schema, minus the tags that
 * produce non-JSON values or that go-yaml does not resolve implicitly for untyped data
 * (timestamps -> `Date`, base-60 "sexagesimal" numbers, `!!binary`, `!!set`, `!!omap`,
 * `!!pairs`). Without them such scalars stay strings, which is what the API server sees.
 *
 * The fast path in `fastYaml.ts` resolves plain scalars with exactly these tag objects,
 * so both code paths agree by construction.
 */
import {Document, isScalar} from 'yaml';
import type {CollectionTag, DocumentOptions, ParseOptions, ScalarTag, SchemaOptions, Tags} from 'yaml';

const DROPPED_TAG_NAMES: ReadonlySet<string> = new Set([
  'tag:yaml.org,2002:timestamp',
  'tag:yaml.org,2002:binary',
  'tag:yaml.org,2002:set',
  'tag:yaml.org,2002:omap',
  'tag:yaml.org,2002:pairs',
]);

function keepTag(tag: Tags[number]): boolean {
  if (typeof tag === 'string') return true;
  if (DROPPED_TAG_NAMES.has(tag.tag)) return false;
  // intTime / floatTime (base 60) carry the int/float tag name but the TIME format.
  return !('format' in tag && tag.format === 'TIME');
}

export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  customTags: (tags: Tags): Tags => tags.filter(keepTag),
  logLevel: 'silent',
  uniqueKeys: true,
  prettyErrors: true,
  intAsBigInt: false,
};

/** Scalar tags that may match an untagged plain scalar, in resolution order. */
interface PlainTag {
  readonly test: RegExp;
  readonly resolve: ScalarTag['resolve'];
  /** `true` for value position; `'key'` tags (merge `<<`) only apply to keys. */
  readonly default: boolean | 'key';
}

function isScalarTag(tag: ScalarTag | CollectionTag): tag is ScalarTag {
  return !('collection' in tag && tag.collection !== undefined);
}

const PLAIN_TAGS: readonly PlainTag[] = (() => {
  const doc = new Document(null, YAML_OPTIONS);
  const out: PlainTag[] = [];
  for (const tag of doc.schema.tags) {
    if (!isScalarTag(tag)) continue;
    const test = tag.test;
    if (test === undefined || tag.default === undefined || tag.default === false) continue;
    out.push({test, resolve: tag.resolve, default: tag.default});
  }
  return out;
})();

/**
 * First characters a plain scalar must start with for any implicit tag to possibly
 * match (null/bool words, numbers, `.inf`/`.nan`, exponent floats such as `e5`).
 * Any other first character means "string"; checked against the regexes in tests.
 */
const RESOLVABLE_FIRST_CHARS = new Set('~nNyYtTfFoO+-.0123456789eE'.split(''));

export const PLAIN_TAG_REGEXES: readonly RegExp[] = PLAIN_TAGS.map((t) => t.test);
export const RESOLVABLE_FIRST_CHAR_SET: ReadonlySet<string> = RESOLVABLE_FIRST_CHARS;

const RESOLVE_FAILED = Symbol('resolve-failed');

/**
 * Resolve an untagged plain scalar in value position exactly like yaml does with
 * {@link YAML_OPTIONS}. Returns {@link RESOLVE_FAILED} when yaml would report an error.
 */
export function resolvePlainScalar(source: string): null | boolean | number | string | typeof RESOLVE_FAILED {
  if (source.length > 0) {
    const first = source[0];
    if (first === undefined || !RESOLVABLE_FIRST_CHARS.has(first)) return source;
  }
  for (const tag of PLAIN_TAGS) {
    if (tag.default !== true || !tag.test.test(source)) continue;
    let failed = false;
    let res: unknown;
    try {
      res = tag.resolve(
        source,
        () => {
          failed = true;
        },
        {intAsBigInt: false},
      );
    } catch {
      return RESOLVE_FAILED;
    }
    if (failed) return RESOLVE_FAILED;
    const value: unknown = isScalar(res) ? res.value : res;
    if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') {
      return value;
    }
    return RESOLVE_FAILED;
  }
  return source;
}

export {RESOLVE_FAILED};
