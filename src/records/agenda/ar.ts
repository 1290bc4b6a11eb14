import type { AgendaMessages } from './en.js';

/** العربية: العناوين الرسمية للأمم المتحدة حيثما وُجدت؛ وما عداها من صياغة council. */
export const ar: AgendaMessages = {
  'item.adoptionOfAgenda': 'إقرار جدول الأعمال',
  'item.adoptionOfProvisionalAgenda': 'إقرار جدول الأعمال المؤقت',
  'item.dprk': 'الحالة في جمهورية كوريا الشعبية الديمقراطية',
  'item.middleEast': 'الحالة في الشرق الأوسط، بما في ذلك القضية الفلسطينية',
  'item.humanRights': 'تعزيز حقوق الإنسان وحمايتها',
  'text.dprkHumanRights': 'حالة حقوق الإنسان في جمهورية كوريا الشعبية الديمقراطية',
  'text.iccAmendment': 'تعديل يحذف الفقرات المتعلقة بالإحالة إلى المحكمة الجنائية الدولية',
  'arria.dprk': 'اجتماع بصيغة آريا بشأن حالة حقوق الإنسان في جمهورية كوريا الشعبية الديمقراطية',
  'title.highCommissioner': 'مفوض الأمم المتحدة السامي لحقوق الإنسان',
  'title.specialRapporteurDprk': 'المقرر الخاص المعني بحالة حقوق الإنسان في جمهورية كوريا الشعبية الديمقراطية',
  'title.asgHumanRights': 'الأمين العام المساعد لحقوق الإنسان',
  'title.asgPoliticalAffairs': 'الأمين العام المساعد للشؤون السياسية',
  'meeting.agendaVote': '{item}: التصويت على جدول الأعمال، {date}{hasSymbol, select, yes { ({symbol})} other {}}',
  'meeting.requestWithdrawn': '{item}: سُحب الطلب، {month}',
  'meeting.openBriefing': '{item}: إحاطة علنية، {date}',
  'meeting.arriaDprk': 'اجتماع بصيغة آريا بشأن حقوق الإنسان في جمهورية كوريا الشعبية الديمقراطية، {date} (مُنع البث الشبكي)',
  'meeting.thirdCommitteeDprk':
    'اللجنة الثالثة، {date}: مشروع القرار المتعلق بحقوق الإنسان في جمهورية كوريا الشعبية الديمقراطية والتعديل الكوبي',
  'meeting.plenaryResolution': 'الجمعية العامة، جلسة عامة، {date}: القرار {resolution}',
  'meeting.hrcResolutionDprk': 'مجلس حقوق الإنسان، {date}: القرار {resolution} بشأن جمهورية كوريا الشعبية الديمقراطية',
  'session.thirdCommittee': 'اللجنة الثالثة: {item}',
  'session.hrc': 'مجلس حقوق الإنسان، الدورة {n}: {item}',
  'draft.recommended': '{item} (أوصت به اللجنة الثالثة)',
  'question.draftTitled': 'مشروع قرار: {item}',
  'question.draftSymbol': 'مشروع القرار {symbol}',
  'question.amendment': 'التعديل {symbol} ({name})',
};
