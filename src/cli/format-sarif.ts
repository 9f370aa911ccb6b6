/**
 * `--format sarif`: SARIF 2.1.0 (OASIS) for code-scanning tools such as GitHub code scanning. Each rule
 * of the catalogue becomes a reportingDescriptor; each finding a result located in the HAR file, with the
 * cookie as a logical location and a stable fingerprint so re-runs do not duplicate alerts.
 */
import type { Severity } from '../core/model';
import type { Report } from '../core/report/report-types';
import type { RuleDoc } from '../core/rules/rule-docs';
import { sarifUri } from './sarif-uri';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub ranks security alerts by `security-severity` (0–10, CVSS-like bands). */
const SECURITY_SEVERITY: Record<Severity, string> = { high: '8.0', medium: '5.0', low: '3.0', info: '0.0' };

/** One SARIF run per audited file: each file is its own capture with its own artifact. */
export function formatSarif(
  files: readonly { file: string; report: Report }[],
  rules: readonly RuleDoc[],
): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: files.map(({ file, report }) => sarifRun(report, file, rules)),
  };
  return JSON.stringify(sarif, null, 2);
}

function sarifRun(report: Report, file: string, rules: readonly RuleDoc[]) {
  const index = new Map<string, number>(rules.map((r, i) => [r.id, i]));
  const results = report.findings.map((f) => {
    const cookie = f.cookie;
    const result: Record<string, unknown> = {
      ruleId: f.rule,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: sarifUri(file) } },
          ...(cookie
            ? {
                logicalLocations: [
                  {
                    name: cookie.name,
                    fullyQualifiedName: `${cookie.domain}${cookie.path}#${cookie.name}`,
                    kind: 'variable',
                  },
                ],
              }
            : {}),
        },
      ],
      partialFingerprints: {
        cookieLens: cookie
          ? `${f.rule}|${cookie.name}|${cookie.domain}|${cookie.path}`
          : `${f.rule}|${f.message}`,
      },
      properties: { severity: f.severity, exchange: f.exchange, request: f.request },
    };
    const i = index.get(f.rule);
    if (i !== undefined) result.ruleIndex = i;
    return result;
  });
  return {
    tool: {
      driver: {
        name: 'cookie-lens',
        version: report.tool.version,
        rules: rules.map((r) => ({
          id: r.id,
          name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
          shortDescription: { text: r.title },
          fullDescription: { text: r.why },
          help: {
            text: `${r.fix}\n\nReferences: ${r.refs.join(', ')}`,
            markdown: `**Fix:** ${r.fix}\n\n**References:** ${r.refs.join(', ')}`,
          },
          defaultConfiguration: { level: LEVEL[r.severity] },
          properties: {
            tags: ['security', 'cookies'],
            'security-severity': SECURITY_SEVERITY[r.severity],
          },
        })),
      },
    },
    artifacts: [{ location: { uri: sarifUri(file) } }],
    results,
  };
}
