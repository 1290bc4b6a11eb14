import type { TraceMessages } from './en.js';

/** العربية: استدلال المحرّك خطوة خطوة. */
export const ar: TraceMessages = {
  'sc.ballots':
    '{seats} مقعدًا، لكل عضو صوت واحد: المؤيدون {yes}، والمعارضون {no}، والممتنعون {abstain}{nonParticipation, plural, =0 {} other {، وغير المشاركين في التصويت #}}{absent, plural, =0 {} other {، والغائبون #}}.',
  'sc.required': 'يحتاج مجلس من {seats} عضوًا إلى {required} من الأصوات الإيجابية.',
  'sc.absoluteMajority': 'الأغلبية المطلقة لمجلس من {seats} عضوًا هي {required}.',
  'sc.obliged':
    'على {names}، بصفته طرفًا في النزاع، أن يمتنع عن التصويت{mode, select, strict {، ولا يجوز له استخدام حق النقض} other { (للتسجيل فقط: تُحتسب الأصوات كما أُدلي بها)}}.',
  'sc.count': 'الأصوات الإيجابية المُدلى بها {yes}، والمطلوب {required}: {met, select, yes {بلغ العدد المطلوب} other {ينقص {short}}}.',
  'sc.procedural.noVeto':
    '{count, plural, =0 {لا ينطبق حق النقض على المسائل الإجرائية.} other {لا نقض في مسألة إجرائية: يُحتسب تصويت {names} ضد المشروع صوتًا معارضًا فحسب.}}',
  'sc.veto': 'نقض (فيتو): {how, select, votedAgainst {تصويت {names} ضد المشروع} other {عدم إدلاء {names} بصوت إيجابي}}.',
  'sc.vetoNotReached': 'لا يُنظر في النقض: لم يحصل المشروع على الأصوات الإيجابية اللازمة.',
  'sc.noPermanentAgainst':
    '{count, plural, =0 {لم يصوّت أي عضو دائم ضد المشروع.} other {لم يصوّت أي عضو دائم ضد المشروع؛ ولم يصوّت {names} مؤيدًا، وذلك لا يُعدّ نقضًا.}}',
  'ga.presentAndVoting': 'الحاضرون المصوتون = المؤيدون + المعارضون = {pv}؛ ولا يُحتسب الممتنعون ({abstain}).',
  'ga.tie': 'تعادلت الأصوات، فيُرفض المقترح.',
  'ga.simple':
    'الأغلبية البسيطة من {pv} من الأعضاء الحاضرين المصوتين هي {required}؛ والأصوات المؤيدة {yes}: {met, select, yes {وهي كافية} other {وهي غير كافية}}.',
  'ga.twoThirds':
    'ثلثا {pv} من الأعضاء الحاضرين المصوتين هما {required} (3 × {yes} = {yes3} {met, select, yes {≥} other {<}} 2 × {pv} = {pv2}).',
  'ga.membership':
    'أغلبية مجموع الأعضاء البالغ {membership} هي {required}، أيًا كان عدد الحاضرين؛ والأصوات المؤيدة {yes}: {met, select, yes {وهي كافية} other {وهي غير كافية}}.',
  'mun.caucusMajority':
    'الأغلبية البسيطة من {present} من الأعضاء الحاضرين هي {required}؛ والأصوات المؤيدة {yes}: {met, select, yes {وهي كافية} other {وهي غير كافية}}.',
  'cite.practiceMun': 'ممارسة نماذج الأمم المتحدة',
  'cite.charter1945': 'المادة {article} من الميثاق (نص عام 1945)',
  'cite.charterProviso': 'الفقرة {paragraph} من المادة {article} من الميثاق، الحكم الاستثنائي',
  'cite.gaRes': 'الفقرة {para} من قرار الجمعية العامة {res}',
  'trace.heading': 'خطوة خطوة:',
  'trace.step': '{rule} ({spec}): {text}',
  'warnings.heading': 'تحذيرات',
  'warnings.line': 'تحذير: {message}',
  // The engine's warnings, by their code (src/rules RuleWarning).
  'warning.seat-count-date-mismatch': 'مجلس من {seats} عضوا في {date}؛ تتبع العتبات عدد المقاعد',
  'warning.chapter-unspecified': 'ذُكر نزاع دون تحديد الفصل؛ لم يُطبَّق واجب الامتناع عن التصويت (المادة 27، الفقرة 3)',
  'warning.obligatory-abstention-violation':
    'يجب على {names}، بوصف{count, plural, one {ها طرفا} other {ها أطرافا}} في النزاع، الامتناع عن التصويت في قرار يُتخذ بموجب {chapter, select, VI {الفصل السادس} other {الفقرة 3 من المادة 52}}؛ احتُسبت الأصوات كما أُدلي بها (وضع التسجيل فقط)',
  'warning.art19-no-vote':
    'ليس لـ{names} صوت بموجب المادة 19 من الميثاق (المتأخرات)؛ لا يُحتسب {ballot, select, yes {تصويتها مؤيدة} no {تصويتها معارضة} other {امتناعها عن التصويت}}',
  'warning.committee-simple-majority':
    'تبت اللجنة الرئيسية بأغلبية بسيطة؛ لا ينطبق شرط {majority, select, twoThirds {أغلبية الثلثين} other {الأغلبية الخاصة}} إلا في الجلسات العامة',
};
