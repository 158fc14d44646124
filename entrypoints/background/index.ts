import { defineBackground } from 'wxt/utils/define-background';
import { registerAction } from './action';
import { registerCardService } from './card-service';
import { registerKbSeeding } from './kb-seeding';
import { registerMatcherService } from './matcher-service';
import { registerPageMessages } from './page-messages';
import { registerScanTab } from './scan-tab';
import { registerSiteAccess } from './site-access';

export default defineBackground(() => {
  registerPageMessages();
  registerMatcherService();
  registerCardService();
  registerKbSeeding();
  registerAction();
  registerSiteAccess();
  registerScanTab();
});
