#!/usr/bin/env python3
"""Derives the parser fixtures of tests/data/fixtures/ and tests/data/bad/ from the seed reports.

usage: make_fixtures.py [--shared DIR] [--check]

Reads ../shared/seeds/*.txt and ../shared/golden/*.json (or --shared DIR), writes for every case
    fixtures/<case>/<input file>     the varied report
    fixtures/<case>/expected.json    in the format of the golden files (file, agency_contains, year,
                                     published, template, cells, uncertain, must_fire, must_not_fire)
and the bad inputs of bad/; the content-sniffing cases of sniff/ (from formats/: pages, a web
archive and RTF under names that do not say so; expected.json adds `format`); the text shapes of
shapes/ (see shapes.py: one line, no separators, mixed spaces, one cell per line, pipe rows, w3m
box drawings, pdftotext in both modes) from the seeds and the real reports of ../shared/real, and
shapes/property_inputs.json. Standard library, iconv(1), w3m(1) and pdftotext(1).

Every expected.json starts from the golden file of the seed it was derived from; where a variation
changes what a correct parser must report, the case says so next to the change. Before writing,
the script re-reads the table values of each seed it uses and checks them against the golden file,
so a fixture never silently disagrees with the golden file of its seed.

--check regenerates into a temporary folder and exits 1 when the committed files differ.
"""
import filecmp
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDERS = ("fixtures", "bad", "sniff", "shapes")

SEED = {
    "000": "000_930612e95d48d6b0",  # 保康县 2020, pipe layout, 2019 template, extra art20_1 row
    "001": "001_7097c5c10f7e9ea9",  # 安泽县 2021, cell-per-line, 2021 template
    "003": "003_a2303bdcaefa6cda",  # 沈河区 2020, pipe layout, 2019 template, label typos
    "004": "004_95a02e89d4595156",  # 工布江达县 2020, cell-per-line, 2019 template
}

# ---------------------------------------------------------------------------------------------
# The canonical model (../shared/spec/report-model.md), only as much as the fixtures need.

APPLICANT_COLUMNS = ["natural_person", "commercial", "research", "social_welfare", "legal_service",
                     "other_org", "total"]
REVIEW_COLUMNS = [f"{g}_{c}" for g in ("review", "direct", "after")
                  for c in ("upheld", "corrected", "other", "pending", "total")]
ART20_COLUMNS = {
    "2019": {"art20_1": ["new_made", "new_published", "total_published"],
             "art20_5": ["prev_count", "change", "decisions"],
             "art20_6": ["prev_count", "change", "decisions"],
             "art20_8": ["prev_count", "change"],
             "art20_9": ["projects", "amount"]},
    "2021": {"art20_1": ["issued", "repealed", "in_force"],
             "art20_5": ["decisions"],
             "art20_6": ["decisions"],
             "art20_8": ["amount"]},
}
# Art. 20 rows: (row id, table id, label prefixes after removing blanks). Order matters: the
# provincial extra row mentions 规范性文件 too.
ART20_ROWS = [
    ("extra", None, ("其他主动公开文件",)),
    ("regulations", "art20_1", ("规章",)),
    ("normative_docs", "art20_1", ("规范性文件", "行政规范性文件")),
    ("licensing", "art20_5", ("行政许可",)),
    ("other_services", "art20_5", ("其他对外管理服务事项",)),
    ("penalty", "art20_6", ("行政处罚",)),
    ("coercion", "art20_6", ("行政强制",)),
    ("fees", "art20_8", ("行政事业性收费",)),
    ("procurement", "art20_9", ("政府集中采购",)),
]
# Applications rows: (row id, a key word of its innermost label).
APPLICATION_ROWS = [
    ("new_received", "本年新收"), ("carried_over", "上年结转"), ("disclosed", "予以公开"),
    ("partial", "部分公开"), ("withheld_state_secret", "国家秘密"),
    ("withheld_law_prohibited", "禁止公开"), ("withheld_three_safety", "三安全"),
    ("withheld_third_party", "第三方"), ("withheld_internal", "内部事务"),
    ("withheld_process", "过程性"), ("withheld_enforcement", "案卷"), ("withheld_query", "查询"),
    ("unavailable_not_held", "不掌握"), ("unavailable_needs_creation", "另行制作"),
    ("unavailable_unclear", "仍不明确"), ("rejected_petition", "信访"),
    ("rejected_repeat", "重复申请"), ("rejected_publication", "出版物"),
    ("rejected_excessive", "大量反复"), ("rejected_confirm", "重新出具"),
    ("other", "其他处理"), ("other_no_correction", "不补正"), ("other_no_fee", "缴纳费用"),
    ("other_other", "3.其他"), ("result_total", "总计"), ("carried_forward", "结转下年度"),
]
RESULT_ROWS = [r for r, _ in APPLICATION_ROWS
               if r not in ("new_received", "carried_over", "result_total", "carried_forward")]

VALUE_RE = re.compile(r"^[+\-]?\d+(\.\d+)?(万元|元|笔|项|个)?$")


def is_value(cell):
    return cell is not None and VALUE_RE.match(cell.strip()) is not None


def parse_value(text):
    """A printed cell as report-model.md reads it: '+25' → 25, '5234万元' → 5234, '984361元' → 98.4361."""
    text = text.strip()
    if not text:
        return None
    m = re.match(r"^([+\-]?\d+(?:\.\d+)?)(万元|元|笔|项|个)?$", text)
    if not m:
        raise ValueError(f"not a value: {text!r}")
    number = float(m.group(1))
    if m.group(2) == "元":
        number = number / 10000.0
    return int(number) if number == int(number) and "." not in m.group(1) else number


def compact(label):
    return re.sub(r"\s+", "", label or "")


# ---------------------------------------------------------------------------------------------
# A report as prose lines and tables. A table row is a list of cells; None is a merged cell
# (a line with only a tab in the cell-per-line layout, nothing at all in the pipe layout).

class Table:
    def __init__(self, kind, rows):
        self.kind = kind  # art20, applications, reviews
        self.rows = rows


KINDS = ["art20", "applications", "reviews"]


def parse_pipe(text):
    """Seeds 000/002/003: one table row per line, `a | b | c |`; consecutive rows form a block."""
    doc, block = [], None
    for line in text.split("\n"):
        if "|" in line:
            if block is None:
                block = Table(KINDS[sum(isinstance(d, Table) for d in doc)], [])
                doc.append(block)
            cells = [c.strip() for c in line.split("|")]
            while cells and cells[-1] == "":
                cells.pop()
            block.rows.append(cells)
        else:
            block = None
            doc.append(line)
    return doc


def parse_cell_per_line(text):
    """Seeds 001/004: one tab-indented cell per line, rows end at an empty line, a line with only a
    tab is a merged cell, a line without a tab continues the cell above; a row whose first line
    starts with a blank before the tab begins a new table (seed 001 lost the headings there)."""
    doc, block, row, last_was_cell = [], None, None, False

    def new_block():
        nonlocal block
        block = Table(KINDS[sum(isinstance(d, Table) for d in doc)], [])
        doc.append(block)

    for line in text.split("\n"):
        m = re.match(r"^( *)\t(.*)$", line)
        if m:
            if block is None or (m.group(1) and row is None):
                new_block()
            if m.group(1) and row is not None:  # " \t" right after a cell: a new table
                new_block()
                row = None
            if row is None:
                row = []
                block.rows.append(row)
            content = m.group(2).strip()
            row.append(content if content else None)
            last_was_cell = True
        elif line.strip() == "":
            row = None
            last_was_cell = False
            if block is None:
                doc.append(line)
        elif block is not None and last_was_cell:
            row[-1] = (row[-1] or "") + "\n" + line.strip()
        else:
            if block is not None:
                doc.append("")
            block, row, last_was_cell = None, None, False
            doc.append(line)
    return doc


PIPE_WIDTH = {"art20": 4, "applications": 9, "reviews": 15}


def pipe_row(kind, row, wrap=False):
    cells = [c for c in row if c is not None]
    cells = [c if wrap else c.replace("\n", "") for c in cells]
    return " | ".join(cells) + " |" + "|" * max(0, PIPE_WIDTH[kind] - len(cells))


def render_pipe(doc):
    out = []
    for item in doc:
        if isinstance(item, Table):
            out.extend(pipe_row(item.kind, row) for row in item.rows)
        else:
            out.append(item)
    return "\n".join(out)


def render_cell_per_line(doc):
    out = []
    for item in doc:
        if isinstance(item, Table):
            if out and out[-1] != "":
                out.append("")
            for row in item.rows:
                for cell in row:
                    parts = (cell or "").split("\n")
                    out.append("\t" + parts[0])
                    out.extend(parts[1:])
                out.append("")
        else:
            out.append(item)
    return "\n".join(out)


def add_merged_cells(doc):
    """The pipe layout drops the cells that a merged label covers; the cell-per-line layout keeps
    them as lines with only a tab (see seed 004). Put them back for the applications and reviews
    tables: a （一）-level label under 三、 and a 1.-level label under （三） sit in merged rows."""
    for item in doc:
        if not isinstance(item, Table):
            continue
        if item.kind == "applications":
            rows = []
            for row in item.rows:
                first = row[0]
                if not any(is_value(c) for c in row):  # header rows of the applicant columns
                    if "申请人情况" in first:
                        row = [None] + row if len(row) == 1 else row
                    elif first == "自然人":
                        row = [None] + row
                    elif first == "商业企业":
                        row = [None, None] + row + [None]
                elif re.match(r"^[（(]", first):
                    row = [None] + row
                elif re.match(r"^\d", first):
                    row = [None, None] + row
                rows.append(row)
            item.rows = rows
        elif item.kind == "reviews":
            item.rows = [[None] * 5 + row if len(row) == 10 and not any(is_value(c) for c in row) else row
                         for row in item.rows]
    return doc


def canonical_rows(doc, template):
    """{row id: (table id, [printed value cells])} read off the parsed seed."""
    found = {}
    for item in doc:
        if not isinstance(item, Table):
            continue
        for row in item.rows:
            cells = [c for c in row if c is not None]
            values = [c for c in cells if is_value(c)]
            labels = [compact(c) for c in cells if not is_value(c)]
            if not labels:
                if item.kind == "reviews" and values:
                    found["all"] = ("reviews", values)
                continue
            if item.kind == "art20":
                for row_id, table, prefixes in ART20_ROWS:
                    if labels[0].startswith(prefixes):
                        if table:
                            found[row_id] = (table, values)
                        break
            elif item.kind == "applications":
                leaf = labels[-1]
                for row_id, word in APPLICATION_ROWS:
                    if word in leaf and (row_id != "other" or template == "2019"):
                        if row_id == "result_total" and "七" not in leaf:
                            continue
                        found[row_id] = ("applications", values)
                        break
    return found


def columns_of(table, template):
    if table == "applications":
        return APPLICANT_COLUMNS
    if table == "reviews":
        return REVIEW_COLUMNS
    return ART20_COLUMNS[template][table]


def cells_from_rows(rows, template):
    cells = {}
    for row_id, (table, values) in rows.items():
        columns = columns_of(table, template)
        padded = values + [""] * (len(columns) - len(values))
        for column, value in zip(columns, padded):
            cells[f"{table}.{row_id}.{column}"] = parse_value(value)
    return cells


def verify_against_golden(key, doc, golden):
    """The values this script reads off a seed must be the golden ones: a fixture derived from a
    seed whose golden file disagrees with the report would test the wrong thing."""
    got = cells_from_rows(canonical_rows(doc, golden["template"]), golden["template"])
    problems = [f"{cid}: golden {want!r}, report {got.get(cid, '<absent>')!r}"
                for cid, want in golden["cells"].items()
                if cid.rsplit(".", 1)[0] not in golden["uncertain"] and not same(got.get(cid, "absent"), want)]
    if problems:
        raise SystemExit(f"seed {key}: the golden file and the report disagree:\n  " + "\n  ".join(problems))


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-6


# ---------------------------------------------------------------------------------------------
# Lost separators: which splits of a run of digits the report itself decides.

TOKEN = {
    "count": r"0|[1-9]\d*",
    "change": r"[+\-]?(?:0|[1-9]\d*)",
    "amount": r"(?:0|[1-9]\d*)(?:\.\d+)?(?:万元|元)?",
}


def column_kind(column):
    return {"change": "change", "amount": "amount"}.get(column, "count")


def splits(text, kinds):
    """Every way to cut `text` into len(kinds) non-blank numbers (no leading zeros)."""
    if not kinds:
        return [[]] if text == "" else []
    result = []
    pattern = re.compile(TOKEN[kinds[0]])
    for end in range(1, len(text) + 1):
        token = text[:end]
        if pattern.fullmatch(token):
            for rest in splits(text[end:], kinds[1:]):
                result.append([token] + rest)
    return result


def decide_rows(rows, template):
    """For every canonical row whose separators are lost: the candidate splits that the printed
    arithmetic allows. Applications: total = sum of the six applicant columns, and per column
    一+二 = 三（七）+四 and 三（七）= sum of 三（一）…（六）. Reviews: each group's total = the
    sum of its four. Art. 20 tables print no arithmetic."""
    candidates = {}
    for row_id, (table, values) in rows.items():
        columns = columns_of(table, template)
        text = "".join(values)
        if text == "":
            candidates[row_id] = [[""] * len(columns)]
            continue
        options = splits(text, [column_kind(c) for c in columns])
        nums = lambda option: [parse_value(v) for v in option]  # noqa: E731
        if table == "applications":
            options = [o for o in options if sum(nums(o)[:6]) == nums(o)[6]]
        elif table == "reviews":
            options = [o for o in options
                       if all(sum(nums(o)[g * 5:g * 5 + 4]) == nums(o)[g * 5 + 4] for g in range(3))]
        if values not in options:
            raise SystemExit(f"row {row_id}: the printed split {values} is not among {options}")
        candidates[row_id] = options

    # The column arithmetic of the applications table ties its rows together.
    app_rows = [r for r, (t, _) in rows.items() if t == "applications"]
    open_rows = [r for r in app_rows if len(candidates[r]) > 1]
    product = 1
    for r in open_rows:
        product *= len(candidates[r])
    if open_rows and product <= 500000:
        survivors = []
        for combo in itertools.product(*(candidates[r] for r in open_rows)):
            pick = {r: candidates[r][0] for r in app_rows}
            pick.update(dict(zip(open_rows, combo)))
            col = lambda r, c: parse_value(pick[r][c]) or 0  # noqa: E731
            if all(col("new_received", c) + col("carried_over", c) == col("result_total", c) + col("carried_forward", c)
                   and col("result_total", c) == sum(col(r, c) for r in RESULT_ROWS if r in pick)
                   for c in range(7)):
                survivors.append(combo)
        for i, r in enumerate(open_rows):
            kept = []
            for combo in survivors:
                if combo[i] not in kept:
                    kept.append(combo[i])
            candidates[r] = kept
    return candidates


def expected_without_separators(golden, doc):
    """Cells the report decides keep their golden values; a row with more than one possible split
    goes to `uncertain`, with its values where every split gives the same values (score-golden
    compares the sorted non-blank values), else with null (only the marking can be scored)."""
    expected = dict(golden, cells=dict(golden["cells"]), uncertain=dict(golden["uncertain"]))
    rows = canonical_rows(doc, golden["template"])
    candidates = decide_rows(rows, golden["template"])
    for row_id, options in candidates.items():
        if len(options) == 1:
            continue
        table = rows[row_id][0]
        value_sets = {tuple(sorted(parse_value(v) for v in o if v != "")) for o in options}
        key = f"{table}.{row_id}"
        expected["uncertain"][key] = list(value_sets.pop()) if len(value_sets) == 1 else None
        if table == "applications":
            expected["must_not_fire"] = [r for r in expected["must_not_fire"] if not r.startswith("applications.")]
        if table == "reviews":
            expected["must_not_fire"] = [r for r in expected["must_not_fire"] if r != "reviews.group_total"]
    if expected["uncertain"]:
        add_rule(expected, "must_fire", "layout.ambiguous_columns")
    return expected


def strip_separators(text):
    return "\n".join("".join(c.strip() for c in line.split("|")) if "|" in line else line
                     for line in text.split("\n"))


# ---------------------------------------------------------------------------------------------
# 简体 → 繁體 for the characters of seed 004 (labels and prose) that Big5 lacks, plus 后→後.
# Characters that Big5 has in both scripts (于, 制, 采 …) stay as they are, as in seed 002.

TRADITIONAL = dict(zip(
    "业严个为举义习乡众会传关内决况减则创别办务动区华单厅县参发号员国场坚处够学实审宽对导将层属应开"
    "强当录彻态总户执扩护报担数断无时权条没点现电监础积称稳简类紧纠级组细织经结统继续维编罚联获补规"
    "视计认让训议许讼设访识诉试询说请读调购贯费转载达过运这进邮镇长门问闻际项顺领题额验骤齐后",
    "業嚴個為舉義習鄉眾會傳關內決況減則創別辦務動區華單廳縣參發號員國場堅處夠學實審寬對導將層屬應開"
    "強當錄徹態總戶執擴護報擔數斷無時權條沒點現電監礎積稱穩簡類緊糾級組細織經結統繼續維編罰聯獲補規"
    "視計認讓訓議許訟設訪識訴試詢說請讀調購貫費轉載達過運這進郵鎮長門問聞際項順領題額驗驟齊後"))


def to_traditional(text):
    return "".join(TRADITIONAL.get(c, c) for c in text)


FULLWIDTH = str.maketrans("0123456789+-.()", "０１２３４５６７８９＋－．（）")


def map_pipe_cells(text, fn):
    """Applies fn(cell) to every cell of every pipe row, keeping the blanks around the cells."""
    out = []
    for line in text.split("\n"):
        if "|" in line:
            parts = []
            for part in line.split("|"):
                m = re.match(r"^(\s*)(.*?)(\s*)$", part, re.S)
                parts.append(m.group(1) + (fn(m.group(2)) if m.group(2) else "") + m.group(3))
            line = "|".join(parts)
        out.append(line)
    return "\n".join(out)


def replace_once(text, old, new):
    if text.count(old) != 1:
        raise SystemExit(f"expected exactly one {old!r} in the seed, found {text.count(old)}")
    return text.replace(old, new)


def iconv(text, charset):
    run = subprocess.run(["iconv", "-f", "UTF-8", "-t", charset], input=text.encode("utf-8"),
                         capture_output=True, check=False)
    if run.returncode != 0:
        raise SystemExit(f"iconv to {charset} failed: {run.stderr.decode(errors='replace')}")
    return run.stdout


def add_rule(expected, key, rule):
    if rule not in expected[key]:
        expected[key].append(rule)
    other = "must_not_fire" if key == "must_fire" else "must_fire"
    expected[other] = [r for r in expected[other] if r != rule]


# ---------------------------------------------------------------------------------------------
# The prose-only report (no tables at all).

PROSE_ONLY = """临川区市场监督管理局2022年政府信息公开工作年度报告

本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。

一、总体情况
2022年，我局坚持以公开为常态、不公开为例外，全年在区政府门户网站主动公开各类政府信息386条，其中政策文件12件、政策解读9篇、行政许可和行政处罚“双公示”信息241条。

二、主动公开政府信息情况
全年制发行政规范性文件2件，废止1件，现行有效行政规范性文件15件。办理行政许可事项1347件，作出行政处罚决定58件、行政强制决定4件，收取行政事业性收费3.6万元。

三、收到和处理政府信息公开申请情况
全年共收到政府信息公开申请12件，其中自然人申请10件、商业企业申请2件；上年结转1件。予以公开8件，部分公开1件，本机关不掌握相关政府信息3件；结转下年度继续办理1件。

四、政府信息公开行政复议、行政诉讼情况
全年因政府信息公开被申请行政复议1件，结果维持；未发生行政诉讼。

五、存在的主要问题及改进情况
一是主动公开的及时性有待提高；二是政策解读形式较为单一。下一步，我局将进一步规范信息发布流程，丰富解读形式。

六、其他需要报告的事项
本年度未收取信息处理费。

临川区市场监督管理局
2023年1月18日
"""

# ---------------------------------------------------------------------------------------------


def load(shared, key):
    name = SEED[key]
    with open(os.path.join(shared, "seeds", name + ".txt"), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(shared, "golden", name + ".json"), encoding="utf-8") as f:
        golden = json.load(f)
    return text, golden


def from_golden(golden, file_name, why):
    expected = json.loads(json.dumps(golden))
    expected["file"] = file_name
    return expected, why


def cases(shared):
    """Yields (case name, input file name, bytes, expected, description)."""
    s000, g000 = load(shared, "000")
    s001, g001 = load(shared, "001")
    s003, g003 = load(shared, "003")
    s004, g004 = load(shared, "004")
    d000, d001, d003, d004 = parse_pipe(s000), parse_cell_per_line(s001), parse_pipe(s003), parse_cell_per_line(s004)
    for key, doc, golden in (("000", d000, g000), ("001", d001, g001), ("003", d003, g003), ("004", d004, g004)):
        verify_against_golden(key, doc, golden)

    def case(name, file_name, data, expected, why):
        if isinstance(data, str):
            data = data.encode("utf-8")
        expected = dict(expected, file=file_name)
        return name, file_name, data, expected, why

    # 1. The 2021 template (seed 001) in the pipe layout: same cells, same rules (the typos 冇效
    #    and "3," survive the re-layout, so label.variant still fires).
    yield case("t2021_pipe_layout", "anze_2021_pipe.txt", render_pipe(parse_cell_per_line(s001)), g001,
               "seed 001 (2021 template) re-laid out as pipe rows")

    # 2. The 2019 template (seed 003) in the cell-per-line layout, merged cells as tab-only lines.
    yield case("t2019_cell_per_line", "shenhe_2020_cells.txt", render_cell_per_line(add_merged_cells(parse_pipe(s003))),
               g003, "seed 003 (2019 template) re-laid out one cell per line")

    # 3. 繁體 (seed 004, cell-per-line). The agency is printed in 繁體, so agency_contains is too.
    traditional = to_traditional(s004)
    e = json.loads(json.dumps(g004))
    e["agency_contains"] = to_traditional(g004["agency_contains"])
    yield case("traditional_cell_per_line", "gongbujiangda_2020_trad.txt", traditional, e,
               "seed 004 in traditional characters")

    # 4.-6. Encodings: the text is the seed's, so are the cells.
    yield case("encoding_gb18030", "shenhe_2020_gb18030.txt", iconv(s003, "GB18030"), g003, "seed 003 in GB18030")
    try:
        big5 = iconv(traditional, "BIG5")
    except SystemExit:
        missing = sorted({c for c in traditional if not _encodable(c, "big5")})
        raise SystemExit("characters of the 繁體 text that Big5 lacks (add them to TRADITIONAL): " + "".join(missing))
    yield case("encoding_big5", "gongbujiangda_2020_big5.txt", big5, e, "seed 004, 繁體, in Big5")
    yield case("encoding_utf16le_bom", "baokang_2020_utf16le.txt", b"\xff\xfe" + iconv(s000, "UTF-16LE"), g000,
               "seed 000 in UTF-16LE with a byte order mark")

    # 7. CRLF line ends.
    yield case("crlf_line_ends", "anze_2021_crlf.txt", s001.replace("\n", "\r\n"), g001, "seed 001 with CRLF line ends")

    # 8. Full-width digits, signs, decimal points and brackets in the table cells (NFKC folds them):
    #    "＋２５" is still 25, "２１３５０．４６万元" still 21350.46.
    yield case("fullwidth_digits", "shenhe_2020_fullwidth.txt", map_pipe_cells(s003, lambda c: c.translate(FULLWIDTH)),
               g003, "seed 003 with full-width digits and brackets in every table cell")

    # 9. Row labels wrapped over two lines.
    wrapped = s003
    for old, new in (("(二)部分公开(区分处理的,只计这一情形,不计其他情形) |", "(二)部分公开(区分处理的,只计这一情形,\n不计其他情形) |"),
                     ("一、本年新收到政府信息公开申请数量 |", "一、本年新收到政府信息\n公开申请数量 |"),
                     ("5.要求行政机关确认或重新出具已获取信息 |", "5.要求行政机关确认或重新出具\n已获取信息 |"),
                     ("其他对外管理服务事项 |", "其他对外管理\n服务事项 |")):
        wrapped = replace_once(wrapped, old, new)
    yield case("wrapped_labels_pipe", "shenhe_2020_wrapped.txt", wrapped, g003,
               "seed 003 with long row labels broken before their first |")
    wrapped = s004
    for old, new in (("\t2.其他法律行政法规禁止公开\n", "\t2.其他法律行政\n法规禁止公开\n"),
                     ("\t1.本机关不掌握相关政府信息\n", "\t1.本机关不掌握相关\n政府信息\n"),
                     ("\t一、本年新收政府信息公开申请数量\n", "\t一、本年新收政府信息\n公开申请数量\n"),
                     ("\t其他对外管理服务事项\n", "\t其他对外管理\n服务事项\n")):
        wrapped = replace_once(wrapped, old, new)
    yield case("wrapped_labels_cell_per_line", "gongbujiangda_2020_wrapped.txt", wrapped, g004,
               "seed 004 with label cells continued on a line without a tab")

    # 10. Only the applications table. The Art. 20 and review tables are absent: their cells are
    #     null (not 0) and table.missing fires. The template stays 2019: the applications table has
    #     the single （六）其他处理 row of 2019, and the report is for 2020.
    lines = s003.split("\n")
    kept, section = [], None
    for line in lines:
        m = re.match(r"^([一二三四五六])、", line)
        if m and "|" not in line:
            section = m.group(1)
        if "|" in line and section in ("二", "四"):
            if kept and kept[-1].startswith(("本机关", "行政复议")):
                continue
            kept.append("本机关主动公开政府信息情况详见政府信息公开专栏（表略）。" if section == "二"
                        else "行政复议、行政诉讼情况见附表（略）。")
            continue
        kept.append(line)
    e = json.loads(json.dumps(g003))
    for cid in e["cells"]:
        if not cid.startswith("applications."):
            e["cells"][cid] = None
    add_rule(e, "must_fire", "table.missing")
    # A missing table is not a table of blanks: no claim either way about value.blank here.
    e["must_not_fire"] = [r for r in e["must_not_fire"] if r not in ("value.blank", "reviews.group_total")]
    yield case("applications_table_only", "shenhe_2020_applications_only.txt", "\n".join(kept), e,
               "seed 003 without its Art. 20 and review tables")

    # 11. A provincial extra row in art20_1 (like seed 000): kept as an extra row, not canonical.
    extra = replace_once(s003, "规范性文件 | 0 | 0 | 2 |\n",
                         "规范性文件 | 0 | 0 | 2 |\n其他主动公开文件(含以本单位或本单位办公室名义正式签发的、除规范性文件以外的主动公开文件) | 41 | 41 | 386 |\n")
    e = json.loads(json.dumps(g003))
    add_rule(e, "must_fire", "layout.extra_row")
    yield case("provincial_extra_row", "shenhe_2020_extra_row.txt", extra, e,
               "seed 003 with a provincial 其他主动公开文件 row in art20_1")

    # 12. A page break in the middle of the applications table.
    broken = replace_once(s003, "5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n",
                          "5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n\n                                        - 3 -\n\f")
    yield case("page_break_pipe", "shenhe_2020_page_break.txt", broken, g003,
               "seed 003 with a page number line and a form feed inside the applications table")
    marker = "\t5.属于三类内部事务信息\n" + "\t0\n" * 7 + "\n"
    broken = replace_once(s004, marker, marker + "第 3 页 共 6 页\n\n")
    yield case("page_break_cell_per_line", "gongbujiangda_2020_page_break.txt", broken, g004,
               "seed 004 with a 第 3 页 line inside the applications table")

    # 13. Every cell separator lost (web-page text): see expected_without_separators.
    yield case("no_separators_003", "shenhe_2020_no_separators.txt", strip_separators(s003),
               expected_without_separators(g003, d003), "seed 003 with every | removed")
    yield case("no_separators_000", "baokang_2020_no_separators.txt", strip_separators(s000),
               expected_without_separators(g000, d000), "seed 000 with every | removed")

    # 14. Prose numbers only, no table. There is no table to decide the template, so it follows
    #     the year (the 2021 template applies to the 2021 reports and later, report-model.md), and
    #     every cell of that template is null: the prose is not a table. A department's report
    #     dated 18 January is on time.
    e = json.loads(json.dumps(g001))
    e.update(agency_contains="临川区市场监督管理局", year=2022, published="2023-01-18", template="2021",
             uncertain={}, must_fire=["table.missing"],
             must_not_fire=["applications.balance", "applications.row_total", "applications.result_total",
                            "reviews.group_total", "value.invalid", "layout.ambiguous_columns",
                            "narrative.mismatch", "meta.late_publication"])
    e["cells"] = {cid: None for cid in g001["cells"]}
    yield case("prose_only_no_tables", "linchuan_2022_prose.txt", PROSE_ONLY, e, "a report with prose numbers and no tables")


def _encodable(c, codec):
    try:
        c.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


def bad_inputs(shared):
    """tests/data/bad/: inputs a user may open by mistake or that arrive damaged."""
    s003, _ = load(shared, "003")
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
           b"\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
    raw = s003.encode("utf-8")
    # Cut inside the 属 of 三（三）6.属于四类过程性信息: mid-table and mid-character.
    cut = raw.index("6.属于四类过程性信息".encode("utf-8")) + len("6.".encode("utf-8")) + 1
    yield "empty.txt", b""
    yield "image.png", png
    yield "binary_named_report.txt", png * 4
    yield "truncated_in_applications.txt", raw[:cut]


# ---------------------------------------------------------------------------------------------
# Content sniffing (sniff/): files whose name does not say what they hold, as government sites
# serve them. Each starts from a committed file of formats/ (made by formats/make_formats.py) and
# gives the golden cells of its seed; expected.json adds the `format` the reader must report.

FORMATS = os.path.join(HERE, "formats")


def read_format(name):
    with open(os.path.join(FORMATS, name), "rb") as f:
        return f.read()


def word_mhtml(html_utf8):
    r"""Word's "single file web page" (.mht, served as .doc): multipart/related, the page in GB2312
    as quoted-printable with the charset in the part's header, a picture and a file list beside it."""
    import base64
    import quopri
    page = html_utf8.decode("utf-8").replace('<meta charset="utf-8">',
                                             '<meta http-equiv=Content-Type content="text/html; charset=gb2312">')
    body = quopri.encodestring(page.encode("gb18030")).decode("ascii").replace("\n", "\r\n")
    boundary = "----=_NextPart_01D7A1B2.3C4D5E60"
    picture = base64.encodebytes(b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01"
                                 b"\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;").decode("ascii")
    parts = [
        "MIME-Version: 1.0",
        "Content-Type: multipart/related; boundary=\"%s\"" % boundary,
        "",
        "此文档为“单个文件网页”，也称为“Web 档案”文件。".encode("gb18030").decode("latin-1"),
        "",
        "--" + boundary,
        "Content-Location: file:///C:/5F2A1B3C/report.htm",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Type: text/html; charset=\"gb2312\"",
        "",
        body,
        "",
        "--" + boundary,
        "Content-Location: file:///C:/5F2A1B3C/report.files/image001.gif",
        "Content-Transfer-Encoding: base64",
        "Content-Type: image/gif",
        "",
        picture.replace("\n", "\r\n"),
        "--" + boundary,
        "Content-Location: file:///C:/5F2A1B3C/report.files/filelist.xml",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Type: text/xml; charset=\"utf-8\"",
        "",
        "<xml xmlns:o=3D\"urn:schemas-microsoft-com:office:office\">\r\n <o:MainFile HRef=3D\"../report.htm\"/>\r\n</xml>",
        "--" + boundary + "--",
        "",
    ]
    return "\r\n".join(parts).encode("latin-1")


def word_style_rtf(rtf):
    r"""LibreOffice's RTF (every CJK character a \uN with a '?' fallback) turned into what Word and
    WPS write for a Chinese document: \ansicpg936, CJK fonts with \fcharset134 and the characters as
    GBK bytes (\'d6\'d0); characters from U+9000 up stay \u-N (signed, as Word writes them) with a
    two-byte GBK fallback under \uc2, which a reader must skip."""
    text = rtf.decode("ascii")
    text = text.replace("{\\rtf1\\ansi\\deff", "{\\rtf1\\ansi\\ansicpg936\\deff", 1)
    text = re.sub(r"(\\f\d+\\fnil\\fprq2)\\fcharset0( Noto S[a-z]+ CJK SC;)", r"\1\\fcharset134\2", text)

    def gbk(ch):
        return "".join("\\'%02x" % b for b in ch.encode("gbk"))

    def replace(m):
        code = int(m.group(1))
        code = code + 65536 if code < 0 else code
        ch = chr(code)
        try:
            ch.encode("gbk")
        except UnicodeEncodeError:
            return m.group(0)
        if code >= 0x9000:
            return "{\\uc2\\u%d%s}" % (code - 65536 if code > 32767 else code, gbk(ch))
        return gbk(ch)

    text = re.sub(r"\\u(-?\d+)\\'[0-9a-f]{2}", replace, text)
    return text.encode("ascii")


def sniff_cases(shared):
    """Yields (case name, input file name, bytes, expected, description) for sniff/."""
    _, g001 = load(shared, "001")
    _, g003 = load(shared, "003")
    s004, g004 = load(shared, "004")

    def grid_expected(golden, file_name, fmt):
        # The pages of formats/ print the template's own labels, so the seed's typos (label.variant)
        # are not in them; every other expectation is the seed's.
        e = dict(json.loads(json.dumps(golden)), file=file_name, format=fmt)
        e["must_fire"] = [r for r in e["must_fire"] if r != "label.variant"]
        return e

    yield ("html_as_txt", "shenhe_2020_page_source.txt", read_format("gbk.html"),
           grid_expected(g003, "shenhe_2020_page_source.txt", "html"),
           "a GBK web page's source saved as .txt (formats/gbk.html)")
    yield ("html_as_doc", "anze_2021.doc", read_format("001.html"), grid_expected(g001, "anze_2021.doc", "html"),
           "a web page served as .doc (formats/001.html)")
    yield ("mhtml_as_doc", "shenhe_2020_web_archive.doc", word_mhtml(read_format("003.html")),
           grid_expected(g003, "shenhe_2020_web_archive.doc", "html"),
           "Word's single file web page (MHTML, GB2312, quoted-printable) served as .doc (formats/003.html)")
    yield ("rtf_as_doc", "shenhe_2020_rtf.doc", read_format("003.rtf"), grid_expected(g003, "shenhe_2020_rtf.doc", "rtf"),
           "RTF as LibreOffice writes it, served as .doc (formats/003.rtf)")
    yield ("rtf_cp936_as_doc", "anze_2021_rtf.doc", word_style_rtf(read_format("001.rtf")),
           grid_expected(g001, "anze_2021_rtf.doc", "rtf"),
           "RTF as Word writes a Chinese document (\\ansicpg936, GBK bytes, \\uN with \\uc2), served as .doc")
    e = dict(json.loads(json.dumps(g004)), file="gongbujiangda_2020.html", format="text")
    yield ("text_as_html", "gongbujiangda_2020.html", s004.encode("utf-8"), e,
           "seed 004 (plain text, one cell per line) saved as .html")


# ---------------------------------------------------------------------------------------------
# Text shapes (shapes/): see shapes.py. Seeds and the seven real reports of ../shared/real.

REAL = ["002_pingtan_gaj_2019", "005_pingtan_region_2021", "007_pingtan_region_2020", "010_pingtan_czj_2022",
        "014_pingtan_gaj_2024", "015_pingtan_czj_2020", "021_pingtan_gwh_2025"]


def seed_items(doc, template):
    """A parsed seed as shapes.py items: value cells carry their canonical cell ids, found from
    their row's labels as canonical_rows() finds them."""
    import shapes
    items = []
    for item in doc:
        if isinstance(item, str):
            items.append(item)
            continue
        rows = []
        for row in item.rows:
            cells = [c for c in row if c is not None]
            values = [c for c in cells if is_value(c)]
            labels = [compact(c) for c in cells if not is_value(c)]
            ids = None
            if not labels and item.kind == "reviews" and values:
                ids = [f"reviews.all.{c}" for c in REVIEW_COLUMNS]
            elif labels and item.kind == "art20":
                for row_id, table, prefixes in ART20_ROWS:
                    if labels[0].startswith(prefixes):
                        if table:
                            ids = [f"{table}.{row_id}.{c}" for c in ART20_COLUMNS[template][table]]
                        break
            elif labels and item.kind == "applications":
                for row_id, word in APPLICATION_ROWS:
                    if word in labels[-1] and (row_id != "other" or template == "2019"):
                        if row_id == "result_total" and "七" not in labels[-1]:
                            continue
                        ids = [f"applications.{row_id}.{c}" for c in APPLICANT_COLUMNS]
                        break
            if ids:
                if len(values) != len(ids):
                    raise SystemExit(f"a seed row with blanks: {cells}")
                it = iter(ids)
                cells = [shapes.Value(c.strip(), next(it)) if is_value(c) else c for c in cells]
            rows.append(cells)
        items.append(("table", rows))
    return items


def shape_cases(shared):
    """Yields (case name, input file name, bytes, expected, description) for shapes/."""
    sys.path.insert(0, HERE)
    import shapes
    mf = shapes.make_formats()
    sources = []
    for key, parse, name in (("001", parse_cell_per_line, "anze_2021"), ("003", parse_pipe, "shenhe_2020"),
                             ("004", parse_cell_per_line, "gongbujiangda_2020")):
        text, golden = load(shared, key)
        sources.append((f"seed{key}", name, "", seed_items(parse(text), golden["template"]), golden, None))
    for real in REAL:
        with open(os.path.join(shared, "real", "reports", real + ".txt"), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(shared, "real", "golden", real + ".json"), encoding="utf-8") as f:
            golden = json.load(f)
        head, items = shapes.real_document(text, golden, mf)
        sources.append((f"real{real[:3]}", real[4:], head, items, golden, text))

    def case(name, file_name, data, golden, appearance, why, keep_label_variant=True):
        if isinstance(data, str):
            data = data.encode("utf-8")
        expected = shapes.expected_for(golden, appearance, ART20_COLUMNS, keep_label_variant)
        expected["file"] = file_name
        return name, file_name, data, expected, why

    for tag, name, head, items, golden, real_text in sources:
        text, how = shapes.one_line(head, items)
        yield case(f"{tag}_one_line", f"{name}_one_line.txt", text, golden, how,
                   f"{tag}: the whole report on one line, cells apart by single spaces, blanks gone")
        text, how = shapes.no_separators(head, items)
        yield case(f"{tag}_no_separators", f"{name}_glued.txt", text, golden, how,
                   f"{tag}: one line, no separator in the tables (a row's digits run into the next row's number)")
        text, how = shapes.mixed_spaces(head, items, tag)
        yield case(f"{tag}_mixed_spaces", f"{name}_mixed.txt", text, golden, how,
                   f"{tag}: one line, a space at some cell boundaries only")
        text, how = shapes.cell_per_line(head, items)
        yield case(f"{tag}_cell_per_line", f"{name}_cells.txt", text, golden, how,
                   f"{tag}: one cell per line, no indentation, blank cells left out")
        if tag != "seed003":
            text, how = shapes.pipe_rows(head, items)
            yield case(f"{tag}_pipe_rows", f"{name}_pipe.txt", text, golden, how, f"{tag}: pipe rows")
        if real_text is not None:
            exact = {k: ("exact", None) for k in shapes.printed_values(items)}
            dump = shapes.w3m_dump(shapes.page_html(head, items, golden, mf))
            yield case(f"{tag}_box_drawn", f"{name}_w3m.txt", dump, golden, exact,
                       f"{tag}: its page (template tables) as `w3m -dump` prints it, tables in box characters")
    # The pages and PDFs of formats/ (made from seeds 001 and 003): real tools' output as it is.
    for key in ("001", "003"):
        _, golden = load(shared, key)
        exact = {r: ("exact", None) for r in {c.rsplit(".", 1)[0] for c in golden["cells"]}}
        yield case(f"seed{key}_box_drawn", f"{key}_w3m.txt", shapes.w3m_dump(read_format(f"{key}.html")), golden, exact,
                   f"formats/{key}.html as `w3m -dump` prints it", keep_label_variant=False)
        for pdf in (f"{key}.pdf", f"borderless{key}.pdf"):
            stem = pdf[:-4]
            for layout in (False, True):
                mode = "layout" if layout else "reading_order"
                made = case(f"pdftotext_{stem}_{mode}", f"{stem}_{mode}.txt",
                            shapes.pdftotext(os.path.join(FORMATS, pdf), layout), golden, exact,
                            f"formats/{pdf} through pdftotext" + (" -layout" if layout else " (reading order)"),
                            keep_label_variant=False)
                if stem == "borderless003" and not layout:
                    # Reading order scatters this table's columns (a row's first value beside its label,
                    # the other six rows away): the parser cannot rebuild it, and must say so.
                    made[3]["known_limit"] = ("pdftotext's reading order scatters the columns of a borderless "
                                              "table; the parser must flag it with an error, never pass it")
                yield made


def write_cases(folder, cases_iter, keys=()):
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    index = []
    for name, file_name, data, expected, why in cases_iter:
        case_folder = os.path.join(folder, name)
        os.makedirs(case_folder)
        with open(os.path.join(case_folder, file_name), "wb") as f:
            f.write(data)
        ordered = {k: expected[k] for k in ("file", "agency_contains", "year", "published", "template", "cells",
                                            "uncertain", "must_fire", "must_not_fire") + tuple(keys)}
        if "known_limit" in expected:
            ordered["known_limit"] = expected["known_limit"]
        with open(os.path.join(case_folder, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(ordered, f, ensure_ascii=False, indent=1)
            f.write("\n")
        index.append(f"{name}: {why}")
    return index


def write_readme(folder, index, source):
    with open(os.path.join(folder, "README.md"), "w", encoding="utf-8") as f:
        f.write(f"Generated by ../make_fixtures.py from {source}; do not edit by hand.\n\n")
        f.write("\n".join(f"- {line}" for line in index) + "\n")


def write_all(target, shared):
    fixtures = os.path.join(target, "fixtures")
    bad = os.path.join(target, "bad")
    index = write_cases(fixtures, cases(shared))
    if os.path.isdir(bad):
        shutil.rmtree(bad)
    os.makedirs(bad)
    for file_name, data in bad_inputs(shared):
        with open(os.path.join(bad, file_name), "wb") as f:
            f.write(data)
    write_readme(fixtures, index, "../../../../shared/seeds")
    shapes_folder = os.path.join(target, "shapes")
    write_readme(shapes_folder, write_cases(shapes_folder, shape_cases(shared)),
                 "../../../../shared/seeds, ../../../../shared/real and ../formats (see ../shapes.py)")
    # The inputs of the re-flow property test (every seed and real report with its golden file, paths
    # relative to the shared folder): re-flowed in any of the shapes of shapes.py, each must give the
    # same cells, or mark exactly the rows its arithmetic cannot decide.
    inputs = [{"report": f"seeds/{SEED[k]}.txt", "golden": f"golden/{SEED[k]}.json"} for k in sorted(SEED)]
    inputs += [{"report": f"real/reports/{r}.txt", "golden": f"real/golden/{r}.json"} for r in REAL]
    with open(os.path.join(shapes_folder, "property_inputs.json"), "w", encoding="utf-8") as f:
        json.dump(inputs, f, ensure_ascii=False, indent=1)
        f.write("\n")
    sniff = os.path.join(target, "sniff")
    write_readme(sniff, write_cases(sniff, sniff_cases(shared), keys=("format",)),
                 "../formats and ../../../../shared/seeds")


def main(argv):
    shared = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))
    if "--shared" in argv:
        shared = argv[argv.index("--shared") + 1]
    if "--check" in argv:
        with tempfile.TemporaryDirectory() as tmp:
            write_all(tmp, shared)
            differ = []
            for sub in FOLDERS:
                for root, _, files in os.walk(os.path.join(tmp, sub)):
                    for name in files:
                        rel = os.path.relpath(os.path.join(root, name), tmp)
                        mine = os.path.join(HERE, rel)
                        if not os.path.exists(mine) or not filecmp.cmp(os.path.join(root, name), mine, shallow=False):
                            differ.append(rel)
            if differ:
                print("out of date: " + ", ".join(sorted(differ)))
                return 1
            print("fixtures are up to date")
            return 0
    write_all(HERE, shared)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
