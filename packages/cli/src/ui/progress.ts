/** What the progress bar shows. */
export interface ProgressState {
  filesDone: number;
  filesTotal: number;
  documents: number;
  records: number;
  bytesDone: number;
  bytesTotal: number;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** Formats a count with thousands separators: 12786 → "12,786". */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/**
 * A count and its noun, singular for exactly one.
 *
 * @example
 * countNoun(1, 'record') // '1 record'
 * countNoun(1200, 'error') // '1,200 errors'
 */
export function countNoun(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Renders one progress line: bar, files done/total, documents/s, records and ETA. The ETA comes
 * from bytes read (so a single big .jsonl.gz still gets one).
 */
export function renderProgress(state: ProgressState, elapsedSeconds: number, width = 24): string {
  const fraction =
    state.bytesTotal > 0
      ? Math.min(1, state.bytesDone / state.bytesTotal)
      : state.filesTotal > 0
        ? state.filesDone / state.filesTotal
        : 0;
  const filled = Math.round(fraction * width);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
  const rate = elapsedSeconds > 0 ? state.documents / elapsedSeconds : 0;
  const eta = fraction > 0 ? (elapsedSeconds * (1 - fraction)) / fraction : Number.NaN;
  return `${bar} ${formatCount(state.filesDone)}/${formatCount(state.filesTotal)} files · ${rate.toFixed(1)} docs/s · ${formatCount(state.records)} records · ETA ${formatDuration(eta)}`;
}

/** A progress bar on a TTY stream, redrawn at most ten times a second; silent when the stream is not a TTY. */
export class ProgressBar {
  private lastDraw = 0;
  private readonly startedAt = performance.now();
  private readonly enabled: boolean;

  constructor(private readonly stream: NodeJS.WriteStream) {
    this.enabled = Boolean(stream.isTTY);
  }

  /** Redraws if enough time has passed (or `force`). */
  update(state: ProgressState, force = false): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const columns = this.stream.columns || 100;
    const line = renderProgress(state, (now - this.startedAt) / 1000).slice(0, columns - 1);
    this.stream.write(`\r${line}\x1b[K`);
  }

  /** Clears the line, so that messages print cleanly. */
  clear(): void {
    if (this.enabled && this.lastDraw > 0) this.stream.write('\r\x1b[K');
  }
}
