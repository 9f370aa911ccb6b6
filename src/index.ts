/**
 * Cookie Lens library entry (DESIGN §6): `import { … } from 'cookie-lens'`.
 * Everything exported here is pure core code that runs in Node, browsers and workers.
 */
export type { CookieRef, Exchange, Finding, Severity } from './core/model';
export { SEVERITY_ORDER } from './core/model';
export { VERSION } from './core/version';
