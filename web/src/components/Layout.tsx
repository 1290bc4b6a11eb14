/** The page frame: skip link, banner with navigation and language switch, one main landmark. */
import { useEffect, type ReactNode } from 'react';
import { languages, catalogues, useI18n } from '../i18n/index.js';
import { Link } from './Link.js';

interface Props {
  title: string;
  children: ReactNode;
  /** The projector board hides the navigation. */
  bare?: boolean;
  status?: ReactNode;
}

export function Layout({ title, children, bare = false, status }: Props) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <div className={bare ? 'frame frame-bare' : 'frame'}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="banner">
        <Link href="/" className="brand">
          {t('app.name')}
        </Link>
        {bare ? null : (
          <nav aria-label={t('nav.label')}>
            <ul>
              <li>
                <Link href="/">{t('nav.home')}</Link>
              </li>
              <li>
                <Link href="/history">{t('nav.history')}</Link>
              </li>
              <li>
                <Link href="/analysis">{t('nav.analysis')}</Link>
              </li>
            </ul>
          </nav>
        )}
        <div className="banner-end">
          {status}
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <h1 className={bare ? 'sr-only' : undefined}>{title}</h1>
        {children}
      </main>
    </div>
  );
}

function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <label className="lang-switch">
      <span className="sr-only">{t('nav.language')}</span>
      <select value={lang} onChange={(e) => setLang(e.target.value)} data-testid="language">
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {catalogues[code]?.['language.name'] ?? code}
          </option>
        ))}
      </select>
    </label>
  );
}
