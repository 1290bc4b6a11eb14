/** A private exchange of notes, oldest first. */
import type { Note } from '../api/types.js';
import { useI18n } from '../i18n/index.js';
import { nameOf, type SessionState } from '../session/view.js';

export function NoteList({ notes, state }: { notes: Note[]; state: SessionState }) {
  const { t, stateName } = useI18n();
  if (notes.length === 0) return <p className="help">{t('notes.none')}</p>;
  const who = (id: string) => (id === 'chair' ? t('notes.chair') : stateName(id, nameOf(state, id)));
  return (
    <ul className="plain notes" data-testid="notes">
      {notes.map((n) => (
        <li key={n.noteId} className="note">
          <span className="note-from">{t('notes.fromTo', { from: who(n.from), to: who(n.to) })}</span> {n.text}
        </li>
      ))}
    </ul>
  );
}
