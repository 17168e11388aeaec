/** The trainers' session plan: when each step starts and ends, and whether the whole fits. */
import { ContentError } from './content-error';

/** A session "of about 90 minutes" may run from 80 to 100. */
export const SESSION_MINUTES = { about: 90, least: 80, most: 100 } as const;

export interface PlannedStep {
  file: string;
  minutes: number;
  /** The exercises the step uses, by their `order`. */
  scenarios: readonly number[];
}

export interface StepTime {
  start: number;
  end: number;
}

/** The minute each step starts and ends, counted from the start of the session. */
export function stepTimes(steps: readonly { minutes: number }[]): StepTime[] {
  let start = 0;
  return steps.map(({ minutes }) => {
    const time = { start, end: start + minutes };
    start = time.end;
    return time;
  });
}

/** The steps add up to about 90 minutes, and every exercise they name exists. */
export function checkSessionPlan(steps: readonly PlannedStep[], scenarioOrders: readonly number[], folder: string): void {
  const total = steps.reduce((sum, step) => sum + step.minutes, 0);
  if (total < SESSION_MINUTES.least || total > SESSION_MINUTES.most) {
    throw new ContentError(
      folder,
      'minutes',
      `the steps add up to ${total} minutes; the plan is for about ${SESSION_MINUTES.about} (${SESSION_MINUTES.least} to ${SESSION_MINUTES.most})`,
    );
  }
  for (const step of steps) {
    const unknown = step.scenarios.find((order) => !scenarioOrders.includes(order));
    if (unknown !== undefined) throw new ContentError(step.file, 'scenarios', `there is no exercise with order ${unknown}`);
  }
}

/** The id of a step's first slide in the session deck: `step-2` (neutral, the same in every language). */
export const sessionStepId = (order: number): string => `step-${order}`;
