import { execFile } from "node:child_process";

/** What a command-line tool did. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run <tool>` as a user would (the same script, with this Node 22), input optional. */
export function runCli(tool: string, args: string[], env: Record<string, string>, input?: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [`scripts/${tool}.ts`, ...args],
      { env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}
