#!/usr/bin/env bash
# Regenerates reports/robustness-matrix.md: every input case is a real file (or stdin, FIFO,
# signal...) in a temp dir, run through the real CLI. Usage: bash reports/robustness_matrix.sh
# Needs: the project venv (.venv), ../shared/corpus/bbc, util-linux `script` and `setpriv`.
# Takes about 6 minutes (the 5 MB input about 2.5). QUICK=1 skips the 5 MB case; OUT=FILE writes
# the table elsewhere (e.g. for a trial run).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BRIEF="$ROOT/.venv/bin/brief"
PY="$ROOT/.venv/bin/python"
CORPUS="$ROOT/../shared/corpus/bbc"
OUT="${OUT:-$ROOT/reports/robustness-matrix.md}"  # OUT=... QUICK=1 for a trial run
state() { echo "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" status --porcelain brief | grep -q . && echo ' with uncommitted changes under brief/')"; }
STATE_START=$(state)
W=$(mktemp -d /tmp/brief-matrix.XXXXXX)
trap 'chmod -R u+rwX "$W"; rm -rf "$W"' EXIT
cd "$W"

# ---------------------------------------------------------------- inputs
"$PY" - "$CORPUS" <<'PYEOF'
import codecs, os, random, re, sys
from pathlib import Path
corpus = sorted(Path(sys.argv[1]).rglob("*.txt"))
def w(name, data, expected=None):
    Path(name).write_bytes(data)
    if expected is not None:  # the text brief should decode to, for the lossless check
        Path(name + ".expected").write_text(expected, encoding="utf-8", newline="")
article = ("Union rejects pay offer\n\nThe Unite union has rejected the government's pay offer, "
           "general secretary Sharon Graham said on Monday. \u201cWe will not back down,\u201d she told "
           "reporters in London. The union demanded that ministers raise pay by 10% before April. "
           "Health Secretary Wes Streeting said the offer was fair and warned of strikes.\n")
w("empty.txt", b"", "")
w("space.txt", b"   \n\t  \n \r\n  ", "   \n\t  \n \r\n  ")
w("nul.bin", b"PNG\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
w("random.bin", random.Random(1).randbytes(65536))
t = "Le caf\u00e9 owner Jean Dupont said the council must cut rents by May. " * 3
w("latin1.txt", t.encode("latin-1"), t)
t = article.replace("\u2019", "'") + "The deal was \u201cfair\u201d \u2013 or so the Treasury\u2019s \u2018experts\u2019 claimed.\n"
w("cp1252.txt", t.encode("cp1252"), t)
t = article + "Z\u00fcrich-based analysts \u2013 and the caf\u00e9 owners \u2013 disagreed.\n"
w("utf16le-bom.txt", codecs.BOM_UTF16_LE + t.encode("utf-16-le"), t)
w("utf16be-bom.txt", codecs.BOM_UTF16_BE + t.encode("utf-16-be"), t)
w("utf16le-nobom.txt", t.encode("utf-16-le"), t)
w("utf8-bom.txt", codecs.BOM_UTF8 + t.encode(), t)
t = article.replace("\n", "\r\n")
w("crlf.txt", t.encode(), t)
t = article.replace("\n", "\r")
w("cr.txt", t.encode(), t)
t = article.replace("rejected", "rejected\x07").replace("Monday.", "Monday.\x0c").replace("London", "Lon\x1b[31mdon\x1b[0m")
w("controls.txt", t.encode(), t)
# 5 MB: whole BBC articles joined by blank lines until 5,000,000 bytes.
parts, size, i = [], 0, 0
while size < 5_000_000:
    a = corpus[i % len(corpus)].read_text(encoding="utf-8", errors="replace").strip() + "\n\n"
    parts.append(a); size += len(a.encode()); i += 1
t = "".join(parts)
w("big5mb.txt", t.encode(), t)
t500 = "".join(parts[:next(k for k in range(len(parts)) if len("".join(parts[:k]).encode()) >= 500_000)])
w("big500kb.txt", t500.encode(), t500)
# One 100,000-character "sentence": corpus words with no sentence ends or line breaks.
words = re.sub(r"[.!?;:\n\r]+", " ", t[:400_000]).split()
s, n = [], 0
for word in words:
    if n + len(word) + 1 > 99_999: break
    s.append(word); n += len(word) + 1
t = " ".join(s).ljust(99_999, " ")[:99_999] + "."
w("onesentence.txt", t.encode(), t)
t = ("Die Gewerkschaft Verdi hat das Angebot der Bundesregierung abgelehnt. \u201eWir werden nicht nachgeben\u201c, "
     "sagte der Vorsitzende Frank Werneke am Montag in Berlin. Die Gewerkschaft fordert, dass die Regierung "
     "die L\u00f6hne bis April um zehn Prozent erh\u00f6ht. Innenministerin Nancy Faeser nannte das Angebot fair "
     "und warnte vor Streiks im \u00f6ffentlichen Dienst.\n")
w("german.txt", t.encode(), t)
html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Union rejects pay offer - News</title>
<script>var tracking = "NAVSCRIPT should not appear";</script><style>body{color:red}</style></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">NAVLINK News</a></li></ul></nav>
<article><h1>Union rejects pay offer</h1>
<p>The Unite union has rejected the government's pay offer, general secretary Sharon Graham said on Monday.</p>
<p>&ldquo;We will not back down,&rdquo; she told reporters in London. The union demanded that ministers raise pay by 10% before April.</p>
<p>Health Secretary Wes Streeting said the offer was fair and warned of strikes.</p></article>
<footer><p>FOOTER Copyright 2025 News Ltd. All rights reserved.</p></footer></body></html>
"""
w("page.html", html.encode())
w("nothing.txt", ("the " * 5000).encode(), "the " * 5000)
t = ("Injection test\n\nThe Unite union said \"[bold red]x[/] and \x1b[5;41mBLINK\x1b[0m # heading | a | `rm -rf` "
     "<script>alert(1)</script> $5 and $6\" on Monday. Sharon Graham said the union demanded that "
     "ministers act on [link](http://evil.example) and <img src=x onerror=alert(1)> by April.\n"
     "# heading line\n| a | b |\n```\ncode fence\n```\n")
w("inject.txt", t.encode(), t)
os.makedirs("dir-with-txt/sub"); os.makedirs("dir-without-txt"); os.makedirs("dir-empty")
for k, p in enumerate(corpus[:2]):
    Path(f"dir-with-txt/{'sub/' if k else ''}{p.name}").write_bytes(p.read_bytes())
Path("dir-with-txt/notes.md").write_text("ignored\n")
Path("dir-without-txt/notes.md").write_text("only markdown here\n")
w("unreadable.txt", article.encode(), article); os.chmod("unreadable.txt", 0)
w("article.txt", article.encode(), article)
# > 50 MB as a sparse file: refused from its size, before reading.
with open("huge.txt", "wb") as f: f.truncate(60 * 1024 * 1024)
w("truncated-utf8.txt", article.encode() + "caf\u00e9".encode()[:-1])
w("utf32le-bom.txt", codecs.BOM_UTF32_LE + article.encode("utf-32-le"), article)
PYEOF
mkfifo fifo

# ---------------------------------------------------------------- checker
# check.py OUTFILE [EXPECTED] [contains=S]... -> one cell: is stdout brief/1 JSON, and is
# it lossless (chars and sha256 of the source, and every span equals source[start:end]).
cat > check.py <<'PYEOF'
import hashlib, json, sys
out = open(sys.argv[1], encoding="utf-8", errors="replace").read()
if not out.strip(): print("no (empty stdout)"); sys.exit()
try: b = json.loads(out)
except ValueError as e: print(f"no (not JSON: {str(e)[:40]})"); sys.exit()
if b.get("schema") != "brief/1": print("no (not brief/1)"); sys.exit()
src = b["sources"]
notes = [f"yes: {len(src)} source(s), {len(b['stakeholders'])} stakeholder(s), "
         f"{sum(len(s['positions']) + len(s['demands']) for s in b['stakeholders'])} statement(s)"]
if src[0].get("encoding"): notes.append(f"encoding={src[0]['encoding']}")
if src[0].get("extracted_from"): notes.append(f"extracted_from={src[0]['extracted_from']}")
for arg in sys.argv[2:]:
    if arg.startswith("contains="):
        needle = arg[9:]
        if "\\" in needle: needle = needle.encode("latin-1", "backslashreplace").decode("unicode_escape")
        def strings(o):
            if isinstance(o, str): yield o
            elif isinstance(o, dict): yield from (x for v in o.values() for x in strings(v))
            elif isinstance(o, list): yield from (x for v in o for x in strings(v))
        found = any(needle in x for x in strings(b))
        notes.append(("contains " if found else "MISSING ") + repr(needle)[:40])
    elif arg.startswith("lacks="):
        needle = arg[6:]
        notes.append(("no " if needle not in json.dumps(b) else "LEAKED ") + needle)
    else:
        text = open(arg, encoding="utf-8", newline="").read()
        bad = []
        if src[0]["chars"] != len(text): bad.append(f"chars {src[0]['chars']}!={len(text)}")
        if src[0]["sha256"] != hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(): bad.append("sha256 differs")
        spans = [(x["text"], x["start"], x["end"]) for x in b["summary"] + b["facts"]]
        for s in b["stakeholders"]:
            for st in s["positions"] + s["demands"]:
                spans += [(st["text"], st["start"], st["end"]), (st["cue"], st["cue_start"], st["cue_end"])]
                if st["speaker"] is not None: spans.append((st["speaker"], st["speaker_start"], st["speaker_end"]))
        bad += [f"span {a}:{z}" for t, a, z in spans if text[a:z] != t][:3]
        notes.append("lossless (chars, sha256, %d spans exact)" % len(spans) if not bad else "LOSSY: " + ", ".join(bad))
print("; ".join(notes))
PYEOF

# ---------------------------------------------------------------- runner
ROWS=()
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
cell() { sed -e 's/|/\\|/g' -e "s#$W/##g" -e 's/\x1b/\\x1b/g'; }
first_err() {  # first stderr line (+ how many more), a traceback flag, /usr/bin/time's peak RSS
  local n; n=$(grep -vc '^peak RSS' err || true)
  if [ "$n" -eq 0 ]; then echo "(none)"; else
    echo "$(grep -v '^peak RSS' err | head -1 | cut -c1-150)$([ "$n" -gt 1 ] && echo " (+$((n - 1)) more line(s))")"; fi
  grep -q Traceback err && echo " **TRACEBACK**"
  grep -h '^peak RSS' err | sed 's/^/; /'
  return 0
}
# row LABEL CMD CHECKARGS... : runs CMD with bash -c in $W, stdout->out, stderr->err.
row() {
  local label=$1 cmd=$2; shift 2
  local t0 t1 rc
  t0=$(date +%s.%N); bash -c "$cmd" >out 2>err; rc=$?; t1=$(date +%s.%N)
  local js; js=$("$PY" check.py out "$@")
  ROWS+=("| $label | \`$(printf %s "$cmd" | sed -e 's/"\$BRIEF"/brief/g' -e 's/\$BRIEF/brief/g' | cell)\` | $rc | $(first_err | tr -d '\n' | cell) | $(printf %s "$js" | cell) | $(secs "$t0" "$t1") s |")
  echo "done: $label (rc=$rc)" >&2
}
export BRIEF
B='"$BRIEF" summarize'
J='--format json'

row "empty file" "$B empty.txt $J" empty.txt.expected
row "empty stdin" "$B - $J < /dev/null"
row "stdin closed (extra)" "$B - $J <&-"
row "whitespace only" "$B space.txt $J" space.txt.expected
row "binary with NUL bytes" "$B nul.bin $J"
row "random bytes (64 KiB)" "$B random.bin $J"
row "invalid UTF-8: Latin-1 'café'" "$B latin1.txt $J" latin1.txt.expected "contains=café"
row "Windows-1252 curly quotes" "$B cp1252.txt $J" cp1252.txt.expected 'contains=\u201cWe will not back down,\u201d'
row "UTF-16 LE with BOM" "$B utf16le-bom.txt $J" utf16le-bom.txt.expected
row "UTF-16 BE with BOM" "$B utf16be-bom.txt $J" utf16be-bom.txt.expected
row "UTF-16 LE without BOM" "$B utf16le-nobom.txt $J" utf16le-nobom.txt.expected
row "UTF-32 LE with BOM (extra)" "$B utf32le-bom.txt $J" utf32le-bom.txt.expected
row "UTF-8 with BOM" "$B utf8-bom.txt $J" utf8-bom.txt.expected
row "UTF-8 cut mid-character (extra)" "$B truncated-utf8.txt $J"
row "CRLF line ends" "$B crlf.txt $J" crlf.txt.expected
row "lone CR line ends" "$B cr.txt $J" cr.txt.expected
row "control characters (BEL, FF, ESC)" "$B controls.txt $J" controls.txt.expected
# QUICK=1 skips this one (about 5 minutes); the table then says so.
if [ -z "${QUICK:-}" ]; then row "5 MB of BBC articles" "/usr/bin/time -f 'peak RSS %M KiB' $B big5mb.txt $J" big5mb.txt.expected
else ROWS+=("| 5 MB of BBC articles | (skipped: QUICK=1) | | | | |"); fi
row "one 100,000-char sentence" "$B onesentence.txt $J" onesentence.txt.expected
row "German text" "$B german.txt $J" german.txt.expected
row "HTML article page" "$B page.html $J" "contains=We will not back down" lacks=NAVSCRIPT lacks=FOOTER
row "no entities ('the the ...')" "$B nothing.txt $J" nothing.txt.expected
row "missing path" "$B no-such-file.txt $J"
row "directory with .txt files (2, one nested; + a .md)" "$B dir-with-txt $J"
row "directory without .txt files" "$B dir-without-txt $J"
row "empty directory (extra)" "$B dir-empty $J"
row "unreadable file (chmod 000), as root" "$B unreadable.txt $J" unreadable.txt.expected
row "unreadable file (chmod 000), as nobody" "setpriv --reuid=nobody --regid=nogroup --clear-groups $B unreadable.txt $J"
row "file over 50 MB (sparse, extra)" "$B huge.txt $J"
row "FIFO with a writer" "(cat article.txt > fifo &); $B fifo $J" article.txt.expected
row "two paths, one missing" "$B article.txt no-such-file.txt $J" article.txt.expected
row "injection text, JSON (exact)" "$B inject.txt $J" inject.txt.expected \
    'contains=[bold red]x[/]' 'contains=\x1b[5;41mBLINK' 'contains=<script>alert(1)</script>' 'contains=| a |' 'contains=`rm -rf`'

# Markdown / terminal views of the injection text: are the payloads inert?
inert() {  # inert FILE markdown|terminal : do the payloads come out as plain text?
  "$PY" - "$1" "$2" <<'PYEOF'
import re, sys
s = open(sys.argv[1], encoding="utf-8", errors="replace").read()
view = sys.argv[2]
if "BLINK" not in s: print("payload sentence not rendered"); sys.exit()
bad = ["input's ESC[5;41m passed through"] if "\x1b[5;41m" in s else []
if view == "markdown":
    bad += [f"raw {p}" for p in ("<script>", "<img") if p in s]
    bad += ["live link"] if re.search(r"(?<!\\)\]\(http", s) else []
    ok = "\\[bold red\\]x\\[/\\]" in s and "&lt;script&gt;" in s and "\\`rm -rf\\`" in s and "\\# heading \\| a \\|" in s
    desc = "[ ] ` # | escaped, < > as entities"
else:  # a terminal shows <script> as text; what matters is Rich markup and escape codes
    ok = "[bold red]x[/]" in s
    desc = "'[bold red]x[/]' printed literally"
print(("INERT: " + desc) if ok and not bad else "NOT INERT: " + (", ".join(bad) or "expected escaping missing"))
PYEOF
}
md_row() {
  local label=$1 cmd=$2; bash -c "$cmd" >out 2>err; local rc=$?
  local lines; lines=$(grep -nE '^(# heading|\| a|```|<)' out | head -3 | tr '\n' ' ')
  ROWS+=("| $label | \`$(printf %s "$cmd" | sed -e 's/"\$BRIEF"/brief/g' -e 's/\$BRIEF/brief/g' | cell)\` | $rc | $(first_err | tr -d '\n' | cell) | n/a: $(inert out "$3" | cell); $(grep -c $'\x1b\[' out) line(s) with ESC[; $( [ -n "$lines" ] && echo "live block syntax: $lines" | cell || echo "no heading/table/fence/HTML line from input") | |")
  echo "done: $label (rc=$rc)" >&2
}
md_row "injection text, Markdown" "$B inject.txt --format markdown" markdown
md_row "injection text, terminal (pipe)" "$B inject.txt --format terminal" terminal
md_row "injection text, terminal (pty, colour on)" "script -qec '$B inject.txt --format terminal' /dev/null" terminal

# --output + Ctrl-C: covered by tests/test_output.py (atomic_write_text); not re-run here.
ROWS+=("| --output FILE, then Ctrl-C | (covered by tests: atomic write; not re-run) | | | | |")

# | head -1: exit status of brief itself, any traceback. A 500 KB input (the 5 MB one takes
# minutes): its brief is far larger than the 64 KiB pipe buffer, so the write hits EPIPE.
"$BRIEF" summarize big500kb.txt --format json 2>/dev/null | wc -c > jsonsize
t0=$(date +%s.%N)
"$BRIEF" summarize big500kb.txt --format json 2>err | head -1 >out; rc=${PIPESTATUS[0]}
t1=$(date +%s.%N)
ROWS+=("| 500 KB brief ($(cat jsonsize) bytes of JSON) piped into head -1 | \`brief summarize big500kb.txt --format json \\| head -1; echo \${PIPESTATUS[0]}\` | $rc | $(first_err | tr -d '\n' | cell) | head got: \`$(cut -c1-20 out | cell)\` | $(secs "$t0" "$t1") s |")
echo "done: head -1 (rc=$rc)" >&2
# Same with a small article whose output fits the pipe buffer, and a markdown one.
"$BRIEF" summarize article.txt --format markdown 2>err | head -1 >out; rc=${PIPESTATUS[0]}
ROWS+=("| small brief piped into head -1 | \`brief summarize article.txt --format markdown \\| head -1\` | $rc | $(first_err | tr -d '\n' | cell) | head got: \`$(cut -c1-30 out | cell)\` | |")

# SIGINT after 2 s. A background job of a shell without job control starts with SIGINT
# ignored (and so would brief, like any program), so SIGINT is reset to the default first:
# the small Python exec wrapper keeps the PID, so $! is brief's own.
t0=$(date +%s.%N)
"$PY" -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])' \
    "$BRIEF" summarize big5mb.txt --format json >out 2>err & pid=$!
sleep 2; kill -INT "$pid"; wait "$pid"; rc=$?
t1=$(date +%s.%N)
ROWS+=("| SIGINT after 2 s (5 MB input) | \`brief summarize big5mb.txt $J & sleep 2; kill -INT \$!\` (SIGINT reset to default first) | $rc | $(first_err | tr -d '\n' | cell) | stdout bytes: $(wc -c < out) | $(secs "$t0" "$t1") s |")
echo "done: SIGINT (rc=$rc)" >&2

# NO_COLOR with --format terminal, on a pty (where colour would otherwise be on).
for nc in "NO_COLOR=1 " ""; do
  script -qec "${nc}$BRIEF summarize article.txt --format terminal" /dev/null >out 2>err; rc=$?
  ROWS+=("| ${nc:-no NO_COLOR, }terminal format on a pty | \`${nc}script -qec 'brief summarize article.txt --format terminal' /dev/null\` | $rc | $(first_err | tr -d '\n' | cell) | n/a: $(grep -c $'\x1b\[' out) line(s) containing ESC[ | |")
done
NO_COLOR=1 "$BRIEF" summarize article.txt --format terminal >out 2>err; rc=$?
ROWS+=("| NO_COLOR=1, terminal format, piped | \`NO_COLOR=1 brief summarize article.txt --format terminal\` | $rc | $(first_err | tr -d '\n' | cell) | n/a: $(grep -c $'\x1b\[' out) line(s) containing ESC[ | |")

# ---------------------------------------------------------------- report
{
  echo "# Robustness matrix"
  echo
  echo "Generated by \`bash reports/robustness_matrix.sh\` on $(date -u +%Y-%m-%dT%H:%MZ), brief at commit"
  if [ "$(state)" = "$STATE_START" ]; then echo "$STATE_START."
  else echo "$STATE_START at the start of the run, $(state) at its end."; fi
  echo "Every input is a real file (or stdin, FIFO, pty) in a temp dir run through the installed"
  echo "\`brief\` console script. \"lossless\" = the source's \`chars\` and \`sha256\` match the text the input"
  echo "was built from, and every summary/fact/statement/cue/speaker span equals \`text[start:end]\`."
  echo "Times are wall times including the spaCy load (about 1 s); machine: $(nproc) cores."
  echo
  echo "| case | command (in the temp dir) | exit | stderr (first line) | stdout is brief/1 JSON? | time |"
  echo "| --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "Notes:"
  echo
  echo "- The matrix runs as root, so \`chmod 000\` does not stop a read; the same file is also read as"
  echo "  \`nobody\` (\`setpriv\`) to see the permission-denied path."
  echo "- \`--output FILE\` interrupted by Ctrl-C (the file is either the old one or the complete new one) is"
  echo "  covered by the tests of \`atomic_write_text\`, not re-run here."
  echo "- \`| head -1\` uses a 500 KB input because its brief (about 2 MB of JSON) is far bigger than the 64 KiB"
  echo "  pipe buffer, so the write really hits a closed pipe; the 5 MB input would only take longer."
  echo "- For the SIGINT case, SIGINT is reset to its default before brief starts. A background job of a"
  echo "  shell without job control starts with SIGINT ignored, and then brief (like any program) cannot"
  echo "  see it: it ran the 5 MB input to the end (exit 0) when this script was started that way."
  echo "- \"lossless\" is not checked for the cases whose decoded text is not known in advance (stdin, HTML,"
  echo "  U+FFFD replacement, folders)."
} > "$OUT"
echo "wrote $OUT" >&2
