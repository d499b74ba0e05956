const SHOW_AFTER_MS = 400;
const TICK_MS = 250;

/**
 * On a terminal, a line on stderr with the step and the seconds elapsed, shown
 * only when a step takes more than a moment; nothing when output is piped.
 */
export async function withProgress<T>(label: string, work: () => Promise<T>): Promise<T> {
  const stream = process.stderr;
  if (!stream.isTTY) return work();
  const started = Date.now();
  let shown = false;
  const timer = setInterval(() => {
    const elapsed = Date.now() - started;
    if (elapsed < SHOW_AFTER_MS) return;
    shown = true;
    stream.write(`\r${label}… ${(elapsed / 1000).toFixed(0)} 秒`);
  }, TICK_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    if (shown) stream.write(`\r${label}… 完成 (${((Date.now() - started) / 1000).toFixed(1)} 秒)\n`);
  }
}
