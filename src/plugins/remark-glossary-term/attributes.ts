import {closestMatch} from '../../lib/format/closest';
import {glossaryTerms} from '../../lib/learning/glossaryTerms';

const byId = new Map(glossaryTerms.map((t) => [t.id, t]));

/** The attributes a `<Term id>` gets at build time, or why it cannot have them. */
export function termAttributes(
  id: string | undefined,
): {readonly ok: true; readonly term: string; readonly short: string} | {readonly ok: false; readonly message: string} {
  if (id === undefined) return {ok: false, message: '<Term> needs a literal id="…" attribute (a glossary term ID)'};
  const entry = byId.get(id);
  if (!entry) {
    const near = closestMatch(id, byId.keys(), 3);
    return {
      ok: false,
      message: `<Term id="${id}"> is not in the glossary${near ? `; did you mean "${near}"?` : ''}. Terms live in src/lib/learning/glossaryTerms.ts.`,
    };
  }
  return {ok: true, term: entry.term, short: entry.short};
}
