#!/usr/bin/env python3
"""Writes the ruled-PDF fixtures of tst_formatsgolden that WPS-made reports gave trouble with
(python3 stdlib + LibreOffice; helpers from make_formats.py).

Each is seed 001 (2021 template) with one application moved from 三（一）予以公开 to
三（五）1.信访举报投诉类申请 (the row then prints `1 0 0 0 0 0 1`, every sum still holds), laid out
in a ruled applications table whose label columns are narrow, as WPS prints them: the row labels
wrap over two lines and each row's numbers, centred in their cells, sit between the two lines.
- ruled_wrapped.pdf: the table on a page of its own;
- ruled_shifted.pdf: the same, but in the row 三（五）1. the 总计 cell is split into an empty sliver
  and the value (a cell edge out of line in one row): read by the order of its cells, the row gave
  自然人 0 (drawn over 商业企业), 其他 blank and a false 勾稽 error;
- ruled_pagebreak.pdf: the table pushed down so that a page break falls inside the （三）不予公开
  group, whose merged label cell then continues on the next page;
- ruled_framed.pdf: the whole report inside a one-cell bordered table (a page frame), which used to
  claim the words of the tables inside it in an order that changed from run to run.
The expected cells are those of tst_formatsgolden (the seed's golden file with the move applied).

usage: make_ruled.py [SHARED_DIR]   (run from anywhere; writes next to this script)
"""
import json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_formats as mf  # noqa: E402

SHARED = sys.argv[1] if len(sys.argv) > 1 else mf.SHARED
SEED = "001"
APPLICANTS = mf.APPLICANTS
MOVED = {f"applications.disclosed.{c}": 0 for c in APPLICANTS}
MOVED.update({f"applications.rejected_petition.{c}": (1 if c in ("natural_person", "total") else 0) for c in APPLICANTS})

# Narrow label columns (points): 三、本年度办理结果 | （五）不予处理 | 1.信访举报投诉类申请, then the seven
# value columns; in ruled_shifted the 总计 column has a sliver of 4 points before it.
COLUMNS = [34, 40, 84] + [44] * 7
SHIFTED_COLUMNS = [34, 40, 84] + [44] * 6 + [4, 40]


def applications_html(g, split_total):
    """The applications table; with split_total the 总计 column is two grid columns, one cell wide
    in every row but 三（五）1., whose 总计 cell is split in an empty sliver and the value (a cell
    edge out of line in one row, as a WPS table can have it)."""
    cells = g["cells"]
    td = mf.td
    total_span = 2 if split_total else 1
    out = ['<table width="%d" border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
           % sum(SHIFTED_COLUMNS if split_total else COLUMNS)]
    out.append("<colgroup>" + "".join(f'<col width="{w}">' for w in (SHIFTED_COLUMNS if split_total else COLUMNS)) + "</colgroup>")
    out.append("<tr>" + td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3)
               + td("申请人情况", 1, 6 + total_span) + "</tr>")
    out.append("<tr>" + td("自然人", 2) + td("法人或其他组织", 1, 5) + td("总计", 2, total_span) + "</tr>")
    out.append("<tr>" + "".join(td(x) for x in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]) + "</tr>")
    for rid, labels in mf.application_rows(g["template"]):
        vals = [mf.fmt(cells.get(f"applications.{rid}.{c}")) for c in APPLICANTS]
        if split_total and rid == "rejected_petition":
            tail = td("") + td(vals[-1])
        else:
            tail = td(vals[-1], 1, total_span)
        out.append("<tr>" + "".join(td(t, r, c) for t, r, c in labels) + "".join(td(v) for v in vals[:-1]) + tail + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def report_html(pad_before_applications=0, split_total=False, framed=False):
    g = json.load(open(os.path.join(SHARED, "golden", mf.SEEDS[SEED] + ".json"), encoding="utf-8"))
    g["cells"].update(MOVED)
    lines = open(os.path.join(SHARED, "seeds", mf.SEEDS[SEED] + ".txt"), encoding="utf-8").read().split("\n")
    second = next(i for i, l in enumerate(lines) if l.startswith("二、"))
    fifth = next(i for i, l in enumerate(lines) if l.startswith("五、"))
    p = lambda l: f"<p>{mf.html.escape(l.strip())}</p>" if l.strip() else ""
    head = [p(l.replace("[bookmark: bookmark16]", "").replace("[bookmark: _GoBack]", "")) for l in lines[:second + 1]]
    tail = [p(l) for l in lines[fifth:]]
    tables = mf.tables_html(g, lambda s: s)
    marker = "<p>三、收到和处理政府信息公开申请情况</p>"
    filler = "".join("<p>（说明）本段用于把申请情况表推到页面下部，使其在分组中间跨页。</p>" for _ in range(pad_before_applications))
    table_at = tables.index(marker) + len(marker)
    opening = tables.index(mf.TABLE, table_at)
    closing = tables.index("</table>", opening) + len("</table>")
    if not pad_before_applications:
        marker = marker.replace("<p>", '<p style="page-break-before: always">')
    tables = (tables[:table_at - len("<p>三、收到和处理政府信息公开申请情况</p>")] + marker + filler
              + applications_html(g, split_total) + tables[closing:])
    body = "\n".join(head) + "\n" + tables + "\n" + "\n".join(tail)
    if framed:  # the whole text in a one-cell bordered table, as a page frame
        body = ('<table border="1" cellspacing="0" cellpadding="8" width="100%" style="border-collapse:collapse">'
                "<tr><td>\n" + body + "\n</td></tr></table>")
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>政府信息公开工作年度报告</title>'
            '<style>td { border: 1px solid #000; font-size: 10.5pt; }</style></head>\n<body>\n' + body + '\n</body></html>\n')


def main():
    if not shutil.which("soffice"):
        sys.exit("make_ruled.py: soffice not found (apt-get install libreoffice-writer)")
    fixtures = {"ruled_wrapped": {}, "ruled_shifted": {"split_total": True},
                "ruled_pagebreak": {"pad_before_applications": 14}, "ruled_framed": {"framed": True}}
    for name, options in fixtures.items():
        path = os.path.join(HERE, name + ".html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(report_html(**options))
        mf.soffice(path, "pdf", HERE)
        os.remove(path)


if __name__ == "__main__":
    main()
