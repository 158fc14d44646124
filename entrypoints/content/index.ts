import { defineContentScript } from 'wxt/utils/define-content-script';
import { PAPER_SITE_MATCHES } from '@/lib/sites';
import { startAtlas } from './atlas';
import './highlights.css';

export default defineContentScript({
  matches: PAPER_SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startAtlas(ctx).catch((error: unknown) => console.warn('Video Model Atlas:', error));
  },
});
