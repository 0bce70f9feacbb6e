/** A country's name in the reader's language (`FR` → "France"), or the code when unknown. */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's name in the reader's language (`pt-BR` → "portugais (Brésil)"). */
export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Country codes sorted by their name in the reader's language, for selects. */
export function countryOptions(
  codes: readonly string[],
  language: string,
): { value: string; label: string }[] {
  const collator = new Intl.Collator(language);
  return codes
    .map((code) => ({ value: code, label: countryName(code, language) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
