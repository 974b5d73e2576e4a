import cliProgress from "cli-progress";

/** A progress display on stderr: a bar on a terminal, nothing when stderr is piped or `quiet` is set. */
export interface Progress {
  start(total: number | null, label: string): void;
  tick(count?: number): void;
  stop(): void;
}

const silent: Progress = { start() {}, tick() {}, stop() {} };

export function createProgress(options: { quiet?: boolean; stream?: NodeJS.WriteStream } = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY) return silent;
  let bar: cliProgress.SingleBar | null = null;
  let done = 0;
  let startedAt = 0;
  return {
    start(total, label) {
      done = 0;
      const format =
        total === null
          ? `${label} {value} articles | {rate}/s | {duration_formatted}`
          : `${label} [{bar}] {percentage}% | {value}/{total} | {rate}/s | eta {eta_formatted}`;
      bar = new cliProgress.SingleBar(
        { stream, format, hideCursor: true, clearOnComplete: false, fps: 10, etaBuffer: 50 },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total ?? 0, 0, { rate: "0" });
      startedAt = Date.now();
    },
    tick(count = 1) {
      done += count;
      const seconds = Math.max((Date.now() - startedAt) / 1000, 0.001);
      bar?.update(done, { rate: (done / seconds).toFixed(0) });
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
