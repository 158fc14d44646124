import { defineBackground } from 'wxt/utils/define-background';
import { registerAction } from './action';
import { registerCardService } from './card-service';
import { registerCommands } from './commands';
import { registerContextMenus } from './context-menus';
import { registerKbSeeding } from './kb-seeding';
import { registerMatcherService } from './matcher-service';
import { registerNotesService } from './notes-service';
import { registerPageMessages } from './page-messages';
import { registerScanTab } from './scan-tab';
import { registerSiteAccess } from './site-access';

export default defineBackground(() => {
  registerPageMessages();
  registerMatcherService();
  registerCardService();
  registerKbSeeding();
  registerNotesService();
  registerAction();
  registerSiteAccess();
  registerScanTab();
  registerContextMenus();
  registerCommands();
});
