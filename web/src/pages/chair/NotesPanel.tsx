/** Private notes with the delegations: read here only (the chair's token), never on the board or in the record. */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { useNotes } from '../../live/useNotes.js';
import { nameOf, type SessionState } from '../../session/view.js';
import { NoteList } from '../../components/NoteList.js';

export function NotesPanel({
  sessionId,
  token,
  state,
  notesSignal,
  commands,
}: {
  sessionId: string;
  token: string | null;
  state: SessionState;
  notesSignal: number;
  commands: Commands;
}) {
  const { t, stateName } = useI18n();
  const notes = useNotes(sessionId, token, notesSignal);
  const [to, setTo] = useState('');
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void commands.send('send-note', { noteId: `note-${Date.now().toString(36)}`, to, text: text.trim() }).then((r) => r.ok && setText(''));
  };
  return (
    <section className="card" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('notes.heading')}</h2>
      <p className="help">{t('notes.private')}</p>
      <NoteList notes={notes} state={state} />
      <form className="stack subform" onSubmit={submit}>
        <label htmlFor="note-to">{t('notes.to')}</label>
        <select id="note-to" value={to} onChange={(e) => setTo(e.target.value)} required>
          <option value="">—</option>
          {(state.session?.members ?? []).map((m) => (
            <option key={m.code} value={m.code}>
              {stateName(m.code, nameOf(state, m.code))}
            </option>
          ))}
        </select>
        <label htmlFor="note-text">{t('notes.text')}</label>
        <textarea id="note-text" value={text} onChange={(e) => setText(e.target.value)} required maxLength={2000} rows={2} />
        <button type="submit" disabled={commands.busy || !to}>
          {t('notes.send')}
        </button>
      </form>
    </section>
  );
}
