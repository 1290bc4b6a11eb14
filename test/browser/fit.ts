/**
 * Does a page fit its viewport? Measured in the page: no sideways scrolling of the
 * document, no visible text under 12 CSS px (SVG text at its rendered size), and every
 * control a finger can aim at at least 44 × 44 px (inline links in running text are
 * exempt, as in WCAG 2.5.5).
 */
import type { Page } from 'playwright-core';

export interface FitReport {
  viewport: number;
  scrollWidth: number;
  /** Visible text drawn under 12 px: "<tag.class> 10.5px 'text'". */
  smallText: string[];
  /** Controls smaller than 44 × 44 px: "<tag> 30×20 'label'". */
  smallTargets: string[];
}

export async function measureFit(page: Page): Promise<FitReport> {
  // A string, not a function: the test runner's transform would add helpers the page lacks.
  return page.evaluate(`(() => {
    const describe = (el) => \`\${el.tagName.toLowerCase()}\${el.classList.length ? '.' + [...el.classList].join('.') : ''}\`;
    const text = (el) => (el.textContent ?? '').trim().replace(/s+/g, ' ').slice(0, 40);
    const visible = (el) => {
      const rect = el.getBoundingClientRect();
      if (rect.width < 2 || rect.height < 2) return false; // includes the 1px screen-reader-only text
      for (let e = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return false;
        if (e.getAttribute('aria-hidden') === 'true' && e.tagName.toLowerCase() !== 'svg') continue;
      }
      return true;
    };
    const smallText = [];
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!own || !visible(el)) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGElement && el.ownerSVGElement) {
        const ctm = el.ownerSVGElement.getScreenCTM();
        if (ctm) size *= Math.hypot(ctm.a, ctm.b);
      }
      if (size < 11.95) smallText.push(\`\${describe(el)} \${size.toFixed(1)}px '\${text(el)}'\`);
    }
    const smallTargets = [];
    const targets = document.querySelectorAll(
      'button, select, summary, input:not([type=checkbox]):not([type=radio]):not([type=hidden]), label.check, nav a, a.button, .banner a',
    );
    for (const el of targets) {
      if (!visible(el)) continue;
      const rect = el.getBoundingClientRect();
      if (rect.height < 43.5 || rect.width < 43.5) {
        smallTargets.push(\`\${describe(el)} \${Math.round(rect.width)}×\${Math.round(rect.height)} '\${text(el) || el.getAttribute('aria-label') || ''}'\`);
      }
    }
    return { viewport: innerWidth, scrollWidth: document.documentElement.scrollWidth, smallText, smallTargets };
  })()`) as Promise<FitReport>;
}

export interface BoardLayout {
  scrollHeight: number;
  innerHeight: number;
  seatsBottom: number;
  outcomeBottom: number;
  /** For each element showing a tally such as "10-3-2": on how many lines it is drawn. */
  tallyLines: number[];
}

/** Where the board's seats and outcome end, and whether each tally stays on one line. */
export async function measureBoard(page: Page): Promise<BoardLayout> {
  return page.evaluate(`(() => {
    const rects = (selector) => [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
    const lines = (el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    const tallies = [...document.querySelectorAll('.tally-figures, .horseshoe-detail, .horseshoe-centre')].filter((e) => /\\d+-\\d+-\\d+/.test(e.textContent ?? ''));
    return {
      scrollHeight: document.documentElement.scrollHeight,
      innerHeight,
      seatsBottom: Math.max(...rects('.horseshoe .seat').map((r) => r.bottom)),
      outcomeBottom: Math.max(...rects('[data-testid="outcome"]').map((r) => r.bottom)),
      tallyLines: tallies.map(lines),
    };
  })()`) as Promise<BoardLayout>;
}
