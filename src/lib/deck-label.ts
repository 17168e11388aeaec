import type { Translate } from './i18n';
import type { DeckName } from './routes';

/** What a link to a deck says: the whole presentation, a topic's title, the exercises, or the session. */
export function deckLabel(t: Translate, deck: DeckName): string {
  if (deck === 'full') return t('deck.presentAll');
  if (deck === 'exercises') return t('deck.presentExercises');
  if (deck === 'session') return t('deck.presentSession');
  return t(`topic.${deck}.title`);
}
