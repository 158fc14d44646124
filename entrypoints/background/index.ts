import { defineBackground } from 'wxt/utils/define-background';
import { registerAction } from './action';
import { registerPageMessages } from './page-messages';
import { registerSiteAccess } from './site-access';

export default defineBackground(() => {
  registerPageMessages();
  registerAction();
  registerSiteAccess();
});
