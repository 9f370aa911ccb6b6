/**
 * Reads what the real Cookies panel shows (its DOM, through the data-testids of src/ui/panel), and
 * drives the few controls the tour needs: select a row, switch tabs. Runs inside the panel document,
 * so every function passed to `evaluate` is self-contained (serialised with toString).
 */
import type { PanelDocument } from '../browsers/chromium-devtools';
import { pollUntil } from '../browsers/steps';
import type { FindingsTabEntry, FlowRow, PanelDetail, PanelRow } from './tour-types';

/**
 * The source text of `fn(...args)` for the panel. tsx (esbuild with keepNames) wraps named inner
 * functions in a `__name(...)` helper that exists only in this Node process; define it as a no-op there.
 */
function inPanel(fn: (...args: never[]) => unknown, ...args: unknown[]): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(...${JSON.stringify(args)}); })()`;
}

/** Every cookie row, as text. The list is virtualised, but a lesson's handful of rows all render. */
export function readRows(panel: PanelDocument): Promise<PanelRow[]> {
  return panel.evaluate<PanelRow[]>(
    inPanel(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="cookie-row"]')].slice(0, 200).map((r) => ({
        name: r.dataset.name ?? '',
        domain: r.querySelector('.c-domain')?.textContent ?? '',
        path: r.querySelector('.c-path')?.textContent ?? '',
        lifetime: r.querySelector('[data-testid="lifetime"]')?.textContent ?? '',
        flags: [...r.querySelectorAll('[data-testid="flags"] > *')].map((f) => f.textContent ?? ''),
        role: r.querySelector('[data-testid="role"]')?.textContent ?? '',
        findingCount: Number.parseInt(
          r.querySelector('[data-testid="finding-count"]')?.textContent ?? '0',
          10,
        ),
        jwt: r.querySelector('[data-testid="jwt-mark"]') !== null,
      })),
    ),
  );
}

/** The status bar's request count (what the panel has taken in so far). */
export async function requestCount(panel: PanelDocument): Promise<number> {
  return Number((await panel.text('request-count')) ?? 0);
}

/** Switches the panel's view tab (Cookies, Requests, Flow, Findings). */
export async function showTab(
  panel: PanelDocument,
  tab: 'cookies' | 'requests' | 'flow' | 'findings',
): Promise<void> {
  await panel.evaluate(
    inPanel((t: string) => {
      document.querySelector<HTMLElement>(`[role="tab"][data-tab="${t}"]`)?.click();
    }, tab),
  );
  await pollUntil(`the panel's ${tab} tab never became active`, () =>
    panel.evaluate<boolean>(
      inPanel(
        (t: string) =>
          document.querySelector(`[role="tab"][data-tab="${t}"]`)?.getAttribute('aria-selected') === 'true',
        tab,
      ),
    ),
  );
}

/** Clicks the `index`-th cookie row and waits for the detail pane to show that cookie. */
export async function selectRow(panel: PanelDocument, index: number, name: string): Promise<void> {
  await panel.evaluate(
    inPanel((i: number) => {
      document.querySelectorAll<HTMLElement>('[data-testid="cookie-row"]')[i]?.click();
    }, index),
  );
  await pollUntil(
    `the detail pane never showed cookie ${JSON.stringify(name)}`,
    async () => (await panel.text('detail-name')) === name,
    { timeoutMs: 5_000 },
  );
}

/** Scrolls `[data-testid=<testId>]` to the bottom of its scroll box (what is above it stays in view). */
export async function scrollIntoView(panel: PanelDocument, testId: string): Promise<void> {
  await panel.evaluate(
    inPanel((id: string) => {
      document.querySelector(`[data-testid="${id}"]`)?.scrollIntoView({ block: 'end' });
    }, testId),
  );
}

/** Closes the detail pane (its × button), so a screenshot shows the whole list. */
export async function closeDetail(panel: PanelDocument): Promise<void> {
  await panel.evaluate(
    inPanel(() => {
      document.querySelector<HTMLElement>('[data-testid="cookie-detail"] button.close')?.click();
    }),
  );
}

/** What the detail pane shows for the selected cookie: role reasons, findings, JWT claims. */
export function readDetail(panel: PanelDocument): Promise<PanelDetail | null> {
  return panel.evaluate<PanelDetail | null>(
    inPanel(() => {
      const pane = document.querySelector('[data-testid="cookie-detail"]');
      if (!pane) return null;
      const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const findings = [...pane.querySelectorAll('[data-testid="detail-findings"] > li')].map((li) => {
        const severity = text(li.querySelector('.sev'));
        const rule = text(li.querySelector('code'));
        const all = text(li);
        const fix = text(li.querySelector('.muted'));
        // "<severity> <rule> <message>Fix: …": the message is what remains between the rule and the fix.
        const message = all.slice(severity.length).trim().slice(rule.length).replace(fix, '').trim();
        return { severity, rule, message: message.slice(0, 400) };
      });
      // A rejected cookie's rejected-* finding opens the pane as its verdict, not again under Findings.
      const verdict = pane.querySelector('[data-testid="rejection-verdict"]');
      const verdictRule = verdict?.getAttribute('data-rule');
      if (verdict && verdictRule) {
        const message = text(verdict.querySelector('[data-testid="rejection-reason"]'));
        findings.unshift({
          severity: text(verdict.querySelector('.sev')),
          rule: verdictRule,
          message: message.trim().slice(0, 400),
        });
      }
      const table = pane.querySelector('[data-testid="jwt-claims-table"]');
      let jwtClaims: Record<string, string> | null = null;
      if (table) {
        jwtClaims = {};
        for (const row of [...table.querySelectorAll('tr')].slice(0, 50)) {
          const key = text(row.querySelector('th'));
          if (key) jwtClaims[key] = text(row.querySelector('td')).slice(0, 400);
        }
      }
      return {
        name: text(pane.querySelector('[data-testid="detail-name"]')),
        roleReasons: [...pane.querySelectorAll('[data-testid="role-reasons"] > li')].map((li) => text(li)),
        findings,
        jwtClaims,
      };
    }),
  );
}

/** Every entry of the Findings tab (expands "Show more" first; bounded). Leaves that tab showing. */
export async function readFindingsTab(panel: PanelDocument): Promise<FindingsTabEntry[]> {
  await showTab(panel, 'findings');
  return panel.evaluate<FindingsTabEntry[]>(
    inPanel(async () => {
      for (let i = 0; i < 20; i++) {
        const more = document.querySelector<HTMLElement>('[data-testid="findings-view"] .cl-more');
        if (!more) break;
        more.click();
        // Preact re-renders on a later task.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return [...document.querySelectorAll('[data-testid="findings-view"] li.cl-finding')]
        .slice(0, 500)
        .map((li) => ({
          severity: text(li.querySelector('.cl-sev')).toLowerCase(),
          rule: li.getAttribute('data-rule') ?? text(li.querySelector('.cl-rule')),
          message: text(li.querySelector('.cl-msg')).slice(0, 400),
          cookie: text(li.querySelector('.cl-cookie-link, .cl-no-cookie')),
        }));
    }),
  );
}

/** The Flow tab's request arrows, all of them: the diagram is virtualised, so scroll through it. */
export async function readFlow(panel: PanelDocument): Promise<FlowRow[]> {
  await showTab(panel, 'flow');
  return panel.evaluate<FlowRow[]>(
    inPanel(async () => {
      const rows = new Map<string, { method: string; path: string; sent: string[] }>();
      const collect = () => {
        for (const m of document.querySelectorAll<HTMLElement>('[data-testid="flow-message"]')) {
          rows.set(m.dataset.exchange ?? String(rows.size), {
            method: m.querySelector('.cl-method')?.textContent ?? '',
            path: m.querySelector('.cl-flow-path')?.textContent ?? '',
            sent: [...m.querySelectorAll('.cl-arrow-req .cl-part-name')].map((n) => n.textContent ?? ''),
          });
        }
      };
      let box: HTMLElement | null = document.querySelector('[data-testid="flow-message"]');
      while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
      collect();
      for (let i = 0; box && i < 100 && box.scrollTop + box.clientHeight < box.scrollHeight; i++) {
        const before = box.scrollTop;
        box.scrollTop += Math.max(100, box.clientHeight - 40);
        if (box.scrollTop === before) break; // not the scroller after all
        // Preact re-renders the window on a later frame.
        await new Promise((resolve) => setTimeout(resolve, 30));
        collect();
      }
      if (box) box.scrollTop = 0;
      // Exchange ids are r1, r2, …: their number is the capture order.
      return [...rows.entries()]
        .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
        .map(([, row]) => row)
        .slice(0, 300);
    }),
  );
}

/** Ticks or unticks the toolbar's "Preserve log" (a lesson that navigates away and back needs it). */
export async function setPreserveLog(panel: PanelDocument, on: boolean): Promise<void> {
  await panel.evaluate(
    inPanel((want: boolean) => {
      const box = [...document.querySelectorAll<HTMLInputElement>('label.check input[type="checkbox"]')].find(
        (b) => b.parentElement?.textContent?.includes('Preserve log'),
      );
      if (box && box.checked !== want) box.click();
    }, on),
  );
  await pollUntil(`"Preserve log" never became ${on}`, () =>
    panel.evaluate<boolean>(
      inPanel(
        (want: boolean) =>
          [...document.querySelectorAll<HTMLInputElement>('label.check input[type="checkbox"]')].some(
            (b) => b.parentElement?.textContent?.includes('Preserve log') && b.checked === want,
          ),
        on,
      ),
    ),
  );
}

/** Clicks the toolbar's Clear button and waits for an empty log (a lesson that runs again starts clean). */
export async function clearPanel(panel: PanelDocument): Promise<void> {
  await panel.evaluate(
    inPanel(() => (document.querySelector('[data-testid="clear"]') as HTMLElement | null)?.click()),
  );
  await pollUntil('the panel never cleared', async () => (await requestCount(panel)) === 0);
}
