/**
 * Every stretch of `length` characters of a secret that appears in the text: any part of a secret, not only all
 * of it (V8's JSON messages, say, quote about ten characters around the error).
 */
export function leaks(text: string, secrets: string[], length = 12): string[] {
  const found = new Set<string>();
  for (const secret of secrets) {
    for (let start = 0; start + length <= secret.length; start += 1) {
      const part = secret.slice(start, start + length);
      if (text.includes(part)) found.add(part);
    }
  }
  return [...found];
}
