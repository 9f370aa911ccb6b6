/**
 * grant.html: the host-permission request for Firefox's DevTools panel, which has no permissions API
 * (Bugzilla 1796933). The panel opens this tab with `?site=<page URL>`; its button asks for that site
 * only (`permissions.request` needs the click's user activation, so nothing is awaited before it).
 */
import { originPattern } from '../src/platform/host-access';
import { requestSiteAccess } from '../src/platform/host-permission';

const page = new URLSearchParams(location.search).get('site');
const origin = originPattern(page);
const button = document.getElementById('allow') as HTMLButtonElement | null;
const site = document.getElementById('site');
const result = document.getElementById('result');
if (origin && button && site && result) {
  site.textContent = origin.replace(/\/\*$/, '');
  button.disabled = false;
  button.addEventListener('click', () => {
    void requestSiteAccess(page).then((ok) => {
      result.textContent = ok
        ? 'Allowed. Go back to DevTools: the Cookies panel now reads this site\u2019s cookies.'
        : 'Not allowed. The panel keeps working with what DevTools records.';
      if (ok) button.disabled = true;
    });
  });
} else if (result) {
  result.textContent = 'No web page to ask for: open this from the Cookies panel of a web page.';
}
