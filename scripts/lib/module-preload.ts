/**
 * `<link rel="modulepreload">` for the chunks a page's entry imports statically (issue #16). Without
 * them the browser learns of the chunks only once the entry is fetched and parsed, then fetches them
 * (and theirs) one level at a time before the first line runs. Pure, so the build rests on tested code.
 */

/** The slice of an esbuild metafile output this needs. */
export interface OutputImports {
  imports: readonly { path: string; kind: string }[];
}

/**
 * Every output `entry` reaches through static imports (`import … from`), in first-seen order, without
 * `entry` itself. Dynamic `import()` chunks are left out: they load when first used.
 * `outputs` is keyed as esbuild keys it (paths relative to its working directory).
 */
export function staticImportClosure(
  outputs: Readonly<Record<string, OutputImports>>,
  entry: string,
): string[] {
  const seen = new Set<string>([entry]);
  const order: string[] = [];
  const visit = (file: string) => {
    for (const imp of outputs[file]?.imports ?? []) {
      if (imp.kind !== 'import-statement' || seen.has(imp.path)) continue;
      seen.add(imp.path);
      order.push(imp.path);
      visit(imp.path);
    }
  };
  visit(entry);
  return order;
}

/** `html` with one modulepreload link per href, right before the module script `src` (or unchanged). */
export function withModulePreloads(html: string, src: string, hrefs: readonly string[]): string {
  const tag = `<script type="module" src="${src}"></script>`;
  const at = html.indexOf(tag);
  if (at < 0 || hrefs.length === 0) return html;
  const indent = html.slice(html.lastIndexOf('\n', at) + 1, at);
  const links = hrefs.map((href) => `<link rel="modulepreload" href="${href}" />\n${indent}`).join('');
  return `${html.slice(0, at)}${links}${html.slice(at)}`;
}
