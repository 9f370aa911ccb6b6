/**
 * Tour pictures: the lesson page, the DevTools window with the Cookies panel, and both side by side in
 * one image (`<lesson-id>.png`), composed by the same headless browser from the two PNGs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';

export interface LessonShots {
  combined: string;
  page: string;
  panel: string;
}

function dataUrl(png: Uint8Array): string {
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}

/** Escapes text for the caption of the composed picture (lesson titles are ours, but stay safe). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export async function shootLesson(
  browser: Browser,
  lessonPage: Page,
  devtools: Page,
  outDir: string,
  lessonId: string,
  caption: string,
): Promise<LessonShots> {
  // Each window in front while it is photographed: a window behind another stops rendering.
  await lessonPage.bringToFront();
  const pagePng = await lessonPage.screenshot({ type: 'png' });
  await devtools.bringToFront();
  const panelPng = await devtools.screenshot({ type: 'png' });
  const shots: LessonShots = {
    combined: `${lessonId}.png`,
    page: `${lessonId}-page.png`,
    panel: `${lessonId}-panel.png`,
  };
  writeFileSync(join(outDir, shots.page), pagePng);
  writeFileSync(join(outDir, shots.panel), panelPng);
  const composer = await browser.newPage();
  try {
    await composer.setViewport({ width: 1900, height: 800 });
    await composer.setContent(
      `<!doctype html><html><head><style>
        body { margin: 0; padding: 16px; background: #e8eaed; font: 15px system-ui, sans-serif; color: #202124; }
        .cap { margin: 0 0 10px; font-weight: 600; }
        .row { display: flex; gap: 16px; align-items: flex-start; }
        img { box-shadow: 0 1px 4px rgba(0,0,0,.3); background: #fff; }
        .page { width: 620px; } .panel { width: 1232px; }
      </style></head><body><p class="cap">${escapeHtml(caption)}</p><div class="row">
        <img class="page" src="${dataUrl(pagePng)}" alt="lesson page">
        <img class="panel" src="${dataUrl(panelPng)}" alt="Cookies panel">
      </div></body></html>`,
      { waitUntil: 'load' },
    );
    writeFileSync(join(outDir, shots.combined), await composer.screenshot({ type: 'png', fullPage: true }));
  } finally {
    await composer.close().catch(() => {});
  }
  return shots;
}
