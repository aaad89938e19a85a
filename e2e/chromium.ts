/**
 * How the Playwright configs launch Chromium: Debian's /usr/bin/chromium when present (CI and these
 * machines cannot download browsers), Playwright's own browser elsewhere. The flags keep Chromium off
 * the network, which a closed one would otherwise see flooded with refused connections.
 */
import fs from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
