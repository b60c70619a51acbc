import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  EndnoteReferenceRun,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  Textbox,
} from "docx";

/** A 1×1 PNG. */
const PIXEL = Uint8Array.from(atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="), (c) => c.charCodeAt(0));
const CHANGE = { author: "Editor", date: "2026-12-01T10:00:00Z" };

/**
 * A Word file with what last cycle's submissions use: multilevel automatic numbering, a lettered
 * list that restarts, footnotes and an endnote, a table, a comment, tracked changes, an image and a text box.
 */
export async function wordFeaturesDocx(): Promise<Uint8Array> {
  const multilevel = (text: string, level: number) => new Paragraph({ numbering: { reference: "paragraphs", level }, children: [new TextRun(text)] });
  const lettered = (text: string, instance: number) => new Paragraph({ numbering: { reference: "letters", level: 0, instance }, children: [new TextRun(text)] });
  const document = new Document({
    title: "Submission on Exampleland",
    creator: "Example Rights Centre; Example Children's Network",
    numbering: {
      config: [
        {
          reference: "paragraphs",
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2", alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: "(%3)", alignment: AlignmentType.LEFT },
          ],
        },
        { reference: "letters", levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: "%1.", alignment: AlignmentType.LEFT }] },
      ],
    },
    // Ids from 2, after the separators, as Word writes them.
    footnotes: {
      2: { children: [new Paragraph("Report of the Example Office, 2024, p. 12.")] },
      3: { children: [new Paragraph("Survey of the Example Coalition, 2023.")] },
    },
    endnotes: { 2: { children: [new Paragraph("An endnote on the method.")] } },
    comments: { children: [{ id: 0, author: "Reviewer", date: new Date(Date.UTC(2026, 11, 1)), children: [new Paragraph("Check this figure.")] }] },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("I. Introduction")] }),
          new Paragraph({ children: [new TextRun("Exampleland has ratified the Convention."), new FootnoteReferenceRun(2)] }),
          multilevel("The law protects children.", 0),
          multilevel("The first detail.", 1),
          multilevel("A point of the first detail.", 2),
          multilevel("Another point.", 2),
          multilevel("The second detail.", 1),
          new Paragraph({
            numbering: { reference: "paragraphs", level: 0 },
            children: [
              new TextRun("Birth registration stands at "),
              new CommentRangeStart(0),
              new TextRun("66 per cent"),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new TextRun("."),
              new FootnoteReferenceRun(3),
            ],
          }),
          multilevel("A third detail under the second paragraph.", 1),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("A. Recommendations")] }),
          new Paragraph("We recommend that the Government:"),
          lettered("Adopt a law.", 1),
          lettered("Fund it.", 1),
          new Paragraph("And that Parliament:"),
          lettered("Pass the law.", 2),
          lettered("Review it yearly.", 2),
          new Paragraph({
            children: [
              new TextRun("The Ministry"),
              new InsertedTextRun({ text: " of Justice", id: 1, ...CHANGE }),
              new DeletedTextRun({ text: " of Interior", id: 2, ...CHANGE }),
              new TextRun(" leads the work."),
              new EndnoteReferenceRun(2),
            ],
          }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph("Year")] }), new TableCell({ children: [new Paragraph("Cases")] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph("2023")] }), new TableCell({ children: [new Paragraph("1,204")] })] }),
            ],
          }),
          new Paragraph({ children: [new ImageRun({ type: "png", data: PIXEL, transformation: { width: 10, height: 10 }, altText: { name: "chart", description: "Chart of cases", title: "Cases" } })] }),
          new Textbox({ style: { width: "200pt", height: "50pt" }, children: [new Paragraph("Text in a box.")] }),
          new Paragraph("The end."),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
