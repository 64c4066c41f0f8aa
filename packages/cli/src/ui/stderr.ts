/**
 * What a terminal acts on instead of showing: the control characters (`\p{Cc}`: C0 such as ESC, BEL, BS, CR and tab;
 * DEL; C1, among them the one-character CSI U+009B) and the bidirectional embeddings, overrides and isolates, which
 * reorder what is shown.
 */
const CONTROL = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

/** The same, but for the line feed (which ends a message's lines). */
const CONTROL_BUT_LINE_FEED = /(?!\n)[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

/** A character as its escape: `\x1b` below U+0100, `\u202e` above. */
export function showCharCode(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Shows every character a terminal would act on as its escape, so that an id, a file name or an error message can
 * neither retitle the window, clear the screen, colour the text nor reorder it. With `lineFeeds: 'keep'`, line
 * feeds stay (text shown over several lines).
 *
 * @example escapeControl('\x1b]0;PWNED\x07\x1b[2J') // '\\x1b]0;PWNED\\x07\\x1b[2J'
 */
export function escapeControl(text: string, options: { lineFeeds?: 'escape' | 'keep' } = {}): string {
  return text.replace(options.lineFeeds === 'keep' ? CONTROL_BUT_LINE_FEED : CONTROL, showCharCode);
}

/**
 * Writes a message to stderr with every control character escaped but the line feeds that end its lines. Every
 * message of the command line goes through here (the progress bar draws itself on a TTY, with numbers only).
 */
export function writeStderr(message: string): void {
  process.stderr.write(escapeControl(message, { lineFeeds: 'keep' }));
}

/** Redraws a one-line status on a TTY's stderr (`text` escaped; an empty text clears the line). */
export function drawStatusLine(text: string): void {
  process.stderr.write(`\r${escapeControl(text)}\x1b[K`);
}
