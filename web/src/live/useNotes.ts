/** The notes this token may read, fetched again whenever the stream announces a restricted event. */
import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { Note } from '../api/types.js';

export function useNotes(sessionId: string, token: string | null, restricted: number): Note[] {
  const [notes, setNotes] = useState<Note[]>([]);
  useEffect(() => {
    if (!token) return;
    let live = true;
    void api.notes(sessionId, token).then((r) => live && r.ok && setNotes(r.value.notes));
    return () => {
      live = false;
    };
  }, [sessionId, token, restricted]);
  return notes;
}
