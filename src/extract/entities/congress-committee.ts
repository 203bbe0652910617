import { agencyTable, fillBody } from '../../lexicon/agencies/index.js';
import type { ReplyFields } from '../../ontology/index.js';
import { leadingFullPlace } from '../match/places.js';
import { alternation } from '../match/regex.js';
import { prefixMayFollow, scopeOf } from '../match/scope-prefix.js';
import type { Mention } from '../types.js';

let pattern: RegExp | null = null;

/** (up to 12 characters for a place)(人大常委会)(words of deputies, elections, appointments)(工作委员会|委员会|工委) */
function committeePattern(): RegExp {
  if (pattern) return pattern;
  const c = agencyTable().congressCommittees;
  return (pattern = new RegExp(`([\\u4e00-\\u9fa5]{1,12})(?:${alternation(c.congress)})((?:${alternation(c.words)})+)(${alternation(c.heads)})`, 'gu'));
}

/**
 * The standing committee's committees for deputies, elections and appointments, named by a run of
 * agencies.json congressCommittees words in whatever order a city chose (选举联络人事任免工作委员会,
 * 人事代表选举委员会): {place}人大常委会 + the words + the head (工委 written 工作委员会). The place is the
 * one written in full right before the standing committee (河源市人大常委会…), or a bare scope
 * character (市人大常委会…: {place} with its scope, resolved like 市总工会); with neither, no body.
 */
export function congressCommittees(text: string, f: ReplyFields): Mention[] {
  const c = agencyTable().congressCommittees;
  const out: Mention[] = [];
  const re = committeePattern();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const run = m[1]!;
    const end = m.index + m[0].length;
    const rest = `人大常委会${m[2]!}${c.headNames[m[3]!] ?? m[3]!}`;
    for (let i = 0; i < run.length; i++) {
      const before = run.slice(i);
      const start = m.index + i;
      const place = leadingFullPlace(before, { province: f.province, city: f.city });
      const at = (name: string, scope?: Mention['scope']): Mention => ({ type: 'Agency', name, surface: text.slice(start, end), start, end, source: 'agency-congress', ...(scope ? { scope } : {}) });
      if (place && place.surface === before) {
        out.push(at(fillBody(`{place}${rest}`, place.division)));
        break;
      }
      const scope = before.length === 1 ? scopeOf(before, f) : null;
      if (scope && prefixMayFollow(before, start > 0 ? text[start - 1]! : '')) {
        out.push(at(`{place}${rest}`, scope));
        break;
      }
    }
    // (the next search starts after this committee's head: its words hold no other committee)
  }
  return out;
}
