/** A private note to the chair, and the chair's answers: seen by this delegation and the chair only. */
import { useState, type FormEvent } from 'react';
import { NoteList } from '../../components/NoteList.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { useNotes } from '../../live/useNotes.js';
import type { SessionState } from '../../session/view.js';

export function NotesToChair({
  sessionId,
  token,
  state,
  notesSignal,
  commands,
}: {
  sessionId: string;
  token: string;
  state: SessionState;
  notesSignal: number;
  commands: Commands;
}) {
  const { t } = useI18n();
  const notes = useNotes(sessionId, token, notesSignal);
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void commands.send('send-note', { noteId: `note-${Date.now().toString(36)}`, text: text.trim() }).then((r) => r.ok && setText(''));
  };
  return (
    <section className="card" aria-labelledby="note-heading">
      <h2 id="note-heading">{t('notes.toChairHeading')}</h2>
      <p className="help">{t('notes.private')}</p>
      <NoteList notes={notes} state={state} />
      <form className="stack" onSubmit={submit}>
        <label htmlFor="note-text">{t('notes.text')}</label>
        <textarea id="note-text" value={text} onChange={(e) => setText(e.target.value)} required maxLength={2000} rows={2} />
        <button type="submit" disabled={commands.busy || state.phase === 'closed'}>
          {t('notes.send')}
        </button>
      </form>
    </section>
  );
}
