/** `npm start [-- --headless | --firefox | --no-build | --only <lesson-id,…>]`: pure argument parsing. */

export interface StartOptions {
  mode: 'tour' | 'chromium' | 'firefox';
  build: boolean;
  /** 0: a free port. */
  port: number;
  /** Tour only: a subset of lesson ids. */
  only: string[] | null;
}

export type Parsed = { ok: true; options: StartOptions } | { ok: false; message: string };

export const START_USAGE =
  'usage: npm start [-- --headless | --firefox] [--no-build] [--only <lesson-id,…>]  (PORT=… picks the demo port)';

/** True where no window can open: Linux (and the BSDs) without X11 or Wayland. */
export function noDisplay(env: Readonly<Record<string, string | undefined>>, platform: string): boolean {
  if (platform === 'darwin' || platform === 'win32') return false;
  return !env.DISPLAY && !env.WAYLAND_DISPLAY;
}

export function parseStartArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  platform: string,
): Parsed {
  let headless = false;
  let firefox = false;
  let build = true;
  let only: string[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--headless') headless = true;
    else if (arg === '--firefox') firefox = true;
    else if (arg === '--chromium' || arg === '--chrome') firefox = false;
    else if (arg === '--no-build') build = false;
    else if (arg === '--only' || arg?.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      if (!value) return { ok: false, message: `--only needs lesson ids. ${START_USAGE}` };
      only = value.split(',').filter(Boolean);
    } else if (arg === '--help' || arg === '-h') return { ok: false, message: START_USAGE };
    else return { ok: false, message: `unknown option ${JSON.stringify(arg)}. ${START_USAGE}` };
  }
  const rawPort = env.PORT ?? '0';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    return { ok: false, message: `PORT=${rawPort} is not a port number (0–65535)` };
  }
  if (headless && firefox) {
    return { ok: false, message: 'the headless tour runs in Chromium only; drop --firefox or --headless' };
  }
  const tour = headless || noDisplay(env, platform);
  if (tour && firefox) {
    return {
      ok: false,
      message:
        'no display (DISPLAY/WAYLAND_DISPLAY unset): Firefox needs one; --headless runs the tour in Chromium',
    };
  }
  return { ok: true, options: { mode: tour ? 'tour' : firefox ? 'firefox' : 'chromium', build, port, only } };
}
