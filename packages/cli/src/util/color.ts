const CODES: Record<string, number> = {
  red: 31,
  green: 32,
  yellow: 33,
  blue: 34,
  magenta: 35,
  cyan: 36,
  gray: 90,
  brightRed: 91,
  brightGreen: 92,
  brightYellow: 93,
  brightBlue: 94,
  brightMagenta: 95,
  brightCyan: 96,
};

/** Decides whether to colour: `--color` forces it, `NO_COLOR` (any non-empty value) forbids it, else only on a TTY. */
export function shouldUseColor(stream: { isTTY?: boolean }, forced: boolean | undefined): boolean {
  if (forced) return true;
  if (process.env.NO_COLOR) return false;
  return Boolean(stream.isTTY);
}

/** Wraps text in an ANSI colour (or returns it unchanged when `enabled` is false). */
export function paint(text: string, color: string, enabled: boolean, bold = false): string {
  if (!enabled) return text;
  const code = CODES[color] ?? 0;
  return `\x1b[${bold ? '1;' : ''}${code}m${text}\x1b[0m`;
}
