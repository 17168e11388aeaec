/**
 * What the session deck shows for each step of the session plan, from the site's content: the
 * seed slides it names (from the full deck, so each is the same slide as there), the law's
 * slides where the step presents the definition, and its cases. The seed's title slide opens
 * the deck, before the first step's own slide.
 */
import type { ExplainerEntry, DeckSlide, ScenarioEntry, SessionStep } from './entries';
import type { LocaleContent, TrainerContent } from './site';

export interface SessionDeckStep {
  step: SessionStep;
  /** Slides shown before the step's own slide: the title slide, in the step that names it. */
  opening: DeckSlide[];
  slides: DeckSlide[];
  cases: ScenarioEntry[];
  law: readonly ExplainerEntry[];
}

export function sessionDeckSteps(content: LocaleContent & { trainer: TrainerContent }): SessionDeckStep[] {
  return content.trainer.sessionPlan.map((step) => {
    const shown = content.trainer.fullDeck.filter((slide) => step.data.seedSlides.includes(slide.seedSlide));
    return {
      step,
      opening: shown.filter((slide) => slide.kind === 'cover'),
      slides: shown.filter((slide) => slide.kind !== 'cover'),
      cases: step.data.scenarios.flatMap((order) => content.scenarios.filter((scenario) => scenario.data.order === order)),
      // The step that presents the definition shows what the law says after it, as the definition's deck does.
      law: step.data.deck === 'definition' ? content.topics.definition.explainers : [],
    };
  });
}
