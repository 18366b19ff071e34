import { CONCEPTS, type ConceptId } from '../concepts/concepts';
import { normalizeText } from '../text/normalize-text';

const NUMBER = '\\d+(?:\\.\\d+)?';
const GAP = '[^]{0,10}?';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One term as a regular-expression source over normalised text (see `Concept`). */
export function termSource(term: string, depth = 0): string {
  if (term.startsWith('re:')) return `(?:${term.slice(3)})`;
  let source = '';
  for (const part of term.split(/(#|…|\{[a-zA-Z]+\})/)) {
    if (part === '#') source += NUMBER;
    else if (part === '…') source += GAP;
    else if (part.startsWith('{') && part.endsWith('}')) {
      const id = part.slice(1, -1) as ConceptId;
      const concept = CONCEPTS[id];
      if (!concept || depth > 2) throw new Error(`unknown concept ${part} in term “${term}”`);
      source += `(?:${concept.terms.map((t) => termSource(t, depth + 1)).join('|')})`;
    } else if (part) source += escape(normalizeText(part).text);
  }
  // A number in a term is a whole number: 0元 is not the end of 200元.
  if (/^(#|\d)/.test(term)) source = `(?<![\\d.])${source}`;
  if (/(#|\d)$/.test(term)) source = `${source}(?![\\d.])`;
  return `(?:${source})`;
}

/** Longest terms first, so 获得 wins over 得 where both fit. */
function alternation(terms: readonly string[]): RegExp {
  const sources = terms.map((t) => termSource(t)).sort((a, b) => b.length - a.length);
  return new RegExp(sources.join('|'), 'g');
}

export interface CompiledConcept {
  terms: RegExp;
  except: RegExp | null;
}

const compiled = new Map<ConceptId, CompiledConcept>();

export function compileConcept(id: ConceptId): CompiledConcept {
  let found = compiled.get(id);
  if (!found) {
    const concept = CONCEPTS[id];
    found = {
      terms: alternation(concept.terms),
      except: concept.except?.length ? alternation(concept.except) : null,
    };
    compiled.set(id, found);
  }
  return found;
}
