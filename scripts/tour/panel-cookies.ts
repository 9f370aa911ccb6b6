/** Every cookie row of the panel together with its detail pane (role reasons, findings, JWT claims). */
import type { PanelDocument } from '../browsers/chromium-devtools';
import { closeDetail, readDetail, readRows, selectRow } from './panel-reader';
import type { PanelCookie } from './tour-types';

/** At most this many rows are opened one by one (a lesson sets a handful). */
const MAX_DETAILS = 40;

export async function readCookies(panel: PanelDocument): Promise<PanelCookie[]> {
  const rows = await readRows(panel);
  const cookies: PanelCookie[] = [];
  for (const [i, row] of rows.entries()) {
    if (i >= MAX_DETAILS) {
      cookies.push({ ...row, detail: null });
      continue;
    }
    await selectRow(panel, i, row.name);
    cookies.push({ ...row, detail: await readDetail(panel) });
  }
  await closeDetail(panel);
  return cookies;
}
