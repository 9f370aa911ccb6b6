/**
 * The grade formula as the popup shows it. A copy of core's GRADE_FORMULA (site-summary.ts), because
 * importing that module pulls the public-suffix list (tldts, ~47 KB gzipped) into the popup bundle;
 * test/ui/popup/popup-bundle.spec.ts fails when the two differ.
 */
export const GRADE_FORMULA =
  'score = max(0, 100 - 30*high - 10*medium - 3*low); A >= 90, B >= 80, C >= 70, D >= 60, else F';
