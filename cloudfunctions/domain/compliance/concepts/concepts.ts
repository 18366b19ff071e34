import { CLAIM_CONCEPTS, type ClaimConceptId } from './claim-concepts';
import type { Concept } from './concept';
import { OFFER_CONCEPTS, type OfferConceptId } from './offer-concepts';
import { SHARING_CONCEPTS, type SharingConceptId } from './sharing-concepts';

export type ConceptId = SharingConceptId | OfferConceptId | ClaimConceptId;

/** The whole lexicon: add a word to a concept to teach every rule that uses it. */
export const CONCEPTS: Record<ConceptId, Concept> = {
  ...SHARING_CONCEPTS,
  ...OFFER_CONCEPTS,
  ...CLAIM_CONCEPTS,
};
