/**
 * The sub-commands, in the order `council help` lists them. Each entry holds what help needs
 * (name, summary, usage) and loads its implementation only when run: `council members` must
 * not pay for Fastify, pdfkit, pg or the GA analysis (issue 8: start-up within 2x `node -e 0`).
 */
import type { CommandSpec } from '../command.js';
import { BODIES } from '../../analysis/power/bodies.js';
import { ISSUE_KEYS } from '../../analysis/ga/issues.js';
import { SERIES } from '../../analysis/ga/series.js';

// The default event store (src/store/store-url.ts) and the server's log levels (src/server/logging.ts),
// as those modules name them (a test keeps them equal): importing them here would load zod, the
// store and Fastify on every start.
const DEFAULT_STORE_URL = 'sqlite:./council.sqlite';
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const commands: readonly CommandSpec[] = [
  {
    name: 'tour',
    summary: "a newcomer's tour: the DPRK human-rights item 2014-2024, each vote decided and explained",
    usage: "council tour [--json] [--details]   (--details: the rules, the engine's steps and the spec's cross-references)",
    load: async () => (await import('./tour.js')).tourCommand,
  },
  {
    name: 'decide',
    summary: 'decide one Security Council or General Assembly vote and explain the outcome',
    usage: [
      'Usage: council decide [--json] [--lang ar|en|es|fr|ru|zh] [--details] [FILE|-]   (no FILE or "-": read standard input)',
      'Input, one JSON object:',
      '  {"body":"security-council","date":"2017-12-11","matter":"procedural"|"non-procedural"|"icj-election",',
      '   "votes":{"USA":"yes","CHN":"no","EGY":"abstain"}, "chapter"?:"VI"|"VII"|"VIII"|"52(3)",',
      '   "dispute"?:{"parties":["..."]}, "options"?:{"treatP5AbsenceAsVeto":false,...}}   (members not listed are absent)',
      '  {"body":"general-assembly"|"ga-main-committee","majority":"simple"|"two-thirds"|"majority-of-membership",',
      '   "votes":{...}} or "tally":{"yes":93,"no":24,"abstain":58} instead of votes',
      '  --json  print {"outcome","reason","tally","required","vetoedBy","rules","explanation","warnings","trace","facts"}',
      "  --lang  the language of the explanation, rendered from the decision's structure (default en)",
      '          (with --json: adds "localized": {"lang","sentence","details","steps"})',
      "  --details  after the sentence: the rules applied and the engine's reasoning step by step",
    ].join('\n'),
    load: async () => (await import('./decide.js')).decideCommand,
  },
  {
    name: 'symbol',
    summary: 'parse a UN document symbol (S/RES/2623 (2022), A/C.3/69/L.28/Rev.1, A/69/623–S/2014/872 ...)',
    usage: [
      'Usage: council symbol SYMBOL [--json]',
      '  SYMBOL  e.g. "S/PV.7353 (Resumption 1)" (quote it, or pass the words separately)',
      '  --json  print the parsed symbol as JSON',
    ].join('\n'),
    load: async () => (await import('./symbol.js')).symbolCommand,
  },
  {
    name: 'members',
    summary: 'the members of the Security Council, the General Assembly or the Human Rights Council on a date',
    usage: [
      'Usage: council members --date YYYY-MM-DD [--body security-council|general-assembly|ga-main-committee|human-rights-council] [--json]',
      '  --date  the day: the Council from 1946-01-17 (complete to 2027-12-31, partly known after), the',
      '          Assembly from 1945-10-24, the Human Rights Council from 2006-06-19 (complete to 2026-12-31)',
      '  --body  which body (default: the Security Council)',
      '  --json  without --body, for a fully known Council: a JSON array {code, name, sortName, permanent, term, note?, source};',
      '          otherwise {body, date, seats, complete, unknownSeats, vacantSeats, members, suspended, notes}',
    ].join('\n'),
    load: async () => (await import('./members.js')).membersCommand,
  },
  {
    name: 'president',
    summary: 'the President of the Security Council in a month (1946-01 .. 2027-12)',
    usage: [
      'Usage: council president --month YYYY-MM [--json]',
      '  --month  the month, from 1946-01 to 2027-12',
      '  --json   print {month, code, name, computed, exception?, confirmed?, note?, source}',
    ].join('\n'),
    load: async () => (await import('./president.js')).presidentCommand,
  },
  {
    name: 'replay',
    summary: 'replay a meeting step by step (a historical fixture or a stored session)',
    usage: [
      'Usage: council replay <session-or-fixture-id> [--database URL] [--ballots] [--sources] [--json]',
      '  <id>        a fixture id (see council sessions) or a stored session id',
      `  --database  event store for stored sessions (default ${DEFAULT_STORE_URL})`,
      '  --ballots   also show each ballot as it was cast',
      '  --sources   cite the source of each step (fixtures)',
      '  --json      print {id, origin, entries:[{time?, kind, text, source?, vote?}]}',
    ].join('\n'),
    load: async () => (await import('./replay.js')).replayCommand,
  },
  {
    name: 'sessions',
    summary: 'list replayable historical meetings and stored sessions',
    usage: [
      'Usage: council sessions [--database URL] [--json]',
      `  --database  event store to list (default ${DEFAULT_STORE_URL}; nothing is created if it does not exist)`,
      '  --json      print {fixtures:[{id,date,title}], stored:[{sessionId,version,date,title,body,format,createdAt,updatedAt}]}',
    ].join('\n'),
    load: async () => (await import('./sessions.js')).sessionsCommand,
  },
  {
    name: 'meeting',
    summary: 'run a meeting through the engine against an event store (new, do, fixture)',
    usage: [
      'Usage: council meeting new --date YYYY-MM-DD --title TEXT [--format public|private|consultations|arria]',
      '                           [--body security-council|general-assembly|ga-third-committee] [--item TEXT]',
      '                           [--meeting-number N] [--president CODE] [--convener CODE ...] [--id ID] [--database URL] [--json]',
      "       council meeting do <session-id> '<command JSON>' | --file FILE | -   [--as chair|CODE] [--database URL] [--json]",
      '       council meeting fixture <fixture-id> [--database URL] [--json]',
      `  --database  event store (default ${DEFAULT_STORE_URL}; memory: keeps nothing)`,
      '  --as        the actor when the JSON names none: chair (default) or a delegation code such as USA',
      '  A command without "id" gets a fresh one; give your own id to make retries safe.',
    ].join('\n'),
    load: async () => (await import('./meeting.js')).meetingCommand,
  },
  {
    name: 'export',
    summary: 'a meeting record (S/PV style: md, html, pdf) or its votes (DHL-style csv, json)',
    usage: [
      'Usage: council export <session-or-fixture-id> --format md|html|pdf|csv|json [--lang LANG] [--out FILE] [--database URL]',
      '  md, html, pdf  the meeting record: S/PV verbatim record, Rule 55 communiqué (private), or an',
      '                 Arria summary marked as not an official record',
      '  csv            one row per member per vote: date, body, meeting, document, resolution, vote_id,',
      '                 question, outcome, ms_code, ms_name, ms_vote (Y/N/A, X = not participating or absent)',
      '  json           every vote with its tally, decision, explanation and ballots',
      '  --lang LANG    the record in ar, en, es, fr, ru or zh (default en); csv and json are language-free',
      '  --out FILE     write to FILE (required for pdf); otherwise print to standard output',
      `  --database     event store for stored sessions (default ${DEFAULT_STORE_URL})`,
    ].join('\n'),
    load: async () => (await import('./export.js')).exportCommand,
  },
  {
    name: 'document',
    summary: 'print a UN document (letter, draft resolution) in the UN layout: masthead, symbols, annexes',
    usage: [
      'Usage: council document render FILE.json|- --format html|pdf|json [--out FILE]',
      '       council document render --historical ID --format html|pdf|json [--out FILE]',
      '       council document list [--json]',
      '  FILE.json     organs (general-assembly: session, committee?, agendaItems, symbol; security-council:',
      '                year, symbol), distribution, date, original, kind, title, sponsors, paragraphs,',
      '                signature {name, titles}, annexes [{heading?, title?, paragraphs}], sources',
      '  --historical  a document council holds (council document list)',
      '  --format      html or pdf in the UN layout; json prints the layout (masthead lines, symbol)',
      '  --out FILE    write to FILE (required for pdf); otherwise print to standard output',
    ].join('\n'),
    load: async () => (await import('./document.js')).documentCommand,
  },
  {
    name: 'serve',
    summary: 'run the live-session server (API, WebSocket, web app)',
    usage: [
      'Usage: council serve [--port N] [--host H] [--database sqlite:FILE|postgres://...|memory:] [--public-url URL]',
      '                     [--log-level LEVEL] [--max-sockets-per-ip N] [--trust-proxy] [--json]',
      '  --port                port to listen on (default $PORT or 3000; 0 = any free port)',
      '  --host                interface (default $HOST or 127.0.0.1; 0.0.0.0 lets phones on your network join)',
      '  --database            event store (default $COUNCIL_DATABASE or sqlite:./council.sqlite); several servers may share one postgres://',
      "  --public-url          origin printed in QR codes, e.g. https://mun.example.org (default $COUNCIL_PUBLIC_URL or the request's)",
      `  --log-level           ${LOG_LEVELS.join('|')}: one JSON line per request on stderr (default $COUNCIL_LOG_LEVEL or info)`,
      '  --max-sockets-per-ip  live WebSockets one address may hold (default $COUNCIL_MAX_SOCKETS_PER_IP or 500)',
      '  --trust-proxy         behind a reverse proxy: client addresses from X-Forwarded-For (default $COUNCIL_TRUST_PROXY=1 or off)',
      '  --json                print {"url":...} as JSON instead of the banner',
      'A flag wins over its environment variable. Stops cleanly on Ctrl+C (SIGINT) or SIGTERM.',
    ].join('\n'),
    load: async () => (await import('./serve.js')).serveCommand,
  },
  {
    name: 'forecast',
    summary: 'forecast a Council or GA vote: per-member odds, pass probability, swing members',
    usage: `Usage: council forecast --date YYYY-MM-DD --requested-by USA,GBR,FRA [--opposed-by CHN,RUS]
                        [--subject PRK] [--series KEY] [--matter procedural|non-procedural]
                        [--ga-data DIR|FILE] [--json] [--quiet]
       council forecast --body general-assembly|ga-main-committee --resolution-series KEY
                        --date YYYY-MM-DD [--majority simple|two-thirds] [--ga-data DIR|FILE] [--json] [--quiet]
  Security Council (default): each member's P(yes/abstain/no) from a model fitted on the Council's
  procedural votes before --date (GA alignment towards each side, the member's own recent votes on the
  subject's GA series), the pass probability (a mixture over the case's shared swing of exact
  Poisson-binomials), the expected yes votes and whom to persuade.
  General Assembly: each Member's vote on a resolution series from its past votes there and its
  alignment, and the exact probability the text carries (simple or two-thirds majority of those
  present and voting). Series: ${SERIES.map((s) => s.key).join(', ')}`,
    load: async () => (await import('./forecast.js')).forecastCommand,
  },
  {
    name: 'backtest',
    summary: 'score the vote forecasts on past Council procedural votes and GA roll calls against baselines',
    usage: `Usage: council backtest [--body council|ga] [--ga-data DIR|FILE] [--json] [--quiet]
  council (default): forecasts every recorded Council procedural vote (src/data/procedural-votes)
  from GA data dated before it; coefficients, the abstain class and the temperature are fitted on
  the other Council votes (leave one case out; "model-rolling": earlier votes only). Baselines:
  all-yes, last-ga-vote (latest GA vote on the subject, by name), last-council-vote.
  ga: forecasts each state's vote on GA resolution series (DPRK, Myanmar, Iran, Syria, Crimea,
  Cuba) from earlier roll calls only, against "same as last year".
  Settings are frozen in src/analysis/council/settings.ts.`,
    load: async () => (await import('./backtest.js')).backtestCommand,
  },
  {
    name: 'align',
    summary: 'GA voting agreement between states and a 2-D map (JSON or SVG)',
    usage: `Usage: council align [--from YEAR] [--to YEAR] [--issue ISSUE] [--states USA,CHN,...]
                     [--pair USA,CHN] [--svg FILE] [--by-year] [--ga-data DIR] [--json] [--quiet]
  Agreement (identical votes / votes cast by both) and a 2-D classical-MDS map of GA voting,
  signed so the United States is on the positive side. Issues: ${ISSUE_KEYS.join(', ')}`,
    load: async () => (await import('./align.js')).alignCommand,
  },
  {
    name: 'power',
    summary: 'exact Shapley–Shubik and Banzhaf voting power (Council, GA, any weighted game)',
    usage: `Usage: council power [--body ${BODIES.join('|')}] [--game FILE|-] [--json]
  Exact voting-power indices as fractions (BigInt) with decimals:
    sc             Council, non-procedural, binary yes/not-yes model (9 of 15 incl. all 5 permanent)
    sc-1945        Council 1946–1965 (7 of 11 incl. all 5 permanent)
    sc-procedural  any 9 of 15
    ga             General Assembly, 193 equal members, simple majority
    sc-abstention  ternary yes/abstain/no model: a permanent abstention is not a veto
  --game FILE: {"quota":n,"players":[{"id":"A","weight":3},...]} (- reads stdin)`,
    load: async () => (await import('./power.js')).powerCommand,
  },
];
