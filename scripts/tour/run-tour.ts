/**
 * The headless teaching tour: the demo site, headless Chromium with the extension and the real DevTools
 * Cookies panel. For each lesson: clear the browser's cookies, open the lesson page (the panel clears
 * its log on navigation — "preserve log" stays off — so each lesson's report holds that lesson's
 * cookies only), click every action button in order, and after each one read what the panel shows.
 * The browser driving is the e2e tests' (scripts/browsers): one way to drive DevTools, not two.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromiumWithExtension, openTabWithId } from '../browsers/chromium';
import { harEntryCount, openCookiesPanel, type PanelDocument } from '../browsers/chromium-devtools';
import { step } from '../browsers/steps';
import { lessons as allLessons, type LessonMeta, startDemo } from '../demo/server';
import { writeHandout } from './handout';
import { lessonMismatches } from './lesson-expectations';
import { readCookies } from './panel-cookies';
import {
  clearPanel,
  closeDetail,
  readFindingsTab,
  readFlow,
  readRows,
  requestCount,
  scrollIntoView,
  selectRow,
  setPreserveLog,
  showTab,
} from './panel-reader';
import { panelSettled } from './panel-settled';
import { drivingFor, showcaseFor } from './showcase';
import { createTourProfile } from './tour-profile';
import { shootLesson } from './tour-screenshots';
import type { ActionStep, LessonRun, TourResult } from './tour-types';

export interface TourOptions {
  /** Where report.md and the screenshots go (created). */
  outDir: string;
  /** Demo port; 0 (default) picks a free one. */
  port?: number;
  /** Only these lesson ids (default: all, in order). */
  only?: readonly string[];
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

const PAGE_VIEWPORT = { width: 900, height: 1000 };
const DEVTOOLS_VIEWPORT = { width: 1500, height: 860 };

interface Ctx {
  browser: Browser;
  page: Page;
  panel: PanelDocument;
  devtools: Page;
  demoUrl: string;
  outDir: string;
}

/**
 * DevTools opened by Target.openDevTools believes it is docked (right), leaving a blank area for the
 * inspected page in its own window; undocked, the panel gets the whole window. DockController is a
 * DevTools internal (like InspectorView in the harness): if it is missing the pictures just have that
 * blank area. Sent as source text so no Node-side helper leaks in.
 */
async function undock(devtools: Page): Promise<void> {
  await devtools
    .evaluate(`(async () => {
      const legacy = await import(new URL('ui/legacy/legacy.js', location.href).href);
      legacy?.DockController?.DockController?.instance?.()?.setDockSide?.('undocked');
    })()`)
    .catch(() => {});
}

async function clickAction(
  page: Page,
  id: string,
): Promise<{ status: number; result: string; verdict?: string }> {
  const selector = `[data-action="${id}"]`;
  await page.bringToFront();
  await page.$eval(selector, (b) => b.scrollIntoView({ block: 'center' }));
  await page.click(selector);
  await page.waitForSelector(`#result[data-done="${id}"]`, { timeout: 15_000 });
  // A `visit` action navigates away and back: the selector above waits across the navigations.
  return page.$eval('#result', (r) => {
    const data = (r as HTMLElement).dataset;
    return {
      status: Number(data.status ?? 0),
      result: (r.textContent ?? '').trim().slice(0, 600),
      ...(data.verdict ? { verdict: data.verdict } : {}),
    };
  });
}

/**
 * The Flow tab once it stops changing: a `visit` round trip (the attacker page posts after 1.2 s) can
 * reach DevTools' network log after the request count and rows have already looked settled on a
 * loaded machine. Two equal readings 800 ms apart (at most 6 tries) count.
 */
async function settledFlow(panel: Ctx['panel']) {
  let flow = await readFlow(panel);
  for (let i = 0; i < 6; i++) {
    await new Promise((resolve) => setTimeout(resolve, 800));
    const again = await readFlow(panel);
    if (JSON.stringify(again) === JSON.stringify(flow)) return again;
    flow = again;
  }
  return flow;
}

/** Shows the lesson's chosen moment (a cookie's detail, or a tab) and photographs page and panel. */
async function photograph(ctx: Ctx, lesson: LessonMeta, actionLabel: string) {
  const showcase = showcaseFor(
    lesson.id,
    lesson.actions.map((a) => a.id),
  );
  if (showcase.tab) await showTab(ctx.panel, showcase.tab);
  else if (showcase.select) {
    const i = (await readRows(ctx.panel)).findIndex((r) => r.name === showcase.select);
    if (i >= 0) await selectRow(ctx.panel, i, showcase.select);
    if (showcase.scrollTo) await scrollIntoView(ctx.panel, showcase.scrollTo);
  }
  await ctx.page.evaluate(() => window.scrollTo(0, 0));
  const caption = `Lesson ${lesson.n}: ${lesson.title} — after “${actionLabel}”`;
  const shots = await shootLesson(ctx.browser, ctx.page, ctx.devtools, ctx.outDir, lesson.id, caption);
  await showTab(ctx.panel, 'cookies');
  await closeDetail(ctx.panel);
  return shots;
}

async function runLesson(ctx: Ctx, lesson: LessonMeta): Promise<LessonRun> {
  const started = performance.now();
  const { page, panel } = ctx;
  const url = `${ctx.demoUrl}${lesson.path}`;
  // A clean jar per lesson: each lesson page starts from no cookies.
  const cdp = await page.createCDPSession();
  await cdp.send('Network.clearBrowserCookies');
  await cdp.detach();
  await showTab(panel, 'cookies');
  await closeDetail(panel);
  const driving = drivingFor(lesson.id);
  await setPreserveLog(panel, false); // so opening the lesson clears the panel
  await step('chromium', `open lesson ${lesson.n} (${url})`, () => page.goto(url, { waitUntil: 'load' }));
  await panelSettled(panel, null);
  if (driving.preserveLog) await setPreserveLog(panel, true);

  const showcase = showcaseFor(
    lesson.id,
    lesson.actions.map((a) => a.id),
  );
  const steps: ActionStep[] = [];
  let screenshots: LessonRun['screenshots'] = { combined: '', page: '', panel: '' };
  for (const action of lesson.actions) {
    const before = await requestCount(panel);
    const done = await step('chromium', `lesson ${lesson.n}: click "${action.label}" (${action.id})`, () =>
      clickAction(page, action.id),
    );
    const total = await panelSettled(panel, before);
    const cookies = await readCookies(panel);
    // The Flow tab is read after the actions that leave the page (the forged requests).
    const flow = driving.readFlow && action.kind === 'visit' ? await settledFlow(panel) : undefined;
    if (flow) await showTab(panel, 'cookies');
    steps.push({
      id: action.id,
      label: action.label,
      ...done,
      requestCount: total,
      cookies,
      ...(flow ? { flow } : {}),
    });
    if (action.id === showcase.afterAction) screenshots = await photograph(ctx, lesson, action.label);
  }
  const findings = await readFindingsTab(panel);
  await showTab(panel, 'cookies');
  const run: LessonRun = {
    id: lesson.id,
    n: lesson.n,
    title: lesson.title,
    url,
    steps,
    findings,
    screenshots,
    mismatches: [],
    ms: Math.round(performance.now() - started),
  };
  run.mismatches = lessonMismatches(run);
  return run;
}

/** Runs the whole tour; resolves with what the panel showed. The caller writes the report. */
export async function runTour(options: TourOptions): Promise<TourResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  mkdirSync(options.outDir, { recursive: true });
  const chosen = allLessons.filter((l) => !options.only || options.only.includes(l.id));
  const demo = await startDemo({ port: options.port ?? 0 });
  const profile = createTourProfile();
  try {
    // The harness makes a profile of its own; Chromium takes the last --user-data-dir, i.e. ours,
    // which holds the Preferences that allow third-party cookies (lesson 6).
    const chromium = await launchChromiumWithExtension({ args: [`--user-data-dir=${profile.dir}`] });
    try {
      const version = await chromium.browser.version();
      log(`${version} with Cookie Lens; demo at ${demo.url}`);
      const { page } = await openTabWithId(chromium, 'about:blank');
      await page.setViewport(PAGE_VIEWPORT);
      const { panel, devtools } = await openCookiesPanel(page, { extensionId: chromium.extensionId });
      await undock(devtools);
      await devtools.setViewport(DEVTOOLS_VIEWPORT);
      await harEntryCount(panel); // the panel's own backfill has been answered
      const ctx: Ctx = {
        browser: chromium.browser,
        page,
        panel,
        devtools,
        demoUrl: demo.url,
        outDir: options.outDir,
      };
      const runs: LessonRun[] = [];
      const notes: string[] = [];
      for (const lesson of chosen) {
        let run = await runLesson(ctx, lesson);
        // Lessons read from the Flow tab cross sites in the top-level tab (localhost → 127.0.0.1 → back).
        // Chromium's DevTools can report the forged POST of such a cross-process navigation with its
        // provisional headers only (no Cookie; about 1 in 3 full tours on Chromium 150 and 156). The panel
        // asks getHAR() again for it (src/ui/panel/header-refetch.ts); should the headers still not have
        // come, the lesson runs again from a clean jar, at most twice. The report says so, and the last
        // run must agree with the lesson text like any other.
        for (
          let retry = 1;
          retry <= 2 && run.mismatches.length > 0 && drivingFor(lesson.id).readFlow;
          retry++
        ) {
          notes.push(
            `lesson ${lesson.n} ran again (${retry}): ${run.mismatches.length} Flow-tab mismatch(es), ` +
              `DevTools missed a request of a cross-site navigation: ${run.mismatches[0]}`,
          );
          log(
            `lesson ${lesson.n} ${lesson.id}: ${run.mismatches.length} mismatches; running it again (${retry})`,
          );
          await setPreserveLog(ctx.panel, false);
          await clearPanel(ctx.panel);
          run = await runLesson(ctx, lesson);
        }
        runs.push(run);
        const last = run.steps.at(-1);
        log(
          `lesson ${lesson.n} ${lesson.id}: ${run.steps.length} clicks, ${last?.requestCount ?? 0} requests, ` +
            `${run.findings.length} findings, ${run.mismatches.length} mismatches (${run.ms} ms)`,
        );
      }
      const result: TourResult = {
        browser: version,
        demoUrl: demo.url,
        outDir: options.outDir,
        lessons: runs,
        notes,
        ms: 0,
      };
      // The handout for teachers, printed by this same Chromium (one page per lesson).
      await writeHandout(chromium.browser, result);
      result.ms = Math.round(performance.now() - started);
      return result;
    } finally {
      await chromium.close();
    }
  } finally {
    profile.remove();
    await demo.close();
  }
}
