// The help text of `parallax-compare`: every command and option, what the offsets in its JSON refer to,
// and its exit codes.

import { MAX_IMPORT_BYTES } from '../shared/domain/article'
import { MAX_ARTICLES_PER_COMPARISON, MIN_ARTICLES_PER_COMPARISON } from '../shared/domain/comparison'

export const PROGRAM = 'parallax-compare'

export const USAGE = `Usage: ${PROGRAM} [--json | --markdown] [--raw] [--output REPORT] [FILE ...]
       ${PROGRAM} --versions [--json | --markdown] [--raw] [--output REPORT] OLDER NEWER
       ${PROGRAM} extract [--json] [--raw] [--output FILE] FILE ...
       ${PROGRAM} --each FOLDER [--jsonl] [--jobs N] [--raw]

Compares ${MIN_ARTICLES_PER_COMPARISON} to ${MAX_ARTICLES_PER_COMPARISON} reports of one event (.txt, .md or .html files): finds the passages they share
(in any order), the small wording differences inside them, and the shorter phrases they have in common.
With no FILE, compares the built-in sample (three reports of John Kerry's May 2013 visit to Moscow).

Files are read as the app imports them, by the same code: decoded (UTF-8, with or without a byte-order
mark; UTF-16 with one; Windows-1252 when the bytes are not UTF-8; up to ${MAX_IMPORT_BYTES / 1_000_000} MB), line endings made LF and
lines trimmed; a web page's article read out of it (its details from its head, Readability, only its text
kept); Markdown made plain text. Then clean-up drops what it takes for page clutter, and the headline
the text repeats as its first paragraph, as the app's import does: the words and figures are the app's.

Options:
  --markdown   a report to read (the default)
  --json       every figure as JSON: documents (with the text compared), passages and phrases (spans
               and variants), coverage, and quotes (each quotation grouped across documents)
  --raw        skip clean-up: compare the text as read (a page's article, Markdown as text)
  --versions   the two files are two versions of one article, the older first: the report also says what
               changed (the headline; sentences added, removed and reworded; quotations whose wording
               changed, as the quote ledger reads them; numbers changed; words added and removed): in the
               JSON as "revisions", in the Markdown as a "Revisions" section at the top. White space, quote
               and dash forms, and what clean-up drops as page clutter are never changes
  -o, --output REPORT
               write the report to the file REPORT (whole, or not at all) instead of stdout
  -h, --help   show this help
  --           treat every later argument as a file name

extract: prints, as a JSON list, what the app would import from each file: file, title, byline, outlet,
date (ISO 8601), url, text (the cleaned text; with --raw, the text as read) and blocks (every line of
the text as read, with kept and the reason clean-up drops it). A file that cannot be read is an object
with file and error.

--each FOLDER: compares the files of every sub-folder of FOLDER as one cluster, on N worker threads
(--jobs N; by default one per core), and writes one JSON line per cluster as each finishes:
{"cluster": name, "report": {...as --json}} or {"cluster": name, "error": {"code", "message"}}.
Progress (clusters done, the rate, the time left) goes to stderr.

Offsets: every start/end in the JSON is a UTF-16 code unit index (a JavaScript string index) into that
document's "text" in the same JSON: the text compared, after clean-up (or, with --raw, before it). Each
span's "text" is exactly that slice of it. In "revisions", "before" is a slice of the older version's
(the first document's) text and "after" of the newer's; the headline, not part of the text, has none.

Exit status: 0 on success; 2 when the command line or a file cannot be used (the reason is on stderr and
nothing is printed on stdout); 3 when extract or --each could not read some files or clusters (each has
its error in the output, the rest were done); 1 on an unexpected failure.
`
