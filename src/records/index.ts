/**
 * `council/records`: UN document symbols (parse, build, the texts known under several
 * symbols), the newcomer's tour, and meeting records as Markdown or HTML. The PDF renderer
 * (pdfkit) is not here: importing the records loads no PDF code.
 */
export * from './symbols/index.js';
export { buildTour, renderTour, type TourStep } from './tour.js';
export { meetingRecord, type MeetingRecord } from './meeting-record.js';
export { toMarkdown } from './markdown.js';
export { toHtml } from './html.js';
export { exportVotes, votesToCsv } from './votes-export.js';
