import type { Translate } from './i18n';
import type { DeckName } from './routes';

/** What a link to a deck says: the whole presentation, a topic's title, or the exercises. */
export function deckLabel(t: Translate, deck: DeckName): string {
  if (deck === 'full') return t('deck.presentAll');
  if (deck === 'exercises') return t('deck.presentExercises');
  return t(`topic.${deck}.title`);
}
