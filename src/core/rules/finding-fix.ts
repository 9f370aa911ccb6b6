/**
 * A finding's "how to fix" as a person reads it (the report, the CLI, the popup, the panel's views):
 * the rule's fix (rule-texts.ts), or, when the cookie's name says which framework set it, that
 * framework's setting (framework-fixes.ts) — a PHP session needs php.ini, not `res.cookie(…)`.
 */
import type { Finding } from '../model';
import { frameworkFix } from './framework-fixes';
import { ruleTexts } from './rule-texts';

export function findingFix(f: Pick<Finding, 'rule' | 'cookie'>): string {
  const own = f.cookie === null ? null : frameworkFix(f.rule, f.cookie.name);
  if (own === null) return ruleTexts(f.rule).fix;
  // SameSite=None has one good reason the framework's setting must not hide.
  return f.rule === 'auth-samesite-none'
    ? `${own} Keep None only for a cookie that must work inside third-party iframes.`
    : own;
}
