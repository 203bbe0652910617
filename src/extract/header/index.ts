import type { SourceDoc } from '../../ingest/types.js';
import { gazetteer } from '../../lexicon/divisions/index.js';
import type { ReplyFields } from '../../ontology/index.js';
import type { Sentence, Span } from '../types.js';
import cues from './cues.json' with { type: 'json' };
import { bodyStart } from './body-start.js';
import { findDate } from './date.js';
import { findDocNumber } from './docnumber.js';
import { emptyFields } from './fields.js';
import { findIssuer } from './issuer.js';
import { linesOf } from './lines.js';
import { findProposal, kindFallback } from './proposal.js';
import { findSalutation, isCoHandling, proposersInBody } from './salutation.js';
import { findContacts, findGrade, findSigner } from './signature.js';
import { findTitle } from './title.js';

export { emptyFields } from './fields.js';
export { parseDate } from './date.js';
export { leadingDivision } from './issuer.js';

/** Read the reply's metadata (agency, place, doc number, date, proposal, proposers …). */
export function extractHeader(doc: SourceDoc, text: string, sentences: Sentence[]): ReplyFields {
  return readHeader(doc, text, sentences).fields;
}

/** The reply's metadata, and where its salutation line stands (the bodies it names made the proposal: 九三学社鼓楼区委员会：). */
export function readHeader(_doc: SourceDoc, text: string, _sentences: Sentence[]): { fields: ReplyFields; salutation: Span | null } {
  const fields = emptyFields();
  const lines = linesOf(text);
  const salutation = findSalutation(lines, cues.salutationWithin);
  const headerEnd = salutation ? salutation.index : bodyStart(lines, cues.headerLines);
  const header = lines.slice(0, headerEnd);
  const body = lines.slice(salutation && !salutation.inline ? headerEnd + 1 : headerEnd);
  const footer = body.slice(-15);

  const doc = findDocNumber(header);
  fields.docNumber = doc?.text ?? null;

  const issuer = findIssuer(header, footer, doc, text);
  fields.agency = issuer.agency;
  if (issuer.division) {
    const g = gazetteer();
    const d = issuer.division;
    fields.province = g.province(d).name;
    fields.city = d.level === 'City' ? d.name : d.level === 'County' ? (g.city(d)?.name ?? null) : null;
    fields.county = d.level === 'County' ? d.name : null;
  }

  const proposal = findProposal(header, body);
  fields.proposalNumber = proposal.number;
  fields.session = proposal.session;
  // a co-handling unit's opinion (会办意见) addressed to a body addresses the unit in charge, not a proposer;
  // where the salutation names no person, the body's first lines may (吴建国委员提出的《…》)
  const coHandling = isCoHandling(header) && !salutation?.proposers.length;
  fields.proposers = salutation?.proposers.length ? salutation.proposers : proposersInBody(body.slice(0, 3));
  fields.title = findTitle(body, header);
  fields.proposalKind = proposal.kind ?? kindFallback(proposal.session, fields.title);
  fields.grade = findGrade(header, lines.slice(headerEnd));
  fields.date = findDate(header, lines.slice(headerEnd));
  fields.signer = findSigner(lines);
  fields.contacts = findContacts(lines);
  // an inline salutation (其其格代表：您提出的…) names people only; the rest of its line is the reply
  const addressed = salutation && !salutation.inline && !coHandling ? { start: salutation.line.start, end: salutation.line.end } : null;
  return { fields, salutation: addressed };
}
