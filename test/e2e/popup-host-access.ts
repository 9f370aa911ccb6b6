/**
 * Chromium with the extension's optional host permissions already granted (popup e2e helper).
 *
 * `permissions.request` opens a native dialog that no automation can answer (CDP cannot reach it,
 * puppeteer#5054; `--apps-gallery-install-auto-confirm-for-tests=accept` does not cover it, and
 * `developerPrivate.updateExtensionConfiguration({ hostAccess: 'ON_ALL_SITES' })` from
 * chrome://extensions leaves optional hosts ungranted — all tried). What works: start once so Chromium
 * records the unpacked extension in the profile, write the hosts into its granted and active
 * permissions in Default/Preferences, start again on the same profile. Linux builds do not enforce
 * the preference MACs, so the edit is kept.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChromiumWithExtension, launchChromiumWithExtension } from '../../scripts/browsers/chromium.ts';
import { step } from '../../scripts/browsers/steps.ts';

export const ALL_HOSTS = ['http://*/*', 'https://*/*'];

interface PermissionSet {
  explicit_host?: string[];
}

export interface HostAccessOptions {
  /**
   * Third-party cookies in the profile (chrome://settings/cookies): `profile.cookie_controls_mode` 1 =
   * block, 0 = allow; the older boolean `profile.block_third_party_cookies` too. Unset: Chromium's default.
   */
  thirdPartyCookies?: 'block' | 'allow';
  /** Extra Chromium flags for both launches. */
  args?: readonly string[];
}

function grantHosts(
  profileDir: string,
  extensionId: string,
  hosts: readonly string[],
  options: HostAccessOptions = {},
): void {
  const file = join(profileDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as {
    extensions?: { settings?: Record<string, Record<string, PermissionSet | undefined>> };
    profile?: Record<string, unknown>;
  };
  if (options.thirdPartyCookies) {
    const block = options.thirdPartyCookies === 'block';
    prefs.profile = {
      ...prefs.profile,
      cookie_controls_mode: block ? 1 : 0,
      block_third_party_cookies: block,
    };
  }
  const settings = prefs.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`no extensions.settings entry for ${extensionId} in ${file}`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    const set = settings[key] ?? {};
    set.explicit_host = [...new Set([...(set.explicit_host ?? []), ...hosts])];
    settings[key] = set;
  }
  writeFileSync(file, JSON.stringify(prefs));
}

/**
 * The worker target can vanish between "found" and "attached" while Chromium starts (seen once in ten
 * runs: "Target.attachToTarget: No target with given id found"): one more start, then give up.
 */
async function launchOnce(args: string[]): Promise<ChromiumWithExtension> {
  try {
    return await launchChromiumWithExtension({ args });
  } catch (error) {
    if (!String(error).includes('No target with given id')) throw error;
    return launchChromiumWithExtension({ args });
  }
}

/**
 * Launches Chromium with the extension and `hosts` granted. The harness makes a fresh profile per
 * launch; a later `--user-data-dir` wins over its own, so both launches share ours.
 */
export async function launchChromiumWithHostAccess(
  hosts: readonly string[] = ALL_HOSTS,
  options: HostAccessOptions = {},
): Promise<ChromiumWithExtension> {
  const profileDir = mkdtempSync(join(tmpdir(), 'cookie-lens-popup-'));
  const args = [`--user-data-dir=${profileDir}`, ...(options.args ?? [])];
  try {
    const first = await launchOnce(args);
    const id = first.extensionId;
    await first.close();
    await step('chromium', `grant ${hosts.join(' ')} in the profile`, async () =>
      grantHosts(profileDir, id, hosts, options),
    );
    const chromium = await launchOnce(args);
    const granted = await step('chromium', 'host permissions active after restart', async () => {
      const sw = await chromium.serviceWorker();
      return sw.evaluate(async (h: string[]) => chrome.permissions.contains({ origins: h }), [...hosts]);
    });
    if (!granted) {
      await chromium.close();
      throw new Error('chromium: the host permissions written to Preferences were not applied');
    }
    return {
      ...chromium,
      async close() {
        await chromium.close();
        rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
      },
    };
  } catch (error) {
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
    throw error;
  }
}
