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
 * Every reader of manifests uses these options: parse.ts, locate.ts, and the
 * comment-keeping editor of the PSS page (src/lib/pss/view.ts).
 */
import type {DocumentOptions, ParseOptions, SchemaOptions, Tags} from 'yaml';

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
