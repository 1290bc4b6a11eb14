/** Join a meeting with the code the President handed out (or scan its QR code instead). */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/index.js';
import { navigate } from '../../router.js';

export function JoinForm() {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = code.replace(/[\s-]/g, '').toUpperCase();
    if (clean) navigate(`/join/${encodeURIComponent(clean)}`);
  };
  return (
    <section className="card" aria-labelledby="join-heading">
      <h2 id="join-heading">{t('home.joinHeading')}</h2>
      <form onSubmit={submit} className="stack">
        <label htmlFor="join-code">{t('home.joinCode')}</label>
        <input
          id="join-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby="join-help"
          required
        />
        <p id="join-help" className="help">
          {t('home.joinHelp')}
        </p>
        <button type="submit">{t('home.joinButton')}</button>
      </form>
    </section>
  );
}
