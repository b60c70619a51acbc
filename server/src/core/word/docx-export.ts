import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphStyleOptions,
} from "docx";
import type { ExportSettings } from "../config/export-settings.js";
import type { WordParagraph, WordPlan } from "./export-plan.js";

type PageSize = NonNullable<ExportSettings["pageSize"]>;

/** Times New Roman 12 on A4 unless `"export"` in the configuration says otherwise. */
export const DEFAULT_EXPORT_SETTINGS: Required<ExportSettings> = { font: "Times New Roman", size: 12, pageSize: "A4" };

/** Paragraph styles of the exported file; the import knows its own title block by the style's name, which other writers keep. */
const TITLE_STYLE = "UprTitleBlock";
export const TITLE_STYLE_NAME = "UPR Title Block";
const PARAGRAPH_STYLE = "UprNumberedParagraph";
const ITEM_STYLE = "UprRecommendation";
const QUOTE_STYLE = "Quote";
const BULLETS = "upr-bullets";

/** Page sizes in twentieths of a point. */
const PAGES: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};
/** Where the text after a paragraph number or a letter starts: 1 cm. */
const HANGING = 567;

/** Custom document properties that carry the front matter a Word file has no field for. */
export const PROPERTY = { state: "UPR State", cycle: "UPR Cycle", session: "UPR Session", submission: "UPR Submission", language: "Language" } as const;

/** Writes the plan as a .docx file. */
export async function writeDocx(plan: WordPlan, settings: ExportSettings = {}): Promise<Uint8Array> {
  const style = { ...DEFAULT_EXPORT_SETTINGS, ...settings };
  const { metadata } = plan;
  const halfPoints = Math.round(style.size * 2);
  const properties: [string, string | number | undefined][] = [
    [PROPERTY.state, metadata.state],
    [PROPERTY.cycle, metadata.cycle],
    [PROPERTY.session, metadata.session],
    [PROPERTY.submission, metadata.submission],
    [PROPERTY.language, metadata.language],
  ];
  const customProperties = properties.filter(([, value]) => value !== undefined).map(([name, value]) => ({ name, value: String(value) }));
  const document = new Document({
    title: plan.title,
    creator: metadata.organisations.join("; "),
    subject: "Stakeholder submission to the Universal Periodic Review",
    customProperties,
    styles: {
      default: {
        document: {
          run: { font: style.font, size: halfPoints, ...(metadata.language ? { language: { value: metadata.language } } : {}) },
          paragraph: { spacing: { after: 200 } },
        },
        heading1: { run: { font: style.font, size: halfPoints + 4, bold: true, color: "000000" }, paragraph: { spacing: { before: 240, after: 200 }, keepNext: true } },
        heading2: { run: { font: style.font, size: halfPoints, bold: true, color: "000000" }, paragraph: { spacing: { before: 200, after: 200 }, keepNext: true } },
        footnoteText: { run: { font: style.font, size: Math.max(16, halfPoints - 4) } },
      },
      paragraphStyles: paragraphStyles(style.font, halfPoints),
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [{ level: 0, format: LevelFormat.BULLET, text: "\u2013", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 2 * HANGING, hanging: HANGING } } } }],
        },
      ],
    },
    footnotes: Object.fromEntries(plan.footnotes.map((text, index) => [footnoteId(index + 1), { children: [new Paragraph({ style: "FootnoteText", children: [new TextRun(` ${text}`)] })] }])),
    sections: [
      {
        properties: { page: { size: PAGES[style.pageSize], margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
        children: plan.paragraphs.map(paragraph),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/**
 * The id of the nth footnote. Word numbers footnotes by their order, whatever their ids, but
 * LibreOffice 7.4 mixes up the texts of footnotes whose ids start at 1 (it takes ids 0 and 1 for the
 * separators), so they start at 2, after the separators, as in the files Word writes.
 */
function footnoteId(number: number): number {
  return number + 1;
}

function paragraphStyles(font: string, halfPoints: number): IParagraphStyleOptions[] {
  // The hanging indent is where Word and LibreOffice stop the tab after a number or a letter.
  const hanging = { indent: { left: HANGING, hanging: HANGING } };
  return [
    { id: TITLE_STYLE, name: TITLE_STYLE_NAME, basedOn: "Normal", run: { font, size: halfPoints, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 60 } } },
    { id: PARAGRAPH_STYLE, name: "UPR Numbered Paragraph", basedOn: "Normal", paragraph: { ...hanging, alignment: AlignmentType.JUSTIFIED } },
    { id: ITEM_STYLE, name: "UPR Recommendation", basedOn: "Normal", paragraph: { indent: { left: 2 * HANGING, hanging: HANGING } } },
    { id: QUOTE_STYLE, name: "Quote", basedOn: "Normal", paragraph: { indent: { left: 2 * HANGING, right: HANGING }, alignment: AlignmentType.JUSTIFIED } },
  ];
}

function paragraph(source: WordParagraph): Paragraph {
  const children = [
    ...(source.label ? [new TextRun(source.label), new TextRun({ children: ["\t"] })] : []),
    ...source.inlines.map((inline) => ("text" in inline ? new TextRun(inline.text) : new FootnoteReferenceRun(footnoteId(inline.footnote)))),
  ];
  switch (source.kind) {
    case "title":
      return new Paragraph({ style: TITLE_STYLE, children });
    case "heading":
      return new Paragraph({ style: source.level === 2 ? "Heading2" : "Heading1", children });
    case "paragraph":
      return new Paragraph({ style: PARAGRAPH_STYLE, children });
    case "item":
      return new Paragraph({ style: ITEM_STYLE, children });
    case "bullet":
      return new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children });
    case "quote":
      return new Paragraph({ style: QUOTE_STYLE, children });
    default:
      return new Paragraph({ alignment: AlignmentType.JUSTIFIED, children });
  }
}
