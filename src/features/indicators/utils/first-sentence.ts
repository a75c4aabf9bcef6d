/**
 * The first sentence of a generated finding: up to the first full stop that is followed by a
 * space and a capital letter (so decimals such as "120.5" and "1 234,5" never split it).
 */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s+\p{Lu})/su.exec(text);
  return match ? match[0] : text;
}
