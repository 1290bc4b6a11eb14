/**
 * A UN document as data: what `council document render FILE.json` reads and what a live
 * session issues. Language-free where it can be (organs, sessions, years, dates, codes);
 * the words a delegation wrote (title, body, annexes) are kept as written.
 *
 * The layout it feeds follows the UN's own documents: the masthead names one organ or both
 * (a joint A/–S/ letter, spec R49), each with its symbol, distribution (spec R50), date and
 * original language; the Assembly's session and agenda items, the Council's year.
 */
import { z } from 'zod';

const Text = z.string().trim().min(1).max(4000);
const Line = z.string().trim().min(1).max(400);
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s, 'a real calendar date');

export const AgendaItemSchema = z.object({
  /** "68", or a sub-item such as "68 (c)". */
  number: z
    .string()
    .trim()
    .regex(/^\d{1,3}( \([a-z]\))?$/, 'an agenda item number such as "68" or "68 (c)"'),
  title: Line,
});

/** The document as one organ issues it. The Council's year and the Assembly's session come from the symbol's series. */
export const OrganIssueSchema = z.discriminatedUnion('organ', [
  z.object({
    organ: z.literal('general-assembly'),
    /** The regular session (69), or null for an emergency special session given in `sessionLabel`. */
    session: z.number().int().min(1).max(199),
    /** A Main Committee (1-6) for its drafts: "Third Committee". */
    committee: z.number().int().min(1).max(6).optional(),
    agendaItems: z.array(AgendaItemSchema).max(20).default([]),
    /** The symbol in this series; null when it is not known (printed as such, never guessed). */
    symbol: Line.nullable(),
  }),
  z.object({
    organ: z.literal('security-council'),
    /** The calendar year; the masthead prints the Council's year (1946 is the first). */
    year: z.number().int().min(1946).max(2200),
    symbol: Line.nullable(),
  }),
]);

export const SignatureSchema = z.object({
  /** "(Signed)" is printed before the name, as on the UN's issued text. */
  name: Line,
  titles: z.array(Line).max(6).default([]),
});

export const AnnexSchema = z.object({
  /** Printed under "Annex" (or "Annex I", "Annex II" when there are several). */
  heading: Line.optional(),
  title: Line.optional(),
  paragraphs: z.array(Text).min(1).max(400),
});

export const DocumentKindSchema = z.enum(['letter', 'note-verbale', 'draft-resolution', 'communique', 'report']);
export const DistributionSchema = z.enum(['general', 'limited', 'restricted']);

export const UnDocumentSchema = z
  .object({
    kind: DocumentKindSchema,
    organs: z.array(OrganIssueSchema).min(1).max(2),
    distribution: DistributionSchema.default('general'),
    /** The date of issue printed in the masthead. */
    date: IsoDate,
    /** "English": the language the text was submitted in. */
    original: Line.default('English'),
    /** "Letter dated 24 November 2014 from … addressed to the Secretary-General". */
    title: Line,
    /** A draft's sponsors as the UN lists them ("Albania, Andorra, …: draft resolution"). */
    sponsors: z.array(Line).max(200).default([]),
    paragraphs: z.array(Text).max(400).default([]),
    signature: SignatureSchema.optional(),
    annexes: z.array(AnnexSchema).max(20).default([]),
    /** Footnote when reissued for technical reasons (a symbol ending in `*`). */
    reissued: Line.optional(),
    /** Where the facts come from, and how sure they are (printed in the colophon, not the text). */
    sources: z.array(Line).max(20).default([]),
    certainty: z.enum(['confirmed', 'knowledge', 'uncertain']).default('confirmed'),
  })
  .superRefine((d, ctx) => {
    const organs = d.organs.map((o) => o.organ);
    if (new Set(organs).size !== organs.length) ctx.addIssue({ code: 'custom', path: ['organs'], message: 'each organ at most once' });
  });

export type AgendaItem = z.infer<typeof AgendaItemSchema>;
export type OrganIssue = z.infer<typeof OrganIssueSchema>;
export type UnDocument = z.infer<typeof UnDocumentSchema>;
export type UnDocumentInput = z.input<typeof UnDocumentSchema>;
