/** UN documents: the schema, the layout, HTML, and the historical ones (PDF: ./pdf.js, which loads pdfkit). */
export * from '../../protocol/document.js';
export * from './layout.js';
export { documentToHtml } from './html.js';
export { historicalDocuments } from './fixtures/index.js';
export { sessionDocument } from './from-session.js';
