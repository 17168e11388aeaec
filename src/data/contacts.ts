/**
 * The help lines, per country in the seed's order, with the build's reference date: the build
 * warns, once, about every number that no one has confirmed in the last 12 months.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sourceDateEpoch } from '../../scripts/lib/source-date.mjs';
import { COUNTRIES } from '../lib/countries';
import { contactStatus } from '../lib/contact-status';

/** The build's reference date, "YYYY-MM-DD": SOURCE_DATE_EPOCH, else the last commit's date. */
export function referenceDate(): string {
  return new Date(sourceDateEpoch(process.env, process.cwd()) * 1000).toISOString().slice(0, 10);
}

let warned = false;

export async function getContacts(): Promise<CollectionEntry<'contacts'>[]> {
  const entries = (await getCollection('contacts')).sort((a, b) => COUNTRIES.indexOf(a.data.country) - COUNTRIES.indexOf(b.data.country));
  if (!warned) {
    warned = true;
    const today = referenceDate();
    for (const entry of entries) {
      for (const contact of entry.data.contacts) {
        const status = contactStatus(contact.confirmed, today);
        if (status.kind !== 'confirmed') {
          const since = status.kind === 'stale' ? `last confirmed ${status.date}` : 'never confirmed';
          console.warn(`[contacts] ${entry.filePath}: ${contact.number} (${entry.data.country}) was published by ${contact.source} in ${contact.published}, ${since}: it may have changed.`);
        }
      }
    }
  }
  return entries;
}
