export { COMMANDS } from "./commands.js";

export const HELP = `Usage: upr-draft <command> [options] <files…>

Commands:
  lint [--format text|json|sarif] [--fix] [--config FILE] <paths…|->
      Check UPR submission drafts. A path may be a file, a folder (its .upr drafts and
      those below it, leaving out node_modules and names that start with a dot) or a
      quoted glob such as "drafts/**/*.txt"; "-" reads standard input (once). Text output
      gives one problem a line, file:line:col  severity  message  rule, then a summary.
  renumber [--write] <file>
      Renumber paragraphs and reletter recommendation lists.
  convert [--write] <file>
      Turn text pasted from Word or PDF into the canonical .upr form.
  export [-o FILE.docx] [--strict] [--strip-theme-codes] [--config FILE] <file>
      Write the submission as a Word file (beside the draft unless -o); errors are
      listed, and --strict refuses a draft that has any.
  import [-o FILE.upr] [--tracked-changes accept|reject] <file.docx>
      Turn a Word submission into a canonical draft (standard output unless -o); what a
      draft cannot hold is listed on standard error.
  docs [--write FILE | --check FILE]
      Print the rule reference, write it into a README between its markers, or check
      that the README's copy is up to date.
  help
      Print this text.

Options:
  -f, --format FORMAT     lint output: text (default), json, or sarif for code scanning
      --fix               lint: apply the safe fixes, write the files back, and say on
                          standard error what was fixed in each; with "-", print the text
  -c, --config FILE       use this configuration file instead of the nearest .upr-draft.json
  -w, --write             renumber, convert, docs: change the file instead of printing
      --check             docs: exit 1 if the file's rule reference is out of date
  -o, --output FILE       export, import: the file to write
      --strict            export: refuse a draft that has errors
      --strip-theme-codes export: leave the theme codes out of the Word file
      --tracked-changes accept|reject
                          import: take Word's tracked changes as accepted or rejected
      --encoding NAME     read and write drafts as utf-8, utf-16le, utf-16be or windows-1252
                          instead of the encoding read from their bytes
      --                  end of the options: what follows are files, even if they start with -
  -h, --help              print this text
  -v, --version           print the version

Configuration:
  lint and export read the nearest .upr-draft.json in the draft's folder or above it
  (--config names one instead). It is JSON with comments, for example:
    { "rules": { "UPR004": "off", "recommendation-lettering": "error" },
      "wordLimit": 5630, "numbering": "flat" }
  "rules" sets a rule's severity (error, warning, information, hint), "off", true/false,
  or an object with "severity" and the rule's options; rules are named by ID or name.
  Other keys: terms, termPacks, termExceptions, themes, abbreviations, export, and
  maxFileSizeMB (the size limit, 10 by default). The README's rule reference (upr-draft
  docs) lists the rules and their options.

Drafts are read as UTF-8 (with or without a BOM), UTF-16 with a BOM, or else Windows-1252 (with
a note), and written back the same way. Writes go to a temporary file that replaces the draft only
when complete; a command that changes nothing writes nothing.

Colour is used when standard output is a terminal; NO_COLOR turns it off, FORCE_COLOR on.

Exit codes: 0 no problems, 1 problems at warning or error level, 2 usage error or unreadable input.`;

/** Every long option the help names, for "did you mean". */
export const OPTIONS: readonly string[] = [...new Set(HELP.match(/(?<![\w-])--[a-z][a-z-]*/g))];
