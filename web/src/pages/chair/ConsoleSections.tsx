/**
 * On a phone the console is one long column of panels; this strip, pinned to the top,
 * jumps to each one. It lists whatever panels the console shows now (they differ by body
 * and meeting format), named by their own headings, so it needs no list of its own.
 *
 * It scrolls instead of setting the URL fragment: the console's fragment carries the
 * President's key on first load, and a "#votes-heading" there would be read as one.
 */
import { useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { useI18n } from '../../i18n/index.js';

interface Section {
  id: string;
  label: string;
}

const PANELS = '.console-main > section[aria-labelledby], .console-side > section[aria-labelledby]';

function sectionsIn(root: ParentNode): Section[] {
  const out: Section[] = [];
  for (const panel of root.querySelectorAll<HTMLElement>(PANELS)) {
    const id = panel.getAttribute('aria-labelledby')!;
    const label = document.getElementById(id)?.textContent?.trim();
    if (label) out.push({ id, label });
  }
  return out;
}

const same = (a: Section[], b: Section[]) => a.length === b.length && a.every((s, i) => s.id === b[i]!.id && s.label === b[i]!.label);

export function ConsoleSections({ watch }: { watch: unknown }) {
  const { t } = useI18n();
  const nav = useRef<HTMLElement>(null);
  const [sections, setSections] = useState<Section[]>([]);

  // Re-read after every state change: panels appear (a vote opens) and headings change language.
  useLayoutEffect(() => {
    const root = nav.current?.parentElement;
    if (!root) return;
    const found = sectionsIn(root);
    setSections((old) => (same(old, found) ? old : found));
  }, [watch]);

  const jump = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    e.preventDefault();
    const heading = document.getElementById(id);
    if (!heading) return;
    heading.scrollIntoView({ block: 'start' });
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  };

  return (
    <nav className="console-sections" aria-label={t('chair.sections')} ref={nav}>
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`} onClick={(e) => jump(e, s.id)}>
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
