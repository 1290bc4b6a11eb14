/** The little of fontkit (pdfkit's font engine) the PDF record and its tests use. */
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    numGlyphs: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number };
  }
  export function create(data: Buffer): Font;
}
