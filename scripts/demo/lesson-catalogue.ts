import type { Lesson, LessonMeta } from './lesson-types';
import { setRead } from './lessons/01-set-read';
import { sessionPersistent } from './lessons/02-session-persistent';
import { sessions } from './lessons/03-sessions';
import { jwt } from './lessons/04-jwt';
import { productionFlags } from './lessons/05-production-flags';
import { crossSite } from './lessons/06-cross-site';
import { playground } from './lessons/07-playground';
import { csrf } from './lessons/08-csrf';

/** The lessons in teaching order. */
export const allLessons: readonly Lesson[] = [
  setRead,
  sessionPersistent,
  sessions,
  jwt,
  productionFlags,
  crossSite,
  playground,
  csrf,
];

/** Metadata only: what a scripted tour needs to visit each page and click its buttons in order. */
export const lessons: readonly LessonMeta[] = allLessons.map((l) => l.meta);
