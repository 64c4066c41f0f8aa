// HTML escaping for the report. Documents are untrusted input: every piece of text that reaches a page
// goes through one of these functions.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an element body or a quoted attribute value. */
export function escapeHtml(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * Escapes text for an attribute value: as `escapeHtml`, and line breaks as character references so
 * that a `title` keeps its lines.
 */
export function escapeAttr(value: unknown): string {
  return escapeHtml(value).replace(/\r?\n/g, '&#10;');
}

/**
 * JSON that is safe inside a `<script>` element or a `.js` file: `<`, `>`, `&` and the JavaScript
 * line terminators are written as `\u` escapes, so no `</script>` or `<!--` can appear.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A URL-safe fragment of a string for file names (`data/<type>.js`): letters, digits, `-` and `_` only. */
export function slug(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, '_') || '_';
}
