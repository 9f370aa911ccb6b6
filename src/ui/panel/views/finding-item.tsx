/**
 * One finding in the Findings tab: severity badge, rule id, message and cookie on one compact row, then
 * (expanded) why it matters, how to fix (code in `<pre>`) and the references. Text nodes only.
 * Keyboard: Enter selects the cookie, → / ← expand and collapse, Space toggles (see findings-view).
 */
import type { CookieRef, Finding } from '../../../core/model';
import { findingFix } from '../../../core/rules/finding-fix';
import { ruleTexts } from '../../../core/rules/rule-texts';
import { truncate } from './display-text';
import { cookieLabel, maskMessage, SEVERITY_LABEL } from './finding-groups';
import { type FixSegment, fixParagraphs, splitFixText, splitInlineCode } from './fix-text';

export interface FindingItemProps {
  finding: Finding;
  masked: boolean;
  expanded: boolean;
  onToggle(): void;
  onSelectCookie(ref: CookieRef): void;
  onKeyDown(e: KeyboardEvent): void;
}

/** Only https URLs become links; everything else (RFC §, CWE, OWASP names, other schemes) stays text. */
export function httpsUrl(ref: string): string | null {
  if (!ref.startsWith('https://')) return null;
  try {
    const u = new URL(ref);
    return u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Prose with `backtick` names shown as inline code. */
function Inline({ segments }: { segments: readonly FixSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'text' ? (
          s.text
        ) : (
          <code key={`${i}:${s.text}`} class="cl-inline-code">
            {s.text}
          </code>
        ),
      )}
    </>
  );
}

function FixText({ fix }: { fix: string }) {
  return (
    <div class="cl-fix">
      {fixParagraphs(splitFixText(fix)).map((part, i) =>
        Array.isArray(part) ? (
          <p key={`p${i}`}>
            <Inline segments={part} />
          </p>
        ) : (
          <pre key={`c${i}`} class="cl-code">
            <code>{part.text}</code>
          </pre>
        ),
      )}
    </div>
  );
}

export function FindingItem(props: FindingItemProps) {
  const { finding: f, masked, expanded } = props;
  const message = truncate(maskMessage(f, masked), 300);
  const cookie = f.cookie;
  const texts = ruleTexts(f.rule);
  return (
    <li class={`cl-finding${expanded ? ' expanded' : ''}`} data-rule={f.rule}>
      <div class="cl-finding-head">
        {/* biome-ignore lint/a11y/useSemanticElements: a native <button> turns Enter into a click; here Enter selects the cookie while click and Space expand */}
        <div
          role="button"
          class="cl-finding-main"
          data-roving=""
          data-testid="finding"
          tabIndex={0}
          aria-expanded={expanded}
          aria-keyshortcuts="Enter Space ArrowRight ArrowLeft"
          title={cookie ? 'Enter: show the cookie · Space: why and how to fix' : 'Space: why and how to fix'}
          onClick={props.onToggle}
          onKeyDown={props.onKeyDown}
        >
          <span class="cl-toggle" aria-hidden="true">
            {expanded ? '▾' : '▸'}
          </span>
          <span class={`cl-sev cl-sev-${f.severity}`}>{SEVERITY_LABEL[f.severity] ?? f.severity}</span>
          <span class="cl-rule">{truncate(f.rule, 60)}</span>
          <span class="cl-msg">
            <Inline segments={splitInlineCode(message)} />
          </span>
        </div>
        {cookie ? (
          <button
            type="button"
            class="cl-cookie-link"
            tabIndex={-1}
            title={`Show cookie ${truncate(cookieLabel(cookie))}`}
            onClick={() => props.onSelectCookie(cookie)}
          >
            {truncate(cookieLabel(cookie), 80)}
          </button>
        ) : (
          <span class="cl-muted cl-no-cookie">request header</span>
        )}
      </div>
      {expanded && (
        <div class="cl-finding-body">
          <h4>Why it matters</h4>
          <p>
            <Inline segments={splitInlineCode(texts.why)} />
          </p>
          <h4>How to fix</h4>
          <FixText fix={findingFix(f)} />
          {texts.refs.length > 0 && (
            <p class="cl-refs">
              <span class="cl-muted">References: </span>
              {texts.refs.map((ref, i) => {
                const url = httpsUrl(ref);
                return (
                  <span key={ref} class="cl-ref">
                    {i > 0 ? ' · ' : ''}
                    {url ? (
                      <a href={url} target="_blank" rel="noreferrer">
                        {truncate(ref, 120)}
                      </a>
                    ) : (
                      truncate(ref, 120)
                    )}
                  </span>
                );
              })}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
