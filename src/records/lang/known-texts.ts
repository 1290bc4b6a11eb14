/**
 * Standard texts that arrive in English from the data (agenda items, standard questions),
 * as the UN words them in each language. Source: the Council's agenda item as listed in
 * its reports and S/PV records in each language (UN usage; certainty: knowledge).
 */
import type { Language } from '../explain/index.js';

const KNOWN: Readonly<Record<string, Readonly<Record<Exclude<Language, 'en'>, string>>>> = {
  "The situation in the Democratic People's Republic of Korea": {
    fr: 'La situation en République populaire démocratique de Corée',
    es: 'La situación en la República Popular Democrática de Corea',
    ru: 'Положение в Корейской Народно-Демократической Республике',
    zh: '朝鲜民主主义人民共和国局势',
    ar: 'الحالة في جمهورية كوريا الشعبية الديمقراطية',
  },
  'The situation in the Middle East, including the Palestinian question': {
    fr: 'La situation au Moyen-Orient, y compris la question palestinienne',
    es: 'La situación en Oriente Medio, incluida la cuestión de Palestina',
    ru: 'Положение на Ближнем Востоке, включая палестинский вопрос',
    zh: '中东局势，包括巴勒斯坦问题',
    ar: 'الحالة في الشرق الأوسط، بما في ذلك القضية الفلسطينية',
  },
  'Adoption of the provisional agenda': {
    fr: 'Adoption de l’ordre du jour provisoire',
    es: 'Aprobación del orden del día provisional',
    ru: 'Утверждение предварительной повестки дня',
    zh: '通过临时议程',
    ar: 'إقرار جدول الأعمال المؤقت',
  },
  'Adoption of the agenda': {
    fr: 'Adoption de l’ordre du jour',
    es: 'Aprobación del orden del día',
    ru: 'Утверждение повестки дня',
    zh: '通过议程',
    ar: 'إقرار جدول الأعمال',
  },
  'Promotion and protection of human rights': {
    fr: 'Promotion et protection des droits de l’homme',
    es: 'Promoción y protección de los derechos humanos',
    ru: 'Поощрение и защита прав человека',
    zh: '促进和保护人权',
    ar: 'تعزيز حقوق الإنسان وحمايتها',
  },
};

// Phrases of the historical meetings' own titles ("…: agenda vote, 2017-12-11 (S/PV.8130)").
const PHRASES: Readonly<Record<string, Readonly<Record<Exclude<Language, 'en'>, string>>>> = {
  ': agenda vote': {
    fr: ' : vote sur l’ordre du jour',
    es: ': votación sobre el orden del día',
    ru: ': голосование по повестке дня',
    zh: '：议程表决',
    ar: ': التصويت على جدول الأعمال',
  },
  ': request withdrawn': {
    fr: ' : demande retirée',
    es: ': solicitud retirada',
    ru: ': просьба отозвана',
    zh: '：请求已撤回',
    ar: ': سُحب الطلب',
  },
  ': open briefing': {
    fr: ' : séance d’information publique',
    es: ': sesión informativa pública',
    ru: ': открытый брифинг',
    zh: '：公开通报会',
    ar: ': إحاطة علنية',
  },
};

/** A known English text in `lang`; a text that starts with a known one has that part translated; others as written. */
export function knownText(text: string, lang: Language): string {
  if (lang === 'en') return text;
  const exact = KNOWN[text]?.[lang];
  if (exact) return exact;
  let out = text;
  for (const [english, translations] of Object.entries(KNOWN)) {
    if (out.startsWith(english)) {
      out = translations[lang] + out.slice(english.length);
      break;
    }
  }
  for (const [english, translations] of Object.entries(PHRASES)) out = out.replace(english, translations[lang]);
  return out;
}
