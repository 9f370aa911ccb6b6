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
  // 'missing' with a known address is what the toolbar button gives (activeTab): the site's name, but
  // neither its requests (webRequest) nor its jar (cookies API) — both ignore activeTab.
  const text =
    access === 'no-url'
      ? 'Your browser hides which site this tab shows until Cookie Lens may read sites. Without that access it has no capture of the requests and cannot read the browser’s cookie jar.'
      : `Cookie Lens has no access to ${host ?? 'this site'} yet, so it has not captured its requests and cannot read its cookies in the browser’s jar. Allow it, then reload the page. Nothing leaves your browser.`;
  return (
    <section class="pp-notice" data-testid="access-notice" aria-label="Site access">
      <p>{text}</p>
      <div class="pp-buttons">
        {access === 'missing' ? (
          <button type="button" class="pp-primary" data-testid="allow-site" onClick={() => onAllowSite()}>
            Allow on this site
          </button>
        ) : null}
        <button
          type="button"
          class={access === 'missing' ? '' : 'pp-primary'}
          data-testid="allow-all"
          onClick={() => onAllowAll()}
        >
          Allow on all sites
        </button>
      </div>
    </section>
  );
}
