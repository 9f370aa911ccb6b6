/**
 * What the popup cannot see and why, in plain words, with the buttons that fix it. The buttons call
 * `permissions.request` synchronously in their click handler: browsers only allow it in a user gesture.
 */
import type { AccessState } from './popup-model';

export interface AccessNoticeProps {
  access: AccessState;
  host: string | null;
  onAllowSite: () => void;
  onAllowAll: () => void;
}

export function AccessNotice({ access, host, onAllowSite, onAllowAll }: AccessNoticeProps) {
  if (access === 'granted') return null;
  if (access === 'no-tab' || access === 'not-web') {
    return (
      <p class="pp-notice" data-testid="access-notice">
        Cookie Lens judges the cookies of web pages (http and https); this tab does not show one.
      </p>
    );
  }
  const site = host ?? 'this site';
  const text =
    access === 'no-url'
      ? 'Your browser hides which site this tab shows until Cookie Lens may read sites. Without that access it has no capture of the requests and cannot read the browser’s cookie jar.'
      : access === 'active-tab'
        ? // activeTab (you clicked the toolbar button) shows the jar, but webRequest ignores it.
          `You opened Cookie Lens on this tab, so it may read the cookies in the browser’s jar for now. To grade ${site} it must also see the requests that set them, and that needs access to the site. Allow it, then reload the page. Nothing leaves your browser.`
        : `Cookie Lens has no access to ${site} yet, so it has not captured its requests and cannot read its cookies in the browser’s jar. Nothing leaves your browser once you allow it.`;
  return (
    <section class="pp-notice" data-testid="access-notice" aria-label="Site access">
      <p>{text}</p>
      <div class="pp-buttons">
        {access === 'missing' || access === 'active-tab' ? (
          <button type="button" class="pp-primary" data-testid="allow-site" onClick={() => onAllowSite()}>
            Allow on this site
          </button>
        ) : null}
        <button
          type="button"
          class={access === 'no-url' ? 'pp-primary' : ''}
          data-testid="allow-all"
          onClick={() => onAllowAll()}
        >
          Allow on all sites
        </button>
      </div>
    </section>
  );
}
