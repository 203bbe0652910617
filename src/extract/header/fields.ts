import type { ReplyFields } from '../../ontology/index.js';

/** Reply metadata with every field unknown. */
export function emptyFields(): ReplyFields {
  return {
    city: null, province: null, county: null, agency: null, docNumber: null, date: null, proposalKind: null,
    proposalNumber: null, session: null, proposers: null, title: null, grade: null, signer: null, contacts: null,
  };
}
