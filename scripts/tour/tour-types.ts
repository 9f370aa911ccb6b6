/** What the headless tour collects from the real Cookies panel, lesson by lesson. */

/** One cookie row of the panel's Cookies tab, as text. */
export interface PanelRow {
  name: string;
  domain: string;
  path: string;
  /** The lifetime badge: "session", "persistent · expires in 1 d", "deleted", "rejected", … */
  lifetime: string;
  flags: string[];
  role: string;
  findingCount: number;
  jwt: boolean;
}

export interface PanelFinding {
  severity: string;
  rule: string;
  message: string;
}

/** What the detail pane shows for one selected cookie. */
export interface PanelDetail {
  name: string;
  roleReasons: string[];
  findings: PanelFinding[];
  /** Decoded JWT claims (name → text as shown, with human times), null when the value is no JWT. */
  jwtClaims: Record<string, string> | null;
}

export interface PanelCookie extends PanelRow {
  detail: PanelDetail | null;
}

/** One entry of the Findings tab. */
export interface FindingsTabEntry extends PanelFinding {
  /** The cookie link ("name domain/path"), or "request header". */
  cookie: string;
}

/** The panel right after one action button was clicked and its requests were analysed. */
export interface ActionStep {
  id: string;
  label: string;
  /** HTTP status the page reported (`#result[data-status]`); 0 when the browser blocked the answer. */
  status: number;
  /** What the page printed in #result (trimmed, bounded). */
  result: string;
  requestCount: number;
  cookies: PanelCookie[];
  /** The page's own verdict hook (`#result[data-verdict]`), e.g. the playground's agree / differ. */
  verdict?: string;
  /** The Flow tab's messages, for lessons that teach with it (lesson 8). */
  flow?: FlowRow[];
}

/** One request arrow of the Flow tab: method, path and the cookie names its Cookie header carried. */
export interface FlowRow {
  method: string;
  path: string;
  sent: string[];
}

export interface LessonRun {
  id: string;
  n: number;
  title: string;
  url: string;
  steps: ActionStep[];
  /** The Findings tab after the last action. */
  findings: FindingsTabEntry[];
  /** Paths of the screenshots, relative to the output folder. */
  screenshots: { combined: string; page: string; panel: string };
  /** Where the panel disagrees with the lesson's "what to look at" text; empty when it agrees. */
  mismatches: string[];
  ms: number;
}

export interface TourResult {
  browser: string;
  demoUrl: string;
  outDir: string;
  lessons: LessonRun[];
  notes: string[];
  ms: number;
}
