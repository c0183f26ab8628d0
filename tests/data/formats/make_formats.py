#!/usr/bin/env python3
"""Writes the format fixtures of tst_*reader and tst_formatsgolden (python3 stdlib + LibreOffice).

For each seed report (../../../../shared/seeds) it writes an HTML page with the seed's prose and its
statistics tables laid out like the national template (rowspan/colspan), the values taken from the
seed's golden file, and converts the page to DOCX and PDF with `soffice --headless --convert-to`.
It also writes the special cases: a GBK page, a page with layout tables around the report, a small
DOCX with a vertically merged label column, a PDF whose applications table runs over two pages and
a scanned-style PDF (an image, no text layer).

usage: make_formats.py [SHARED_DIR] [--rtf]   (run from anywhere; writes next to this script;
       --rtf writes only 001.rtf and 003.rtf from the committed DOCX files)
"""
import json, os, shutil, subprocess, sys, tempfile, html

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else os.path.join(HERE, "..", "..", "..", "..", "shared")
SEEDS = {"001": "001_7097c5c10f7e9ea9", "002": "002_fb35a360553c7541", "003": "003_a2303bdcaefa6cda"}

# Simplified → traditional for the characters of the template labels (seed 002 is written in 繁體).
TRAD = dict(zip("条项规数对开处罚强费购额务门请况结转办会组织构诉讼复议纠审计决论书报关发书获现属国维这组无补仅权查问题进机众机关与实为称库总见计护内过执卷询员单",
                "條項規數對開處罰強費購額務門請況結轉辦會組織構訴訟復議糾審計決論書報關發書獲現屬國維這組無補僅權查問題進機眾機關與實為稱庫總見計護內過執卷詢員單"))

def trad(s):
    return "".join(TRAD.get(c, c) for c in s)

def fmt(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)

ART20_2019 = [
    ("art20_1", "第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"], ["new_made", "new_published", "total_published"],
     [("regulations", "规章"), ("normative_docs", "规范性文件")]),
    ("art20_5", "第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["prev_count", "change", "decisions"],
     [("licensing", "行政许可"), ("other_services", "其他对外管理服务事项")]),
    ("art20_6", "第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["prev_count", "change", "decisions"],
     [("penalty", "行政处罚"), ("coercion", "行政强制")]),
    ("art20_8", "第二十条第（八）项", ["上一年项目数量", "本年增/减"], ["prev_count", "change"], [("fees", "行政事业性收费")]),
    ("art20_9", "第二十条第（九）项", ["采购项目数量", "采购总金额"], ["projects", "amount"], [("procurement", "政府集中采购")]),
]
ART20_2021 = [
    ("art20_1", "第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], ["issued", "repealed", "in_force"],
     [("regulations", "规章"), ("normative_docs", "行政规范性文件")]),
    ("art20_5", "第二十条第（五）项", ["本年处理决定数量"], ["decisions"], [("licensing", "行政许可")]),
    ("art20_6", "第二十条第（六）项", ["本年处理决定数量"], ["decisions"], [("penalty", "行政处罚"), ("coercion", "行政强制")]),
    ("art20_8", "第二十条第（八）项", ["本年收费金额（单位：万元）"], ["amount"], [("fees", "行政事业性收费")]),
]
APPLICANTS = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"]
# (id, [(label, rowspan, colspan)...]) — the label cells that start each row of the applications table.
def application_rows(template):
    other = ([("other", [("（六）其他处理", 1, 2)])] if template == "2019" else [
        ("other_no_correction", [("（六）其他处理", 3, 1), ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 1, 1)]),
        ("other_no_fee", [("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 1, 1)]),
        ("other_other", [("3.其他", 1, 1)])])
    result_rows = 2 + 8 + 3 + 5 + len(other) + 1
    return [
        ("new_received", [("一、本年新收政府信息公开申请数量", 1, 3)]),
        ("carried_over", [("二、上年结转政府信息公开申请数量", 1, 3)]),
        ("disclosed", [("三、本年度办理结果", result_rows, 1), ("（一）予以公开", 1, 2)]),
        ("partial", [("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2)]),
        ("withheld_state_secret", [("（三）不予公开", 8, 1), ("1.属于国家秘密", 1, 1)]),
        ("withheld_law_prohibited", [("2.其他法律行政法规禁止公开", 1, 1)]),
        ("withheld_three_safety", [("3.危及“三安全一稳定”", 1, 1)]),
        ("withheld_third_party", [("4.保护第三方合法权益", 1, 1)]),
        ("withheld_internal", [("5.属于三类内部事务信息", 1, 1)]),
        ("withheld_process", [("6.属于四类过程性信息", 1, 1)]),
        ("withheld_enforcement", [("7.属于行政执法案卷", 1, 1)]),
        ("withheld_query", [("8.属于行政查询事项", 1, 1)]),
        ("unavailable_not_held", [("（四）无法提供", 3, 1), ("1.本机关不掌握相关政府信息", 1, 1)]),
        ("unavailable_needs_creation", [("2.没有现成信息需要另行制作", 1, 1)]),
        ("unavailable_unclear", [("3.补正后申请内容仍不明确", 1, 1)]),
        ("rejected_petition", [("（五）不予处理", 5, 1), ("1.信访举报投诉类申请", 1, 1)]),
        ("rejected_repeat", [("2.重复申请", 1, 1)]),
        ("rejected_publication", [("3.要求提供公开出版物", 1, 1)]),
        ("rejected_excessive", [("4.无正当理由大量反复申请", 1, 1)]),
        ("rejected_confirm", [("5.要求行政机关确认或重新出具已获取信息", 1, 1)]),
    ] + other + [
        ("result_total", [("（七）总计", 1, 2)]),
        ("carried_forward", [("四、结转下年度继续办理", 1, 3)]),
    ]

def td(text, rowspan=1, colspan=1):
    attrs = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
    return f"<td{attrs}>{html.escape(text)}</td>"

TABLE = '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
# What WPS or a typesetter without borders gives: the same grid, no ruling lines at all.
BORDERLESS_TABLE = '<table border="0" cellspacing="0" cellpadding="3">'

def tables_html(g, conv, table=TABLE):
    TABLE = table
    cells, template = g["cells"], g["template"]
    out = []
    art20 = ART20_2019 if template == "2019" else ART20_2021
    out.append(TABLE)
    for table, title, heads, cols, rows in art20:
        out.append("<tr>" + td(conv(title), colspan=4) + "</tr>")
        span = 4 - len(heads)  # 2021 one-column items: the value column spans the rest
        out.append("<tr>" + td(conv("信息内容")) + "".join(td(conv(h), colspan=(span + 1 if len(heads) == 1 else 1)) for h in heads)
                   + ("" if len(heads) in (1, 3) else td("")) + "</tr>")
        for rid, label in rows:
            vals = [fmt(cells.get(f"{table}.{rid}.{c}")) for c in cols]
            out.append("<tr>" + td(conv(label)) + "".join(td(v, colspan=(span + 1 if len(vals) == 1 else 1)) for v in vals)
                       + ("" if len(vals) in (1, 3) else td("")) + "</tr>")
    out.append("</table>")
    out.append(f"<p>{conv('三、收到和处理政府信息公开申请情况')}</p>")
    out.append(TABLE)
    out.append("<tr>" + td(conv("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"), 3, 3) + td(conv("申请人情况"), 1, 7) + "</tr>")
    out.append("<tr>" + td(conv("自然人"), 2) + td(conv("法人或其他组织"), 1, 5) + td(conv("总计"), 2) + "</tr>")
    out.append("<tr>" + "".join(td(conv(x)) for x in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]) + "</tr>")
    for rid, labels in application_rows(template):
        vals = [fmt(cells.get(f"applications.{rid}.{c}")) for c in APPLICANTS]
        out.append("<tr>" + "".join(td(conv(t), r, c) for t, r, c in labels) + "".join(td(v) for v in vals) + "</tr>")
    out.append("</table>")
    out.append(f"<p>{conv('四、政府信息公开行政复议、行政诉讼情况')}</p>")
    out.append(TABLE)
    out.append("<tr>" + td(conv("行政复议"), 1, 5) + td(conv("行政诉讼"), 1, 10) + "</tr>")
    results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    out.append("<tr>" + "".join(td(conv(x), 2) for x in results) + td(conv("未经复议直接起诉"), 1, 5) + td(conv("复议后起诉"), 1, 5) + "</tr>")
    out.append("<tr>" + "".join(td(conv(x)) for x in results * 2) + "</tr>")
    groups = ["review", "direct", "after"]
    keys = ["upheld", "corrected", "other", "pending", "total"]
    out.append("<tr>" + "".join(td(fmt(cells.get(f"reviews.all.{gname}_{k}"))) for gname in groups for k in keys) + "</tr>")
    out.append("</table>")
    return "\n".join(out)

def report_html(seed, pad_before_applications=0, charset="utf-8", around=None, borderless=False):
    g = json.load(open(os.path.join(SHARED, "golden", SEEDS[seed] + ".json"), encoding="utf-8"))
    lines = open(os.path.join(SHARED, "seeds", SEEDS[seed] + ".txt"), encoding="utf-8").read().split("\n")
    conv = trad if seed == "002" else (lambda s: s)
    second = next(i for i, l in enumerate(lines) if l.startswith("二、"))
    fifth = next(i for i, l in enumerate(lines) if l.startswith("五、"))
    p = lambda l: f"<p>{html.escape(l.strip())}</p>" if l.strip() else ""
    head = [p(l.replace("[bookmark: bookmark16]", "").replace("[bookmark: _GoBack]", "")) for l in lines[:second + 1]]
    tail = [p(l) for l in lines[fifth:]]
    tables = tables_html(g, conv, BORDERLESS_TABLE if borderless else TABLE)
    if pad_before_applications:
        marker = f"<p>{conv('三、收到和处理政府信息公开申请情况')}</p>"
        filler = "".join(f"<p>{conv('（说明）本段用于把申请情况表推到页面下部，使其跨越两页。')}</p>" for _ in range(pad_before_applications))
        tables = tables.replace(marker, marker + filler)
    body = "\n".join(head) + "\n" + tables + "\n" + "\n".join(tail)
    if around:
        body = around(body)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"><title>{conv("政府信息公开工作年度报告")}</title>'
            + ("" if borderless else '<style>td { border: 1px solid #000; }</style>') + f'</head>\n<body>\n{body}\n</body></html>\n')

def soffice(src, fmt_, outdir):
    filt = {"docx": "docx:MS Word 2007 XML", "pdf": "pdf:writer_pdf_Export", "doc": "doc:MS Word 97",
            "rtf": "rtf:Rich Text Format"}[fmt_]
    infilter = ["--infilter=HTML (StarWriter)"] if src.endswith(".html") else []
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        *infilter, "--convert-to", filt, "--outdir", outdir, src],
                       check=True, capture_output=True, timeout=180)

def write_and_convert(name, text, formats=("docx", "pdf"), encoding="utf-8"):
    path = os.path.join(HERE, name + ".html")
    with open(path, "w", encoding=encoding) as f:
        f.write(text)
    for fm in formats:
        soffice(path, fm, HERE)

def minimal_scan_pdf(path):
    """A one-page PDF holding only a grey 40x20 image: what a scanner writes, without the scan."""
    w, h = 40, 20
    pixels = bytes((x * 6) % 256 for y in range(h) for x in range(w))
    content = b"q 400 0 0 200 100 500 cm /Im0 Do Q"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Length %d >>\nstream\n"
            % (w, h, len(pixels)) + pixels + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    open(path, "wb").write(bytes(out))

def rtf_only():
    """RTF as LibreOffice writes it (\\uN with '?' fallbacks, \\trowd/\\cellx tables, \\clvmgf merges),
    from the DOCX files: the content-sniffing fixtures of ../make_fixtures.py start from these."""
    for seed in ("001", "003"):
        soffice(os.path.join(HERE, seed + ".docx"), "rtf", HERE)

def main():
    if not shutil.which("soffice"):
        sys.exit("make_formats.py: soffice not found (apt-get install libreoffice-writer)")
    if "--rtf" in sys.argv:
        return rtf_only()
    for seed in SEEDS:
        write_and_convert(seed, report_html(seed))
    # The same report saved in GBK, declared with <meta charset=gbk>.
    with open(os.path.join(HERE, "gbk.html"), "w", encoding="gbk") as f:
        f.write(report_html("003", charset="gbk"))
    # Navigation and footer tables around the report, and the report itself inside a layout table.
    nav = ('<table class="nav"><tr><td><a href="/">首页</a></td><td><a href="/zwgk/">政务公开</a></td>'
           '<td><a href="/bsfw/">办事服务</a></td><td><a href="/hdjl/">互动交流</a></td></tr></table>')
    foot = ('<table class="footer"><tr><td>主办：某某区人民政府办公室</td><td>网站标识码：2101030001</td></tr>'
            '<tr><td colspan="2">辽ICP备00000000号</td></tr></table>')
    layout = lambda body: (nav + '\n<table width="100%"><tr><td width="20%">栏目导航<br>年度报告</td><td>' + body +
                           "</td></tr></table>\n" + foot + "\n<script>var x = '<table><tr><td>not text</td></tr></table>';</script>")
    with open(os.path.join(HERE, "layout.html"), "w", encoding="utf-8") as f:
        f.write(report_html("003", around=layout))
    # A small table whose label column is merged vertically (w:vMerge restart/continue in the DOCX).
    small = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>前言</p>'
             '<table border="1" cellspacing="0"><tr><td>类别</td><td>项目</td><td>数量</td></tr>'
             '<tr><td rowspan="3">三、本年度办理结果</td><td>（一）予以公开</td><td>7</td></tr>'
             '<tr><td>（二）部分公开</td><td>0</td></tr><tr><td>（七）总计</td><td>7</td></tr>'
             '<tr><td colspan="2">四、结转下年度继续办理</td><td>35</td></tr></table><p>结语</p></body></html>\n')
    write_and_convert("vmerge", small, formats=("docx",))
    # The applications table pushed down the page so that it runs over a page break.
    write_and_convert("twopage", report_html("003", pad_before_applications=22), formats=("pdf",))
    os.remove(os.path.join(HERE, "twopage.html"))
    minimal_scan_pdf(os.path.join(HERE, "scan.pdf"))
    # Borderless tables (no ruling lines): a 2021 template (001) and a 2019 one (003), 002 in 繁體.
    for seed in ("001", "002", "003"):
        name = f"borderless{seed}"
        write_and_convert(name, report_html(seed, borderless=True), formats=("pdf",))
        os.remove(os.path.join(HERE, name + ".html"))
    # Legacy Word 97 (.doc), converted from the DOCX. WPS Office saves .wps in the same binary format,
    # and LibreOffice reads it by its content, so a copy stands in for a .wps file.
    soffice(os.path.join(HERE, "003.docx"), "doc", HERE)
    shutil.copyfile(os.path.join(HERE, "003.doc"), os.path.join(HERE, "003.wps"))
    rtf_only()

if __name__ == "__main__":
    main()
