// A progress bar on stderr: redrawn in place on a terminal, a line every 10 % otherwise (CI logs).
export function progress(label, total) {
  const started = performance.now();
  const tty = process.stderr.isTTY;
  let done = 0;
  let lastTenth = -1;
  let lastDraw = 0;
  const draw = (force) => {
    const now = performance.now();
    const share = total ? Math.min(1, done / total) : 1;
    const seconds = ((now - started) / 1000).toFixed(1);
    if (tty) {
      if (!force && now - lastDraw < 200) return;
      lastDraw = now;
      const width = 30;
      const full = Math.round(share * width);
      process.stderr.write(
        `\r${label.padEnd(24)} [${'#'.repeat(full)}${'.'.repeat(width - full)}] ${(share * 100).toFixed(0).padStart(3)}% ${done}/${total} ${seconds} s   `,
      );
    } else {
      const tenth = Math.floor(share * 10);
      if (tenth === lastTenth && !force) return;
      lastTenth = tenth;
      process.stderr.write(
        `${label}: ${(share * 100).toFixed(0)}% (${done}/${total}) ${seconds} s\n`,
      );
    }
  };
  return {
    add(n) {
      done += n;
      draw(false);
    },
    end(note = '') {
      done = Math.max(done, total);
      draw(true);
      if (tty) process.stderr.write(note ? ` ${note}\n` : '\n');
      else if (note) process.stderr.write(`${label}: ${note}\n`);
    },
  };
}
