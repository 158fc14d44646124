import { defineConfig } from 'wxt';
import { PAPER_HOST_PERMISSIONS } from './lib/sites';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  webExt: { disabled: true },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Video Model Atlas',
    description:
      'Finds AI video generation models in what you read, explains each in place, places it on the field’s timeline, and keeps your notes with the article.',
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(manifestVersion === 2 ? PAPER_HOST_PERMISSIONS : []),
      ...(browser === 'chrome' ? ['sidePanel'] : []),
    ],
    ...(manifestVersion === 3
      ? {
          host_permissions: PAPER_HOST_PERMISSIONS,
          optional_host_permissions: ['https://*/*', 'http://*/*'],
        }
      : { optional_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: 'Video Model Atlas: scan this page and open the panel' },
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: 'Open the Video Model Atlas panel',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'video-model-atlas@atlas.local',
              strict_min_version: '128.0',
              // Nothing from the pages a user reads leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
