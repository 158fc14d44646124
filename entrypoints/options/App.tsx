import { NotesBackup } from './NotesBackup';
import { ReadingSettings } from './ReadingSettings';
import { SiteSettings } from './SiteSettings';

export function App() {
  return (
    <main className="options">
      <h1>Video Model Atlas</h1>
      <ReadingSettings />
      <SiteSettings />
      <NotesBackup />
    </main>
  );
}
