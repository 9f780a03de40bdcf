/**
 * A progress line on stderr: rewritten in place on a terminal (5 times a second), printed every
 * 5 s otherwise (CI logs), and never on stdout, which stays for data.
 */
export class Progress {
  readonly #started = performance.now();
  readonly #timer: NodeJS.Timeout;
  readonly #tty = process.stderr.isTTY === true;
  readonly #render: (elapsedSeconds: number) => string;

  constructor(render: (elapsedSeconds: number) => string) {
    this.#render = render;
    this.#timer = setInterval(() => this.#print(), this.#tty ? 200 : 5_000);
    this.#timer.unref();
  }

  /** Seconds since the start. */
  elapsed(): number {
    return (performance.now() - this.#started) / 1000;
  }

  /** Prints the final state and stops. */
  stop(): void {
    clearInterval(this.#timer);
    this.#print();
    if (this.#tty) process.stderr.write("\n");
  }

  #print(): void {
    const line = this.#render(this.elapsed());
    process.stderr.write(this.#tty ? `\r\x1b[K${line}` : `${line}\n`);
  }
}
