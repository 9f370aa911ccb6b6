/**
 * The teachers' handout (out/tour/handout.pdf): one landscape A4 page per lesson with the tour's
 * picture (page and panel), what to look for (the lesson's own "What to look at" box) and what the
 * panel showed. The HTML is built here (pure, escaped); Chromium's own printing (Page.printToPDF)
 * turns it into the PDF, so what the student sees is what prints.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { allLessons } from '../demo/lesson-catalogue';
import { expectationsFor, stepExpectationsFor } from './lesson-expectations';
import type { LessonRun, PanelCookie, TourResult } from './tour-types';

const MAX_ROWS = 7;

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function cookieRow(c: PanelCookie): string {
  const findings = c.detail?.findings.map((f) => f.rule).join(', ') || '—';
  const name = c.name === '' ? '(nameless)' : c.name;
  return `<tr><td><code>${esc(name.slice(0, 40))}</code></td><td>${esc(c.path)}</td><td>${esc(c.lifetime)}</td><td>${esc(
    c.flags.join(' ') || '—',
  )}</td><td>${esc(findings.slice(0, 120))}</td></tr>`;
}

/** The forged requests of a lesson that reads the Flow tab: did the session cookie go along? */
function flowLines(run: LessonRun): string[] {
  return run.steps
    .filter((s) => s.flow)
    .map(
      (s) =>
        `After “${esc(s.label)}”: the bank answered ${s.status}. ${esc(s.result.replace(/^Back from the prize page\.\s*/, '').slice(0, 150))}`,
    );
}

function lessonPage(run: LessonRun, outDir: string): string {
  const lesson = allLessons.find((l) => l.meta.id === run.id);
  const tips = (lesson?.content.panelTips ?? []).map((t) => `<li>${t.value}</li>`).join('');
  const png = run.screenshots.combined
    ? readFileSync(join(outDir, run.screenshots.combined)).toString('base64')
    : '';
  const last = run.steps.at(-1)?.cookies ?? [];
  const checks = expectationsFor(run.id).length + stepExpectationsFor(run.id).length;
  const verdict =
    run.mismatches.length === 0
      ? `All ${checks} checks of this lesson hold: the panel shows what the lesson says.`
      : `${run.mismatches.length} of ${checks} checks failed: ${run.mismatches.map(esc).join(' · ')}`;
  const flow = flowLines(run);
  return `<section class="sheet">
  <h1><span>Lesson ${run.n}</span> ${esc(run.title)}</h1>
  ${png ? `<img src="data:image/png;base64,${png}" alt="Lesson ${run.n}: page and Cookies panel">` : '<p>(no picture)</p>'}
  <div class="cols">
    <div><h2>What to look for</h2><ul>${tips}</ul></div>
    <div><h2>What the panel showed</h2>
      <p class="ok">${verdict}</p>
      ${flow.length > 0 ? `<ul>${flow.map((l) => `<li>${l}</li>`).join('')}</ul>` : ''}
      <table><tr><th>cookie</th><th>path</th><th>lifetime</th><th>flags</th><th>findings</th></tr>
      ${last.slice(0, MAX_ROWS).map(cookieRow).join('')}</table>
      ${last.length > MAX_ROWS ? `<p class="more">and ${last.length - MAX_ROWS} more rows (report.md lists them all)</p>` : ''}
    </div>
  </div>
</section>`;
}

export function handoutHtml(result: TourResult): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cookie Lens — lesson handout</title><style>
  @page { size: A4 landscape; margin: 9mm; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 9.5pt/1.35 "DejaVu Sans", system-ui, sans-serif; color: #1f2328; }
  .sheet { height: 190mm; overflow: hidden; page-break-after: always; display: flex; flex-direction: column; }
  .sheet:last-child { page-break-after: auto; }
  h1 { font-size: 15pt; margin: 0 0 2mm; } h1 span { color: #8a4b08; margin-right: 2mm; }
  h2 { font-size: 10.5pt; margin: 0 0 1mm; }
  img { width: 100%; max-height: 112mm; object-fit: contain; object-position: left top; border: 1px solid #d8dee4; }
  .cols { display: grid; grid-template-columns: 1fr 1.25fr; gap: 6mm; margin-top: 2mm; min-height: 0; }
  ul { margin: 0; padding-left: 4.5mm; } li { margin: 0.6mm 0; }
  code { font: 8.5pt "DejaVu Sans Mono", monospace; background: #f3f4f6; padding: 0 0.6mm; }
  table { border-collapse: collapse; width: 100%; font-size: 8pt; margin-top: 1mm; }
  th, td { text-align: left; border-bottom: 1px solid #d8dee4; padding: 0.4mm 1mm; vertical-align: top; }
  .ok { margin: 0 0 1mm; font-weight: 600; } .more { color: #59636e; margin: 1mm 0 0; }
</style></head><body>
${result.lessons.map((run) => lessonPage(run, result.outDir)).join('\n')}
</body></html>`;
}

/** Prints the handout with the tour's own Chromium; returns the PDF's path. */
export async function writeHandout(browser: Browser, result: TourResult): Promise<string> {
  const path = join(result.outDir, 'handout.pdf');
  const htmlPath = join(result.outDir, 'handout.html');
  writeFileSync(htmlPath, handoutHtml(result));
  const page = await browser.newPage();
  try {
    await page.goto(`file://${htmlPath}`, { waitUntil: 'load' });
    await page.pdf({ path, format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
  } finally {
    await page.close().catch(() => {});
  }
  return path;
}
