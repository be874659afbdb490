// Which writing system a prompt is mostly in. Shared by prompt analysis (src/core) and the intent classifier
// (src/inference), which both treat prompts in non-Latin scripts differently.
const NON_ASCII = /\P{ASCII}/u;
const LETTER = /\p{L}/gu;
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/gu;
const ANY_NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;

/** True when more than half of the letters in the first 4,000 characters are not Latin (CJK, Cyrillic, Arabic…). */
export function isMostlyNonLatin(text: string): boolean {
  const head = text.slice(0, 4000);
  // Most prompts are plain ASCII, whose letters are all Latin: skip the Unicode scan (it was ~10% of enhance's time).
  if (!NON_ASCII.test(head)) return false;
  // Latin text with a few accents, curly quotes or a euro sign has no letter of another script: skip the counting,
  // which allocates an entry per letter.
  if (!ANY_NON_LATIN_LETTER.test(head)) return false;
  const letters = head.match(LETTER)?.length ?? 0;
  if (letters < 2) return false;
  const nonLatin = head.match(NON_LATIN_LETTER)?.length ?? 0;
  return nonLatin / letters > 0.5;
}
