/**
 * A fresh clientMessageId. `crypto.randomUUID` exists only in secure contexts; the fallback
 * keeps plain-http development servers working (the API accepts letters, digits, - and _).
 */
export function newClientMessageId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
