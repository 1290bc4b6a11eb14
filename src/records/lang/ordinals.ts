/**
 * A meeting record's year or session spelled out as each language's S/PV and A/ records print it:
 * "Soixante-douzième année", "Septuagésimo segundo año", "Семьдесят второй год", "第七十二年",
 * "السنة الثانية والسبعون", "Seventy-second year". The words come from n2words (MIT); the fixes below are where its
 * output is not the UN's: Spanish writes 11-19 as one word ("undécimo", "duodécimo", "decimotercer") and drops the -o of primero/tercero before a masculine noun
 * ("trigésimo primer período de sesiones"), French and Russian ordinals agree with a feminine
 * noun (année/session: "première"; сессия: "вторая"), Chinese writes 十 for ten, and Arabic compound
 * ordinals are ordinal unit + "و" + tens ("الثانية والسبعون"), where n2words gives cardinals.
 * Certainty: knowledge (UN usage; the mastheads were not checked against scans of each record).
 */
import { toOrdinal as arOrdinal } from 'n2words/ar-SA';
import { toOrdinal as enOrdinal } from 'n2words/en-GB';
import { toOrdinal as esOrdinal } from 'n2words/es-ES';
import { toOrdinal as frOrdinal } from 'n2words/fr-FR';
import { toOrdinal as ruOrdinal } from 'n2words/ru-RU';
import { toOrdinal as zhOrdinal } from 'n2words/zh-Hans-CN';
import type { Language } from '../explain/index.js';

/** What is counted: the Council's year (masculine in es/ru, feminine in fr/ar) or the Assembly's session. */
export type Counted = 'year' | 'session';

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

// Spanish 11-19 as one word, the UN's forms ("undécimo período de sesiones", "duodécimo", "decimotercer"), where
// n2words writes two ("décimo primer"); 13 drops its -o before the noun like tercer.
const SPANISH_TEENS = [
  'undécimo',
  'duodécimo',
  'decimotercer',
  'decimocuarto',
  'decimoquinto',
  'decimosexto',
  'decimoséptimo',
  'decimoctavo',
  'decimonoveno',
] as const;

// Russian: the feminine of the last word (второй → вторая, первый → первая, третий → третья).
const ruFeminine = (words: string) => words.replace(/(\S+)$/u, (w) => (w === 'третий' ? 'третья' : w.replace(/(ый|ой|ий)$/u, 'ая')));

// Arabic: the feminine ordinal agreeing with السنة / الدورة.
function arabic(n: number): string {
  if (n <= 10 || n % 10 === 0) return arOrdinal(n, { gender: 'feminine' });
  const unit = n % 10;
  const tens = n - unit;
  if (n < 20) return `${unit === 1 ? 'الحادية' : arOrdinal(unit, { gender: 'feminine' })} عشرة`;
  if (n < 100) return `${unit === 1 ? 'الحادية' : arOrdinal(unit, { gender: 'feminine' })} و${arOrdinal(tens, { gender: 'feminine' })}`;
  return String(n);
}

/** The ordinal word for `n` (1 and up) as it stands before (or, in Arabic, after) the counted noun. */
export function countedOrdinal(n: number, lang: Language, counted: Counted): string {
  if (!Number.isInteger(n) || n < 1) return String(n);
  switch (lang) {
    case 'fr':
      return capitalise(n === 1 ? 'première' : frOrdinal(n));
    case 'es':
      return capitalise(n > 10 && n < 20 ? SPANISH_TEENS[n - 11]! : esOrdinal(n).replace(/\b(prim|terc)ero$/u, '$1er'));
    case 'ru':
      return capitalise(counted === 'session' ? ruFeminine(ruOrdinal(n)) : ruOrdinal(n));
    case 'zh':
      // 第七十二年, 第十届会议: the number without 第 (the catalogue writes it), ten as 十.
      return zhOrdinal(n, { formal: false }).replace(/^第/u, '').replace(/^一十/u, '十');
    case 'ar':
      return arabic(n);
    default:
      return capitalise(enOrdinal(n));
  }
}
