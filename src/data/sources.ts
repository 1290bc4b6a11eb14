/**
 * Citations used across the data modules, so every record can name its source in the
 * same words. "stored copy" means the text was read during research (search tool);
 * the rest are the documents a record rests on.
 */
export const SOURCES = {
  memberStates:
    'UN, "Member States" (un.org/en/about-us/member-states): names and admission dates; regional groups per UN DGACM "Regional groups of Member States"',
  observers: 'UN, "Non-member States" (un.org/en/about-us/non-member-states)',
  ussrSeat: 'Letter of the President of the Russian Federation to the Secretary-General, 24 Dec 1991; UN Juridical Yearbook 1991',
  chinaSeat: 'GA res 2758 (XXVI), 25 Oct 1971',
  electedMembers:
    'UN Security Council, "Countries Elected Members" (un.org/securitycouncil/content/countries-elected-members), stored copy of 22 Jan 2019 in github.com/EvaMaeRey/security.council.membership data-raw/raw_data/sc_members_elected_2019-01-22.txt',
  enlargement1966: 'GA res 1991 A (XVIII), in force 31 Aug 1965: Charter Art. 23(2) as amended (two of the four new seats for one year)',
  elections: 'UN press releases on GA elections of non-permanent members (GA/...), one per year',
  ddr: 'Repertoire of the Practice of the Security Council, 1981–84 supplement (paperzz copy): the German Democratic Republic among the members speaking at the 2314th meeting (Dec 1981); GA election of 1979',
  saudiDeclined: 'A/68/599 (Saudi Arabia declined its seat, 2013); GA elected Jordan on 6 Dec 2013',
  rule18: 'Provisional Rules of Procedure of the Security Council (S/96/Rev.7), Rule 18',
  res14:
    'SC res 14 (1946) of 16 Dec 1946 (stored copy: unscr.com/en/resolutions/14): Rule 18 suspended so the United States stays President 17–31 Dec 1946',
  firstMeeting:
    'S/PV.1 (17 Jan 1946, Church House, London), stored copy on en.wikisource.org; International Organization 1(1) 1947 summary (Makin, Australia, first President)',
  time1950:
    'TIME, Aug 1950 ("The Return"; Malik\'s letter: "I am assuming the presidency of the Security Council in August"; Tsiang of China in the chair in January 1950) and TIME, 11 Sep 1950 (Jebb of the UK takes the presidency for September); Hindustan Times archive, 29 Jul 1950',
  spv1381: 'S/PV.1381 (20 Nov 1967), stored copy on unispal.un.org: President Mr. Kante (Mali)',
  spv1717: 'S/PV.1717 (6 Jun 1973, docslib.org) and S/PV.1725 (14 Jun 1973): President Mr. Malik (USSR)',
  cable1989:
    'US Mission cable 89USUNNEWYORK3978 of 20 Dec 1989 (wikileaks.org/plusd; scoop.co.nz WL8912/S00012): "SC President (Colombia)" Peñalosa',
  spv2923: 'S/PV.2923 (25 May 1990, Geneva), stored copy on un.org/unispal: President Mr. Törnudd (Finland)',
  spv2932: 'S/PV.2932 (2 Aug 1990), stored copy on en.wikisource.org: President Mr. Munteanu (Romania); thanks Malaysia for July 1990',
  spv2970: 'S/PV.2970 (19 Dec 1990) and the 8 Dec 1990 record, stored copies on unispal.un.org: President Mr. Al-Ashtal (Yemen)',
  sc6391: 'UN press release SC/6391 (30 Jun 1997): Sweden succeeds the Russian Federation as President for July',
  gpf1998: 'Global Policy Forum, "The Russian Federation\'s Presidency, July 1998" (assessment of the Council\'s work)',
  gpf2000: 'Global Policy Forum, "The United States\' Presidency, January 2000"; UNIS press release SC/1259 (31 Aug 2000)',
  spv4552: 'S/PV.4552 (13 Jun 2002), stored copy on unispal.un.org: President Mr. Wehbe (Syrian Arab Republic)',
  unNews2004: 'UN News (French), Nov 2004: "son Président pour le mois de novembre, l\'ambassadeur des Etats-Unis, John Danforth"',
  unNews2005:
    'UN News, Dec 2005: Council statement read by Ambassador Jones Parry, United Kingdom, "which holds the rotating presidency for December"',
  press2010: 'press.un.org listing: Ambassador Zhang Yesui of China "whose country holds the body\'s presidency for January" 2010',
  xinhua2015: 'Xinhua, 2 Jul 2015: New Zealand takes over from Malaysia (June) for July 2015',
  ivorian2018:
    "sourceinfo.ci and news.abidjan.net (Nov 2018): UK in August, US in September, Bolivia in October, China in November, Côte d'Ivoire in December 2018",
  table2023: 'spec T23 [V: the UN 2023 presidency table]; pscmcqs.com table of the 2023 presidencies',
  un2024:
    'UN Security Council website (main.un.org/securitycouncil, stored copy of Aug 2024): "Security Council Presidency of 2024" (France … United States); the same page: first woman President Jeanne Martin Cissé (Guinea), November 1972; agrees with Prensa Latina (2 May 2024, Mozambique after Malta) and MENAFN (1 Dec 2024, US after UK)',
  pti2021:
    'PTI (newindianexpress.com, business-standard.com, 19 Jun 2020), citing the office of the UN Spokesperson: 2021 presidencies Tunisia … Niger',
  list2025: 'bungopos.com, 2 Jan 2025, citing the UN list of 2025 presidencies (Algeria Jan … Slovenia Dec)',
  somalia2026:
    'somalitimes.co.uk and report.az (Jan 2026): Somalia succeeds Slovenia for January 2026; UK to follow in February (thetexasgazette.com)',
  specR5: 'spec R5 [V: the UN 2015 presidency table]',
  specR6: 'spec R6/T22–T24 [V]',
  pressDprk2014: 'UN press release SC/11720 (22 Dec 2014); S/PV.7353',
  gaDataset:
    'Voeten, Strezhnev & Bailey, "United Nations General Assembly Voting Data", Harvard Dataverse hdl:1902.1/12379 (CC0), /work/shared/data/unga-votes',
} as const;
