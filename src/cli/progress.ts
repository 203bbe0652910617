import cliProgress from 'cli-progress';

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

/**
 * A progress bar on a terminal (stderr), plain lines otherwise: one every 10%
 * of the work, so logs of large builds stay short (with what was done last
 * when there are at most ten steps, each of which gets its line).
 */
export function createProgress(total: number, what: string, quiet = false): Progress {
  if (quiet || total === 0) return { tick() {}, stop() {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${what} [{bar}] {value}/{total} {percentage}% | {eta_formatted} left | {label}`, stream: process.stderr, hideCursor: true, etaBuffer: 50 },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { label: '' });
    return {
      tick: (label) => bar.increment({ label: label.length > 40 ? '…' + label.slice(-39) : label }),
      stop: () => bar.stop(),
    };
  }
  let done = 0;
  let nextReport = Math.max(1, Math.ceil(total / 10));
  return {
    tick(label) {
      done++;
      if (done >= nextReport || done === total) {
        process.stderr.write(`${what}: ${done}/${total} (${Math.round((100 * done) / total)}%)${total <= 10 ? ` ${label}` : ''}\n`);
        nextReport = done + Math.max(1, Math.ceil(total / 10));
      }
    },
    stop() {},
  };
}
