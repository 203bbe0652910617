import { readFileSync } from 'node:fs';
import type { ExtractContext } from '../../src/extract/context.js';
import { recognizeEntities, type Recognizer } from '../../src/extract/entities/index.js';
import type { Mention } from '../../src/extract/types.js';
import type { ReplyFields } from '../../src/ontology/index.js';

const EMPTY: ReplyFields = {
  city: null, province: null, county: null, agency: null, docNumber: null, date: null, proposalKind: null,
  proposalNumber: null, session: null, proposers: null, title: null, grade: null, signer: null, contacts: null,
};

/** A hand-built context for a text (fields null unless given). */
export function ctxOf(text: string, fields: Partial<ReplyFields> = {}): ExtractContext {
  return {
    doc: { id: 't', file: 't.txt', text } as unknown as ExtractContext['doc'],
    text, sentences: [], fields: { ...EMPTY, ...fields }, measures: [], lexicons: { user: [], userFiles: [] },
  };
}

export function seed(id: string): string {
  return readFileSync(new URL(`../../seeds/${id}.txt`, import.meta.url), 'utf8');
}

/** Names of one type after overlap selection with every recogniser. */
export function namesOf(text: string, type: Mention['type'], fields: Partial<ReplyFields> = {}): string[] {
  return [...new Set(recognizeEntities(ctxOf(text, fields)).filter((m) => m.type === type).map((m) => m.name))];
}

/** Names one recogniser proposes on its own. */
export function proposed(r: Recognizer, text: string, fields: Partial<ReplyFields> = {}): string[] {
  return [...new Set(r.recognize(ctxOf(text, fields)).map((m) => m.name))];
}
