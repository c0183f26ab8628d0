"""The text shapes of tests/data/shapes/ (used by make_fixtures.py; standard library, w3m and pdftotext).

A report reaches a reviewer as text in many shapes: the whole report on one line, cells glued with no
separator, spaces at only some of the cell boundaries, one cell per line, pipe rows, a table drawn
with box characters by a text browser (w3m -dump), text copied out of a PDF (pdftotext in reading
order and with -layout). Each shape is made from a seed report or a real report (../shared/real) and
its golden file; the expected.json of a case says what a correct parser must report for that shape:

- where the shape keeps every cell's position (box-drawn, PDF text of a full grid) the golden cells;
- where it loses blanks or separators, every canonical row's candidate readings are enumerated
  (each token a whole number of cells in column order, blanks where tokens are missing) and cut by
  the arithmetic the report itself keeps (row totals, review group totals, per column 一+二 = 三（七）+四
  and 三（七）= the sum of the result rows); a row left with more than one reading is `uncertain`,
  with its values where every reading has the same ones, else null (score-golden's convention).
"""
import functools
import importlib.util
import itertools
import json
import os
import random
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
FORMATS = os.path.join(HERE, "formats")

APPLICANTS = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"]
GROUPS = ["review", "direct", "after"]
RESULTS = ["upheld", "corrected", "other", "pending", "total"]
REVIEW_COLUMNS = [f"{g}_{r}" for g in GROUPS for r in RESULTS]
NOT_RESULT = ("new_received", "carried_over", "result_total", "carried_forward")

TOKEN = {
    "count": re.compile(r"(?:0|[1-9]\d*)(?:笔|项|个)?"),
    "change": re.compile(r"[+\-]?(?:0|[1-9]\d*)"),
    "amount": re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?(?:万元|元)?"),
}
UNIT = re.compile(r"^([+\-]?\d+(?:\.\d+)?)(万元|元|笔|项|个)?$")


def make_formats():
    spec = importlib.util.spec_from_file_location("make_formats", os.path.join(FORMATS, "make_formats.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def number(text):
    m = UNIT.match(text)
    value = float(m.group(1))
    if m.group(2) == "元":
        value /= 10000.0
    elif "." not in m.group(1):
        value = int(value)
    return value


def kind(column):
    return "amount" if column == "amount" else "change" if column == "change" else "count"


# ---------------------------------------------------------------------------------------------
# A report as a document: a verbatim head (a crawler's header lines), prose lines and tables. A
# table row is a list of cells: label text, or a value cell (printed text, canonical cell id), or
# None for a blank value cell.

class Value:
    def __init__(self, text, cell_id):
        self.text, self.cell_id = text, cell_id


def template_tables(golden, mf):
    """The three tables of the golden's template, laid out as the seeds' pipe rows print them."""
    cells, template = golden["cells"], golden["template"]

    def value(cid):
        v = cells.get(cid)
        return None if v is None else Value(mf.fmt(v), cid)

    art20 = []
    for table, title, heads, cols, rows in (mf.ART20_2019 if template == "2019" else mf.ART20_2021):
        art20.append([title])
        art20.append(["信息内容"] + heads)
        for rid, label in rows:
            art20.append([label] + [value(f"{table}.{rid}.{c}") for c in cols])
    apps = [["申请人情况"], ["自然人", "法人或其他组织", "总计"], ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]]
    for rid, labels in mf.application_rows(template):
        apps.append([t for t, _, _ in labels] + [value(f"applications.{rid}.{c}") for c in APPLICANTS])
    result_heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    reviews = [["行政复议", "行政诉讼"], result_heads + ["未经复议直接起诉", "复议后起诉"], result_heads * 2,
               [value(f"reviews.all.{c}") for c in REVIEW_COLUMNS]]
    return art20, apps, reviews


def printed_forms(text, golden, mf):
    """{cell id: text} for the procurement and fee cells that the report prints with a unit
    (`2笔`, `984361元`, `5234万元`): the re-flowed shapes print them the same way."""
    forms = {}
    labels = {"art20_9.procurement": "政府集中采购", "art20_8.fees": "行政事业性收费"}
    for row, label in labels.items():
        at = text.find(label)
        if at < 0:
            continue
        segment = text[at + len(label):at + len(label) + 40]
        for cid, v in golden["cells"].items():
            if not cid.startswith(row + ".") or v is None:
                continue
            column = cid.rsplit(".", 1)[1]
            if column == "amount":
                yuan = v * 10000
                candidates = [f"{yuan:.2f}元", f"{yuan:.1f}元", f"{round(yuan)}元", f"{mf.fmt(v)}万元"]
            else:
                candidates = [f"{mf.fmt(v)}{unit}" for unit in ("笔", "项", "个")]
            for candidate in candidates:
                if candidate in segment and (column != "amount" or abs(number(candidate) - v) < 1e-6):
                    forms[cid] = candidate
                    break
    return forms


def real_document(text, golden, mf):
    """A real report: its header lines and prose as published, its tables rebuilt from the golden
    cells with the template's labels (the published tables are glued runs that only the golden
    reads), values with a unit printed as the report prints them."""
    head_end = text.index("正文 ====================") + len("正文 ====================") + 1
    body = text[head_end:]
    second = re.search(r"二\s*、\s*主动公开政府信息情况", body)
    fifth = re.search(r"五\s*、\s*(?:政府信息公开工作)?存在的?主要问题", body)
    art20, apps, reviews = template_tables(golden, mf)
    forms = printed_forms(body, golden, mf)
    for row in art20:
        for cell in row:
            if isinstance(cell, Value) and cell.cell_id in forms:
                cell.text = forms[cell.cell_id]
    items = [body[:second.end()].strip(), ("table", art20), "三、收到和处理政府信息公开申请情况", ("table", apps),
             "四、政府信息公开行政复议、行政诉讼情况", ("table", reviews), body[fifth.start():].strip()]
    return text[:head_end], items


# ---------------------------------------------------------------------------------------------
# Renderers. Each returns (text, appearance) where appearance maps a canonical row to how its
# values appear: ("spaced", [tokens]), ("tokens", [runs]) or ("exact", None).

def cell_text(cell):
    return cell.text if isinstance(cell, Value) else cell.replace("\n", "")


def row_key(cell_id):
    return cell_id.rsplit(".", 1)[0]


def rows_in(items):
    for item in items:
        if not isinstance(item, str):
            yield from item[1]


def printed_values(items):
    """{row: [printed non-blank values in column order]}"""
    out = {}
    for row in rows_in(items):
        for cell in row:
            if isinstance(cell, Value):
                out.setdefault(row_key(cell.cell_id), []).append(cell.text)
    return out


def render_lines(head, items, row_text):
    lines = [head.rstrip("\n")] if head else []
    for item in items:
        if isinstance(item, str):
            lines.append(item)
        else:
            lines.extend(row_text(row) for row in item[1])
    return "\n".join(lines) + "\n"


def one_line(head, items):
    parts = []
    for item in items:
        if isinstance(item, str):
            if item.strip():
                parts.append(re.sub(r"\s+", " ", item.strip()))
        else:
            parts.extend(cell_text(c) for row in item[1] for c in row if c is not None)
    text = (head or "") + " ".join(parts) + "\n"
    return text, {r: ("spaced", v) for r, v in printed_values(items).items()}


def no_separators(head, items):
    """Prose joined by single spaces as a page's text is; inside a table no separator at all: labels,
    values and the next row's label (with its list number) run together."""
    parts = []
    for item in items:
        if isinstance(item, str):
            if item.strip():
                parts.append(re.sub(r"\s+", " ", item.strip()))
        else:
            parts.append("".join(cell_text(c) for row in item[1] for c in row if c is not None))
    text = (head or "") + " ".join(parts) + "\n"
    return text, {r: ("tokens", ["".join(v)]) for r, v in printed_values(items).items()}


def mixed_spaces(head, items, seed):
    """One line; between two cells of a table a space or nothing, at random (a fixed seed): spaces
    at some boundaries only, glued runs beside spaced ones, as the real reports print them."""
    rng = random.Random(seed)
    parts, appearance = [], {}
    for item in items:
        if isinstance(item, str):
            if item.strip():
                parts.append(re.sub(r"\s+", " ", item.strip()) + " ")
            continue
        out = ""
        for row in item[1]:
            runs = []
            for cell in row:
                if cell is None:
                    continue
                glue = out and rng.random() < 0.5
                out += ("" if glue or not out else " ") + cell_text(cell)
                if isinstance(cell, Value):
                    key = row_key(cell.cell_id)
                    if glue and runs and runs[-1][0] == key:
                        runs[-1][1].append(cell.text)
                    else:
                        runs.append((key, [cell.text]))
                else:
                    runs.append((None, None))
            for key, run in runs:
                if key:
                    appearance.setdefault(key, ("tokens", []))[1].append("".join(run))
        parts.append(out + " ")
    return (head or "") + "".join(parts).rstrip() + "\n", appearance


def cell_per_line(head, items):
    """Every cell on a line of its own, no indentation, blank cells left out (a page copied from a
    browser)."""
    text = render_lines(head, items, lambda row: "\n".join(cell_text(c) for c in row if c is not None))
    return text, {r: ("spaced", v) for r, v in printed_values(items).items()}


def pipe_rows(head, items):
    """`label | value | value |`; a blank cell leaves nothing between its pipes' neighbours."""
    text = render_lines(head, items, lambda row: " | ".join(cell_text(c) for c in row if c is not None) + " |")
    return text, {r: ("spaced", v) for r, v in printed_values(items).items()}


def run_tool(args, data=None):
    run = subprocess.run(args, input=data, capture_output=True, check=False)
    if run.returncode != 0:
        raise SystemExit(f"{args[0]} failed: {run.stderr.decode(errors='replace')}")
    return run.stdout


def w3m_dump(html_bytes):
    """What `w3m -dump` prints for a page at 80 columns: tables drawn with box characters."""
    return run_tool(["w3m", "-dump", "-cols", "80", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"], html_bytes)


def pdftotext(path, layout):
    return run_tool(["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [path, "-"])


def page_html(head, items, golden, mf):
    """A page for a real report: its prose as paragraphs, its tables as the template prints them."""
    import html
    paragraphs = [f"<p>{html.escape(line)}</p>" for line in head.splitlines() if line.strip()]
    out = []
    tables_done = False
    for item in items:
        if isinstance(item, str):
            if item.startswith(("三、收到", "四、政府信息公开行政复议")):
                continue
            out.append(f"<p>{html.escape(item)}</p>")
        elif not tables_done:
            tables = mf.tables_html(golden, lambda s: s)
            # Values printed with a unit in the report keep it on the page too.
            for row in item[1]:
                if row and isinstance(row[0], str) and any(isinstance(c, Value) and c.text != mf.fmt(golden["cells"][c.cell_id])
                                                           for c in row):
                    plain = mf.td(row[0]) + "".join(mf.td(mf.fmt(golden["cells"][c.cell_id])) for c in row[1:])
                    printed = mf.td(row[0]) + "".join(mf.td(c.text) for c in row[1:])
                    tables = tables.replace(plain, printed)
            out.append(tables)
            tables_done = True
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body>\n' + "\n".join(paragraphs + out)
            + "\n</body></html>\n").encode("utf-8")


# ---------------------------------------------------------------------------------------------
# What a correct parser must report for a shape.

def columns_of(table, template, art20_columns):
    if table == "applications":
        return APPLICANTS
    if table == "reviews":
        return REVIEW_COLUMNS
    return art20_columns[template][table]


@functools.lru_cache(maxsize=None)
def _splits(text, kinds):
    if not kinds:
        return ((),) if text == "" else ()
    out = []
    for end in range(1, len(text) + 1):
        if TOKEN[kinds[0]].fullmatch(text[:end]):
            out.extend((text[:end],) + rest for rest in _splits(text[end:], kinds[1:]))
    return tuple(out)


def splits(text, kinds):
    """Every way to cut text into len(kinds) non-blank numbers of those kinds."""
    return [list(s) for s in _splits(text, tuple(kinds))]


def readings(appearance, kinds):
    """Every reading of a row: a value (or "" for a blank) per column, in order, with the fewest
    blanks that the printed tokens allow."""
    mode, tokens = appearance
    n = len(kinds)

    def place(t, c, acc, blanks, budget, found):
        if blanks > budget:
            return
        if t == len(tokens):
            if blanks + n - c == budget:
                found.append(acc + [""] * (n - c))
            return
        for start in range(c, n):
            skipped = start - c
            if blanks + skipped > budget:
                break
            widths = [1] if mode == "spaced" else range(1, n - start + 1)
            for width in widths:
                for parts in splits(tokens[t], kinds[start:start + width]):
                    place(t + 1, start + width, acc + [""] * skipped + parts, blanks + skipped, budget, found)

    for budget in range(n + 1):
        found = []
        place(0, 0, [], 0, budget, found)
        if found:
            return found
    raise SystemExit(f"no reading of {tokens} for {kinds}")


def values(option):
    return [None if v == "" else number(v) for v in option]


def row_arithmetic(table, nums):
    if table == "applications":
        return sum(v or 0 for v in nums[:6]) == (nums[6] or 0)
    if table == "reviews":
        return all(sum(v or 0 for v in nums[g * 5:g * 5 + 4]) == (nums[g * 5 + 4] or 0) for g in range(3))
    return True


def expected_for(golden, appearance, art20_columns, keep_label_variant=True):
    """The golden's expectations for a shape; see the module's description."""
    template = golden["template"]
    expected = json.loads(json.dumps(golden))
    expected["uncertain"] = {}
    cells = golden["cells"]
    candidates = {}
    for row, how in appearance.items():
        table, row_id = row.split(".", 1)
        columns = columns_of(table, template, art20_columns)
        options = readings(how, [kind(c) for c in columns]) if how[0] != "exact" else None
        if options is None:
            continue
        golden_nums = [cells.get(f"{row}.{c}") for c in columns]
        # Only the arithmetic the report itself keeps decides anything.
        if row_arithmetic(table, golden_nums):
            options = [o for o in options if row_arithmetic(table, values(o))]
        candidates[row] = options
    # The applications table's columns tie its rows together.
    app_rows = [r for r in candidates if r.startswith("applications.")]
    open_rows = [r for r in app_rows if len(candidates[r]) > 1]
    size = 1
    for r in open_rows:
        size *= len(candidates[r])
    if open_rows and size <= 2000000:
        def column(pick, r, c):
            if r in pick:
                v = values(pick[r])[c]
            else:
                v = cells.get(f"{r}.{APPLICANTS[c]}")
            return v or 0
        rows_present = [k.rsplit(".", 1)[0] for k in cells if k.startswith("applications.")]
        rows_present = list(dict.fromkeys(rows_present))
        results = [r for r in rows_present if r.split(".")[1] not in NOT_RESULT]
        kept = []
        for c in range(7):
            g = lambda r: cells.get(f"{r}.{APPLICANTS[c]}") or 0  # noqa: E731
            balance = g("applications.new_received") + g("applications.carried_over") == \
                g("applications.result_total") + g("applications.carried_forward")
            result = g("applications.result_total") == sum(g(r) for r in results)
            kept.append((balance, result))
        survivors = []
        fixed = {r: candidates[r][0] for r in app_rows if len(candidates[r]) == 1}
        for combo in itertools.product(*(candidates[r] for r in open_rows)):
            pick = dict(fixed, **dict(zip(open_rows, combo)))
            ok = True
            for c in range(7):
                col = lambda r: column(pick, r, c)  # noqa: E731
                balance, result = kept[c]
                if balance and col("applications.new_received") + col("applications.carried_over") != \
                        col("applications.result_total") + col("applications.carried_forward"):
                    ok = False
                    break
                if result and col("applications.result_total") != sum(col(r) for r in results):
                    ok = False
                    break
            if ok:
                survivors.append(combo)
        if survivors:
            for i, r in enumerate(open_rows):
                candidates[r] = [list(o) for o in dict.fromkeys(tuple(s[i]) for s in survivors)]
    for row, options in candidates.items():
        if len(options) == 1:
            continue
        sets = {tuple(sorted(v for v in values(o) if v is not None)) for o in options}
        expected["uncertain"][row] = list(sets.pop()) if len(sets) == 1 else None
    rules_of = {"applications": ("applications.",), "reviews": ("reviews.",)}
    for row in expected["uncertain"]:
        prefixes = rules_of.get(row.split(".")[0])
        if prefixes:
            expected["must_not_fire"] = [r for r in expected["must_not_fire"] if not r.startswith(prefixes)]
    if expected["uncertain"]:
        if "layout.ambiguous_columns" not in expected["must_fire"]:
            expected["must_fire"].append("layout.ambiguous_columns")
        expected["must_not_fire"] = [r for r in expected["must_not_fire"] if r != "layout.ambiguous_columns"]
    else:
        expected["must_fire"] = [r for r in expected["must_fire"] if r != "layout.ambiguous_columns"]
    if not keep_label_variant:
        expected["must_fire"] = [r for r in expected["must_fire"] if r != "label.variant"]
    return expected
