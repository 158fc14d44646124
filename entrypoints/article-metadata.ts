/**
 * Injected on demand (never on page load) when a note is saved: reads the
 * article's title, authors, date and site with Readability and the page's
 * citation tags. Kept out of the content script so pages do not pay for it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readArticleMetadata } from '@/lib/articles/metadata';

export default defineUnlistedScript(() => readArticleMetadata(document, location.href));
