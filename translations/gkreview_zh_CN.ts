<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>gk::AboutBox</name>
    <message>
        <source>&lt;h3&gt;gkreview %1&lt;/h3&gt;&lt;p&gt;Reviews Chinese government information-disclosure annual reports (政府信息公开工作年度报告): rebuilds their statistics tables from text, web pages, Word documents and PDFs, checks every 勾稽关系 and compliance rule, and keeps the reviewer&apos;s corrections beside the report.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3), ICU, Poppler and libxlsxwriter.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;gkreview %1&lt;/h3&gt;&lt;p&gt;审核政府信息公开工作年度报告：从文本、网页、Word 文档和 PDF 重建统计表，检查全部勾稽关系和合规规则，并在报告旁保存审核人的更正。&lt;/p&gt;&lt;p&gt;基于 Qt %2（运行于 %3）、ICU、Poppler 和 libxlsxwriter 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About gkreview</source>
        <translation>关于 gkreview</translation>
    </message>
</context>
<context>
    <name>gk::AgencySeries</name>
    <message>
        <source>ok</source>
        <translation>一致</translation>
    </message>
    <message numerus="yes">
        <source>differs in %n column(s)</source>
        <translation>
            <numerusform>%n 列不一致</numerusform>
        </translation>
    </message>
    <message>
        <source>agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>carried over as last year forwarded</source>
        <translation>上年结转与上年度结转下年度一致</translation>
    </message>
</context>
<context>
    <name>gk::AgencyView</name>
    <message>
        <source>Select a report to see its agency&apos;s years side by side.</source>
        <translation>选择一份报告，即可并排查看该机关各年度的数据。</translation>
    </message>
    <message>
        <source>%1: no agency and year read from this report</source>
        <translation>%1：未能从该报告读出机关和年度</translation>
    </message>
    <message>
        <source>%1 has not been read yet</source>
        <translation>%1 尚未读取</translation>
    </message>
    <message>
        <source>Carried over as forwarded</source>
        <translation>上年结转与上年度结转下年度一致</translation>
    </message>
    <message>
        <source>%1, year by year</source>
        <translation>%1：逐年数据</translation>
    </message>
</context>
<context>
    <name>gk::AppealsChart</name>
    <message>
        <source>Administrative reconsideration and litigation</source>
        <translation>行政复议、行政诉讼情况</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>复议·诉讼</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
</context>
<context>
    <name>gk::ApplicantsChart</name>
    <message>
        <source>Applications by type of applicant</source>
        <translation>各类申请人的申请数量</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请数量</translation>
    </message>
    <message>
        <source>Received this year</source>
        <translation>本年新收</translation>
    </message>
    <message>
        <source>Carried over from last year</source>
        <translation>上年结转</translation>
    </message>
</context>
<context>
    <name>gk::ApplicationRules</name>
    <message>
        <source>Row %1</source>
        <translation>“%1”行</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>“%1”列</translation>
    </message>
</context>
<context>
    <name>gk::Article20Chart</name>
    <message>
        <source>Article 20 items</source>
        <translation>第二十条主动公开事项</translation>
    </message>
    <message>
        <source>Article 20</source>
        <translation>第二十条</translation>
    </message>
    <message>
        <source>%1 (10,000 yuan)</source>
        <translation>%1（万元）</translation>
    </message>
    <message>
        <source>The report has none of the Article 20 tables, so there is nothing to chart here.</source>
        <translation>报告中没有第二十条的任何表格，无可绘制的图表。</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Change on the previous year</source>
        <translation>较上年增减</translation>
    </message>
    <message>
        <source>Change (may be negative)</source>
        <translation>增减（可为负数）</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Amounts (10,000 yuan)</source>
        <translation>金额（万元）</translation>
    </message>
</context>
<context>
    <name>gk::CellDelegate</name>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
</context>
<context>
    <name>gk::ChartBuilder</name>
    <message>
        <source>The report has no table “%1”, so there is nothing to chart here.</source>
        <translation>报告中没有“%1”表格，无可绘制的图表。</translation>
    </message>
</context>
<context>
    <name>gk::ChartData</name>
    <message numerus="yes">
        <source>%n cell(s) blank or not a number, drawn as 0</source>
        <translation>
            <numerusform>%n 个单元格为空或不是数字，按 0 绘制</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::ChartExporter</name>
    <message>
        <source>Cannot write the chart %1: %2×%3 pixels is outside %4×%5 to %6×%7.</source>
        <translation>无法写入图表 %1：%2×%3 像素超出 %4×%5 至 %6×%7 的范围。</translation>
    </message>
    <message>
        <source>Cannot write the chart %1: the name must end in .png or .svg.</source>
        <translation>无法写入图表 %1：文件名必须以 .png 或 .svg 结尾。</translation>
    </message>
    <message>
        <source>Cannot write the chart %1: the PNG could not be encoded.</source>
        <translation>无法写入图表 %1：PNG 图像编码失败。</translation>
    </message>
    <message>
        <source>Cannot write the chart %1: %2×%3 pixels is too large; a chart may have at most %4 million pixels (%5×%6, for example).</source>
        <translation>无法写入图表 %1：%2×%3 像素过大；图表最多 %4 百万像素（例如 %5×%6）。</translation>
    </message>
</context>
<context>
    <name>gk::ChartPane</name>
    <message>
        <source>No report is open.</source>
        <translation>未打开报告。</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save the chart on show as PNG or SVG at a size you choose</source>
        <translation>将当前显示的图表按所选尺寸保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Export All…</source>
        <translation>全部导出…</translation>
    </message>
    <message>
        <source>Save every chart as PNG and SVG into a folder</source>
        <translation>将全部图表以 PNG 和 SVG 格式保存到一个文件夹</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Open a report first: the charts show its tables.</source>
        <translation>请先打开报告：图表展示的是报告中的表格。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Chart not exported</source>
        <translation>图表未导出</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation>导出全部图表</translation>
    </message>
    <message>
        <source>Export All Charts Into</source>
        <translation>将全部图表导出到</translation>
    </message>
    <message>
        <source>Charts not exported</source>
        <translation>图表未导出</translation>
    </message>
    <message numerus="yes">
        <source>%n chart file(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个图表文件保存到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::ChartSizeDialog</name>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Chart Size</source>
        <translation>图表尺寸</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>At most %1 million pixels in all.</source>
        <translation>总计最多 %1 百万像素。</translation>
    </message>
</context>
<context>
    <name>gk::CliBatch</name>
    <message>
        <source>--jobs takes a number of threads from 1 to 256</source>
        <translation>--jobs 需要 1 到 256 之间的线程数</translation>
    </message>
    <message>
        <source>--summary takes a file ending in .csv or .xlsx</source>
        <translation>--summary 需要以 .csv 或 .xlsx 结尾的文件名</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s), %4 note(s)</source>
        <translation>%1：%2 个错误，%3 个警告，%4 条提示</translation>
    </message>
</context>
<context>
    <name>gk::CliCommands</name>
    <message>
        <source>option: --lang zh_CN|en  the language of messages and findings (default: the system&apos;s)
</source>
        <translation>选项：--lang zh_CN|en  提示信息和检查结果所用的语言（默认：系统语言）
</translation>
    </message>
    <message>
        <source>Cannot write the charts to %1: this build of gkreview-cli has no chart export</source>
        <translation>无法将图表写入 %1：此版本的 gkreview-cli 不支持导出图表</translation>
    </message>
    <message>
        <source>Cannot read the review %1: %2</source>
        <translation>无法读取审核记录 %1：%2</translation>
    </message>
    <message>
        <source>warning: the review %1 was made for other contents of %2; applied as asked</source>
        <translation>警告：审核记录 %1 针对的是 %2 的另一版本内容；已按要求应用</translation>
    </message>
    <message>
        <source>Cannot read the review beside the report: %1</source>
        <translation>无法读取报告旁的审核记录：%1</translation>
    </message>
    <message>
        <source>warning: the review %1 was made for other contents of the report and is not applied (pass it with --review to apply it anyway)</source>
        <translation>警告：审核记录 %1 针对的是本报告的另一版本内容，未予应用（如仍要应用，请用 --review 指定该记录）</translation>
    </message>
    <message>
        <source>Folders are read recursively; with several reports each export option names a folder.
</source>
        <translation>文件夹会逐层读取；多份报告时，每个导出选项都指定一个文件夹。
</translation>
    </message>
    <message>
        <source>usage: gkreview-cli extract FILE|PAGE-IMAGE...
       gkreview-cli check [--jobs N] [--summary FILE.csv|FILE.xlsx] FILE|FOLDER...
       gkreview-cli export [--csv DIR|FILE.csv] [--xlsx FILE] [--json FILE] [--charts DIR]
                           [--chart-size WxH] [--review REVIEWFILE] REPORT
       gkreview-cli export [--csv DIR] [--xlsx DIR] [--json DIR] [--charts DIR] [--jobs N]
                           [--summary FILE.csv|FILE.xlsx] FILE|FOLDER...
</source>
        <translation>用法：gkreview-cli extract 文件|页面图片...
      gkreview-cli check [--jobs 线程数] [--summary 文件.csv|文件.xlsx] 文件|文件夹...
      gkreview-cli export [--csv 文件夹|文件.csv] [--xlsx 文件] [--json 文件] [--charts 文件夹]
                          [--chart-size 宽x高] [--review 审核文件] 报告
      gkreview-cli export [--csv 文件夹] [--xlsx 文件夹] [--json 文件夹] [--charts 文件夹] [--jobs 线程数]
                          [--summary 文件.csv|文件.xlsx] 文件|文件夹...
</translation>
    </message>
    <message>
        <source>Cannot write the JSON of %1: %2</source>
        <translation>无法写出 %1 的 JSON：%2</translation>
    </message>
</context>
<context>
    <name>gk::CliProgress</name>
    <message>
        <source>%1:%2 left</source>
        <translation>剩余 %1:%2</translation>
    </message>
    <message>
        <source>%1/%2 reports, %3 reports/s</source>
        <translation>%1/%2 份报告，每秒 %3 份</translation>
    </message>
</context>
<context>
    <name>gk::ComplianceRules</name>
    <message>
        <source>Published %1, after the deadline %2: “%3” is a people&apos;s government as a whole, whose report is due by 31 March of the following year (条例 第四十九条)</source>
        <translation>发布于 %1，晚于截止日期 %2：“%3”为本级人民政府，其年度报告应于次年3月31日前公布（《政府信息公开条例》第四十九条）</translation>
    </message>
    <message>
        <source>Published %1, after the deadline %2: a department&apos;s report is due by 31 January of the following year (条例 第四十九条); the agency is unknown, so the earlier deadline applies</source>
        <translation>发布于 %1，晚于截止日期 %2：政府部门的年度报告应于次年1月31日前公布（《政府信息公开条例》第四十九条）；无法确定报告机关的类型，故适用较早的截止日期</translation>
    </message>
    <message>
        <source>Published %1, after the deadline %2: “%3” is a government department, whose own report is due by 31 January of the following year (条例 第四十九条)</source>
        <translation>发布于 %1，晚于截止日期 %2：“%3”为政府部门，其本部门年度报告应于次年1月31日前公布（《政府信息公开条例》第四十九条）</translation>
    </message>
    <message>
        <source>The required section “%1” was not found</source>
        <translation>未找到规定的章节“%1”</translation>
    </message>
</context>
<context>
    <name>gk::CsvExporter</name>
    <message>
        <source>Cannot write %1: the report has no table %2</source>
        <translation>无法写入 %1：报告中没有表格 %2</translation>
    </message>
</context>
<context>
    <name>gk::DocxReader</name>
    <message>
        <source>it has no %1, so it is not a Word document</source>
        <translation>缺少 %1，不是 Word 文档</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 过大</translation>
    </message>
    <message>
        <source>word/document.xml is broken at line %1: %2</source>
        <translation>word/document.xml 第 %1 行已损坏：%2</translation>
    </message>
    <message>
        <source>%1: word/document.xml is empty</source>
        <translation>%1：word/document.xml 为空</translation>
    </message>
    <message>
        <source>%1: cannot be unpacked: %2</source>
        <translation>%1：无法解压：%2</translation>
    </message>
    <message>
        <source>%1: the document has no text</source>
        <translation>%1：文档中没有文字</translation>
    </message>
    <message>
        <source>more than %1 paragraphs and table rows; a report has far fewer</source>
        <translation>段落和表格行超过 %1 个；年度报告远没有这么多</translation>
    </message>
</context>
<context>
    <name>gk::ExportDialog</name>
    <message>
        <source>Export Corrected Tables</source>
        <translation>导出更正后的表格</translation>
    </message>
    <message>
        <source>The tables with the reviewer&apos;s corrections, the findings and the report&apos;s details.</source>
        <translation>导出含审核人更正的表格、问题清单和报告信息。</translation>
    </message>
    <message>
        <source>&amp;CSV files into the folder</source>
        <translation>CSV 文件，保存到文件夹(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (XLSX)</source>
        <translation>Excel 工作簿 (XLSX)(&amp;X)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>JSON(&amp;J)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Export CSV Files Into</source>
        <translation>将 CSV 文件导出到</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>C&amp;harts (PNG and SVG) into the folder</source>
        <translation>图表（PNG 和 SVG）导出到文件夹(&amp;H)</translation>
    </message>
    <message>
        <source>Choose at least one thing to export.</source>
        <translation>请至少选择一项导出内容。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1</source>
        <translation>
            <numerusform>%1 中的 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出：%1</translation>
    </message>
</context>
<context>
    <name>gk::ExportFile</name>
    <message>
        <source>Cannot write %1: it is a folder</source>
        <translation>无法写入 %1：这是文件夹</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write into %1: it is a file, not a folder</source>
        <translation>无法写入 %1：这是文件，不是文件夹</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2 is a file</source>
        <translation>无法创建文件夹 %1：%2 是文件</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2 is not writable</source>
        <translation>无法创建文件夹 %1：%2 不可写</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist</source>
        <translation>无法写入 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is not a folder</source>
        <translation>无法写入 %1：%2 不是文件夹</translation>
    </message>
</context>
<context>
    <name>gk::ExportJob</name>
    <message>
        <source>Nothing to export: choose CSV, XLSX or JSON</source>
        <translation>没有可导出的内容：请选择 CSV、XLSX 或 JSON</translation>
    </message>
    <message>
        <source>the report itself</source>
        <translation>报告文件本身</translation>
    </message>
    <message>
        <source>the saved review of the report</source>
        <translation>该报告已保存的审核记录</translation>
    </message>
    <message>
        <source>%1 is %2: choose another destination for the %3 export</source>
        <translation>%1 是%2：请为 %3 导出另选位置</translation>
    </message>
    <message>
        <source>%1 is given for both the %2 and the %3 export</source>
        <translation>%1 同时被指定为 %2 导出和 %3 导出的位置</translation>
    </message>
</context>
<context>
    <name>gk::ExportRows</name>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>row id</source>
        <translation>行标识</translation>
    </message>
    <message>
        <source>row label</source>
        <translation>行名称</translation>
    </message>
    <message>
        <source>column id</source>
        <translation>列标识</translation>
    </message>
    <message>
        <source>column label</source>
        <translation>列名称</translation>
    </message>
    <message>
        <source>value as read</source>
        <translation>原始读取值</translation>
    </message>
    <message>
        <source>corrected value</source>
        <translation>更正后数值</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>findings on the cell</source>
        <translation>单元格涉及的问题</translation>
    </message>
    <message>
        <source>correction note</source>
        <translation>更正备注</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>expression</source>
        <translation>勾稽关系</translation>
    </message>
    <message>
        <source>message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>审核结论</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Review last changed</source>
        <translation>审核记录最后修改时间</translation>
    </message>
    <message>
        <source>Corrected cells</source>
        <translation>已更正单元格</translation>
    </message>
    <message>
        <source>Open errors</source>
        <translation>待处理的错误</translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation>待处理的警告</translation>
    </message>
    <message>
        <source>Open notes</source>
        <translation>待处理的提示</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation>已认可的问题</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>accepted as is</source>
        <translation>已按原样认可</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1（已认可）</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>As read: %1</source>
        <translation>原始读取值：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Corrected by %1 on %2</source>
        <translation>由 %1 于 %2 更正</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未署名）</translation>
    </message>
    <message>
        <source>The column of this value is a guess: check it against the source.</source>
        <translation>此数值所在的列系推测，请与原文核对。</translation>
    </message>
    <message>
        <source>The column of this value is a guess: %1</source>
        <translation>此数值所在的列系推测：%1</translation>
    </message>
    <message>
        <source>rule name</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>cell labels</source>
        <translation>单元格名称</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>审核人</translation>
    </message>
</context>
<context>
    <name>gk::Extractor</name>
    <message>
        <source>%1: %2 lines; a report has far fewer, and files are read up to %3 lines</source>
        <translation>%1：共 %2 行；年度报告远没有这么多，文件最多读取 %3 行</translation>
    </message>
    <message>
        <source>The text of %1 is not exactly as in the file: %2</source>
        <translation>%1 的文字与文件中的不完全一致：%2</translation>
    </message>
</context>
<context>
    <name>gk::FileReader</name>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: is a folder, not a report file</source>
        <translation>%1：这是文件夹，不是报告文件</translation>
    </message>
    <message>
        <source>%1: too large (%2; reports are read up to %3)</source>
        <translation>%1：文件过大（%2；报告最多读取 %3）</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: too large (more than %2; reports are read up to that size)</source>
        <translation>%1：文件过大（超过 %2；报告最多读取到该大小）</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: %2 files are not supported in this build</source>
        <translation>%1：此版本不支持 %2 文件</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm *.shtml *.mht *.mhtml)</source>
        <translation>网页 (*.html *.htm *.shtml *.mht *.mhtml)</translation>
    </message>
    <message>
        <source>Word documents (*.docx *.doc *.wps *.rtf)</source>
        <translation>Word 文档 (*.docx *.doc *.wps *.rtf)</translation>
    </message>
    <message>
        <source>Reports (*.txt *.html *.htm *.shtml *.mht *.mhtml *.docx *.pdf *.doc *.wps *.rtf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>报告 (*.txt *.html *.htm *.shtml *.mht *.mhtml *.docx *.pdf *.doc *.wps *.rtf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Scanned pages (*.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>扫描页面 (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>%1: is not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>没有给出文件</translation>
    </message>
    <message>
        <source>%1 files: the pages of one report are read from up to %2 images</source>
        <translation>%1 个文件：一份报告的页面最多从 %2 张图片读取</translation>
    </message>
    <message>
        <source>%1: only page images (PNG, JPEG, TIFF) are read together as the pages of one report; open other reports one at a time, or their folder to compare them</source>
        <translation>%1：只有页面图片（PNG、JPEG、TIFF）才能作为同一份报告的各页一起读取；其他报告请逐份打开，或打开所在文件夹进行比较</translation>
    </message>
    <message>
        <source>%1 and the other %2 pages: too large together (%3; reports are read up to %4)</source>
        <translation>%1 及其余 %2 页：合计过大（%3；报告最多读取 %4）</translation>
    </message>
    <message>
        <source>%1: scanned pages are not supported in this build</source>
        <translation>%1：此版本不支持扫描页面</translation>
    </message>
</context>
<context>
    <name>gk::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>in the source, the tables and the findings</source>
        <translation>在原文、表格和结论中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 处</translation>
    </message>
</context>
<context>
    <name>gk::FindingsModel</name>
    <message>
        <source>Accepted as is</source>
        <translation>已按原样认可</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>审核结论</translation>
    </message>
    <message>
        <source>Accepted as is by %1</source>
        <translation>由 %1 按原样认可</translation>
    </message>
    <message numerus="yes">
        <source>%n blank cell(s)</source>
        <translation>
            <numerusform>%n 个空白单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of this rule</source>
        <translation>
            <numerusform>此规则的 %n 条结论</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accepted</source>
        <translation>已认可 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of the rule “%1”: expand the row to see each one.</source>
        <translation>
            <numerusform>规则“%1”的 %n 条结论：展开此行可逐条查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>等另外 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::FindingsPane</name>
    <message>
        <source>Show findings of this severity</source>
        <translation>显示此严重程度的问题</translation>
    </message>
    <message>
        <source>Show findings of one rule</source>
        <translation>只显示某一规则的问题</translation>
    </message>
    <message>
        <source>Show accepted</source>
        <translation>显示已认可的问题</translation>
    </message>
    <message>
        <source>Accept as is…</source>
        <translation>按原样认可…</translation>
    </message>
    <message>
        <source>Keep the value as printed and record why (Ctrl+Shift+A)</source>
        <translation>保留报告所载数值并记录理由（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>撤销认可</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <source>No report is open.</source>
        <translation>未打开报告。</translation>
    </message>
    <message>
        <source>No findings: every check passed for this report.</source>
        <translation>未发现问题：本报告通过了全部检查。</translation>
    </message>
    <message numerus="yes">
        <source>No finding matches the filters above (%n hidden).</source>
        <translation>
            <numerusform>没有符合上方筛选条件的问题（已隐藏 %n 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept as is</source>
        <translation>按原样认可</translation>
    </message>
    <message>
        <source>Why is this finding acceptable as printed? (optional)</source>
        <translation>为什么可以按报告原样认可此问题？（选填）</translation>
    </message>
</context>
<context>
    <name>gk::HtmlReader</name>
    <message>
        <source>%1: the web page cannot be parsed</source>
        <translation>%1：无法解析该网页</translation>
    </message>
    <message>
        <source>%1: the web page has no text</source>
        <translation>%1：网页中没有文字</translation>
    </message>
    <message>
        <source>%1: its elements are nested more than %2 deep, which no report page needs; it is not read</source>
        <translation>%1：元素嵌套超过 %2 层，年度报告网页不需要这样的嵌套；不予读取</translation>
    </message>
    <message>
        <source>%1: it has more than %2 elements, which no report page needs; it is not read</source>
        <translation>%1：元素超过 %2 个，年度报告网页不需要这么多；不予读取</translation>
    </message>
    <message>
        <source>%1: some of its text is nested more than %2 elements deep and cannot be read</source>
        <translation>%1：部分文字嵌套超过 %2 层元素，无法读取</translation>
    </message>
</context>
<context>
    <name>gk::LegacyWordReader</name>
    <message>
        <source>%1: .%2 files are read through LibreOffice, which is not installed (apt-get install libreoffice-writer)</source>
        <translation>%1：.%2 文件需通过 LibreOffice 读取，但系统未安装 LibreOffice（apt-get install libreoffice-writer）</translation>
    </message>
    <message>
        <source>%1: cannot make a temporary folder for the conversion</source>
        <translation>%1：无法创建转换所需的临时文件夹</translation>
    </message>
    <message>
        <source>%1: LibreOffice did not start: %2</source>
        <translation>%1：LibreOffice 未能启动：%2</translation>
    </message>
    <message>
        <source>%1: LibreOffice took more than %2 s to convert it</source>
        <translation>%1：LibreOffice 转换用时超过 %2 秒</translation>
    </message>
    <message>
        <source>%1: LibreOffice could not convert it%2</source>
        <translation>%1：LibreOffice 无法转换该文件%2</translation>
    </message>
    <message>
        <source>%1: the conversion was stopped</source>
        <translation>%1：转换已中止</translation>
    </message>
</context>
<context>
    <name>gk::MainWindow</name>
    <message>
        <source>Review saved</source>
        <translation>审核记录已保存</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>审核记录无法保存：%1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>&lt;report as read&gt;</source>
        <translation>&lt;原始读取的报告&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作历史</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a Report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>起始页(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close Report</source>
        <translation>关闭报告(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit Cell</source>
        <translation>编辑单元格(&amp;E)</translation>
    </message>
    <message>
        <source>Cell &amp;Note…</source>
        <translation>单元格备注(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Move Value to Column…</source>
        <translation>将数值移至其他列(&amp;M)…</translation>
    </message>
    <message>
        <source>Reviewer &amp;Name…</source>
        <translation>审核人姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>下一个问题(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation>上一个问题(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Accept Finding as Is…</source>
        <translation>按原样认可问题(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reopen Finding</source>
        <translation>撤销认可(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Focus &amp;Source</source>
        <translation>转到原文(&amp;S)</translation>
    </message>
    <message>
        <source>Focus &amp;Tables</source>
        <translation>转到表格(&amp;T)</translation>
    </message>
    <message>
        <source>Focus &amp;Findings</source>
        <translation>转到问题清单(&amp;F)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>The report %1 could not be read.

%2</source>
        <translation>无法读取报告 %1。

%2</translation>
    </message>
    <message>
        <source>Cannot open the sample</source>
        <translation>无法打开示例报告</translation>
    </message>
    <message>
        <source>gkreview</source>
        <translation>gkreview 政府信息公开年报审核</translation>
    </message>
    <message>
        <source>%1 — gkreview</source>
        <translation>%1 — gkreview</translation>
    </message>
    <message>
        <source>Edit Value</source>
        <translation>编辑数值</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <source>Revert to Value as Read</source>
        <translation>恢复为原始读取值</translation>
    </message>
    <message>
        <source>Confirm This Column</source>
        <translation>确认所在列</translation>
    </message>
    <message>
        <source>Move Value to Column</source>
        <translation>将数值移至其他列</translation>
    </message>
    <message>
        <source>%1 (holds %2; they swap)</source>
        <translation>%1（现有 %2，两者互换）</translation>
    </message>
    <message>
        <source>The value of %1 belongs in column:</source>
        <translation>%1 的数值应属于以下哪一列：</translation>
    </message>
    <message>
        <source>Reviewer Name</source>
        <translation>审核人姓名</translation>
    </message>
    <message>
        <source>Your name, recorded with every correction and verdict:</source>
        <translation>您的姓名（随每项更正和审核结论一并记录）：</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>导出图表(&amp;H)…</translation>
    </message>
    <message>
        <source>Export All Char&amp;ts…</source>
        <translation>导出全部图表(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;vert to Value as Read</source>
        <translation>恢复为原始读取值(&amp;V)</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>查找下一个(&amp;X)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Table</source>
        <translation>下一个表格(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Table</source>
        <translation>上一个表格(&amp;V)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Report not found</source>
        <translation>找不到报告</translation>
    </message>
    <message>
        <source>The report %1 is no longer there: it was moved, renamed or deleted.

It has been removed from the recent reports.</source>
        <translation>报告 %1 已不在原处：可能已被移动、重命名或删除。

已将其从最近打开的报告中移除。</translation>
    </message>
    <message>
        <source>The earlier review was set aside unchanged as &lt;b&gt;%1&lt;/b&gt;. This review is saved as %2 after every change.</source>
        <translation>原审核记录已原样另存为 &lt;b&gt;%1&lt;/b&gt;。本次审核每次修改后都会保存为 %2。</translation>
    </message>
    <message>
        <source>The earlier review was kept as %1</source>
        <translation>原审核记录已另存为 %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The saved review %1 was made for a different version of this report&lt;/b&gt; (its bytes have changed since). Its %n correction(s) and %2 verdict(s) are not applied. The file is kept; your first edit sets it aside under a new name.</source>
        <translation>
            <numerusform>&lt;b&gt;已保存的审核记录 %1 针对的是本报告的另一个版本&lt;/b&gt;（报告文件内容此后已改变）。其中的 %n 项更正和 %2 项审核结论未予应用。该文件已保留；您首次编辑时，它将以新文件名另存。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The saved review %1 cannot be read&lt;/b&gt;: %2. The file is kept; your first edit sets it aside under a new name.</source>
        <translation>&lt;b&gt;无法读取已保存的审核记录 %1&lt;/b&gt;：%2。该文件已保留；您首次编辑时，它将以新文件名另存。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your edits are not saved&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;您的修改未保存&lt;/b&gt;：%1。</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Translating the messages of %1…</source>
        <translation>正在以新语言重新生成 %1 的提示信息…</translation>
    </message>
    <message>
        <source>Export Review &amp;Report…</source>
        <translation>导出审核报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Fill &amp;Blanks in Selection with 0</source>
        <translation>将所选空白填为 0(&amp;B)</translation>
    </message>
    <message>
        <source>Fill Blanks in &amp;Table with 0</source>
        <translation>将本表空白填为 0(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>适合整页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Rules Reference</source>
        <translation>规则说明(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About gkreview</source>
        <translation>关于 gkreview(&amp;A)</translation>
    </message>
    <message>
        <source>-review</source>
        <translation>-审核报告</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>导出审核报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;网页 (*.html)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The review report cannot replace the report itself.</source>
        <translation>审核报告不能覆盖报告本身。</translation>
    </message>
    <message>
        <source>Review report written to %1</source>
        <translation>审核报告已保存到 %1</translation>
    </message>
    <message>
        <source>Review report: %1</source>
        <translation>审核报告：%1</translation>
    </message>
    <message>
        <source>Print the Review Report</source>
        <translation>打印审核报告</translation>
    </message>
    <message numerus="yes">
        <source>%n blank cell(s) filled with 0 (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>已将 %n 个空白单元格填为 0（Ctrl+Z 可撤销）</numerusform>
        </translation>
    </message>
    <message>
        <source>No blank cell to fill here</source>
        <translation>此处没有可填的空白单元格</translation>
    </message>
    <message>
        <source>“%1” is nowhere in this report</source>
        <translation>本报告中没有“%1”</translation>
    </message>
    <message>
        <source>Reading %1 by OCR: %2 of %3 pages…</source>
        <translation>正在以 OCR 识别 %1：已读 %2/%3 页…</translation>
    </message>
    <message>
        <source>Save Review &amp;As…</source>
        <translation>审核记录另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>The corrections to the open report are not saved yet.</source>
        <translation>当前报告的更正尚未保存。</translation>
    </message>
    <message>
        <source>Apply Suggested &amp;Correction</source>
        <translation>采用建议的更正(&amp;C)</translation>
    </message>
    <message>
        <source>Writes the value the selected finding suggests (an OCR digit the sums point to)</source>
        <translation>写入所选问题建议的值（合计关系所指向的 OCR 数字）</translation>
    </message>
    <message>
        <source>The selected finding suggests no correction</source>
        <translation>所选问题没有建议的更正</translation>
    </message>
    <message>
        <source>Suggested correction applied (Ctrl+Z undoes it)</source>
        <translation>已采用建议的更正（Ctrl+Z 可撤销）</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1; the other %n file(s) were not: only the page images of one scan open together.</source>
        <translation>
            <numerusform>已打开 %1；其余 %n 个文件未打开：只有同一份扫描件的页面图片才能一起打开。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::MhtmlReader</name>
    <message>
        <source>%1: a web archive (MHTML) without a web page in it</source>
        <translation>%1：网页存档 (MHTML) 中没有网页</translation>
    </message>
</context>
<context>
    <name>gk::NarrativeRules</name>
    <message>
        <source>The text states %1 (“%2”), the table %3 = %4</source>
        <translation>正文称 %1（“%2”），而表格中 %3 = %4</translation>
    </message>
</context>
<context>
    <name>gk::NoteDialog</name>
    <message>
        <source>Note on %1</source>
        <translation>%1 的备注</translation>
    </message>
    <message>
        <source>Why is this value corrected or kept? (Ctrl+Enter to confirm)</source>
        <translation>为何更正或保留此数值？（Ctrl+Enter 确认）</translation>
    </message>
</context>
<context>
    <name>gk::OcrProofreader</name>
    <message>
        <source>read by OCR with a confidence of %1 %, and no sum of the table confirms it</source>
        <translation>由 OCR 识别，置信度 %1 %，且表内没有等式能印证它</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>%1 was read by OCR as %2 with a confidence of %3 % and no sum confirms it: check it against the page</source>
        <translation>%1 由 OCR 识别为 %2，置信度 %3 %，没有等式能印证它：请对照页面核对</translation>
    </message>
    <message>
        <source>%1 was read by OCR as %2 with a confidence of %3 %; %4 would make every sum of the table it takes part in hold: likely a misread digit</source>
        <translation>%1 由 OCR 识别为 %2，置信度 %3 %；若为 %4，则它所在的各等式均成立：可能是一位数字识别错误</translation>
    </message>
</context>
<context>
    <name>gk::OcrReader</name>
    <message>
        <source>%1: a scanned report (pages without text); reading it needs Tesseract&apos;s Chinese and English data: apt-get install tesseract-ocr-chi-sim tesseract-ocr-eng</source>
        <translation>%1：扫描件（页面没有文字层）；识别需要 Tesseract 的中文和英文数据：apt-get install tesseract-ocr-chi-sim tesseract-ocr-eng</translation>
    </message>
    <message>
        <source>%1: reading stopped</source>
        <translation>%1：已停止读取</translation>
    </message>
    <message>
        <source>page %1 could not be rendered</source>
        <translation>第 %1 页无法渲染</translation>
    </message>
    <message>
        <source>%1: a scanned report in which OCR found no text on any page</source>
        <translation>%1：扫描件，OCR 在任何一页上都没有识别出文字</translation>
    </message>
    <message>
        <source>%1: not a readable image</source>
        <translation>%1：不是可读取的图像</translation>
    </message>
</context>
<context>
    <name>gk::OutcomesChart</name>
    <message>
        <source>Outcomes of the applications</source>
        <translation>政府信息公开申请办理结果</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Applications (total column)</source>
        <translation>申请数量（总计列）</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请数量</translation>
    </message>
</context>
<context>
    <name>gk::PdfPageRenderer</name>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1：无法打开（%2）</translation>
    </message>
    <message>
        <source>%1: the PDF is protected by a password</source>
        <translation>%1：该 PDF 受密码保护</translation>
    </message>
    <message>
        <source>%1: not a readable PDF file</source>
        <translation>%1：不是可读取的 PDF 文件</translation>
    </message>
</context>
<context>
    <name>gk::PdfReader</name>
    <message>
        <source>%1: not a readable PDF file</source>
        <translation>%1：不是可读取的 PDF 文件</translation>
    </message>
    <message>
        <source>%1: the PDF is protected by a password</source>
        <translation>%1：该 PDF 文件受密码保护</translation>
    </message>
    <message>
        <source>%1: has no text layer (a scanned image?); nothing to read</source>
        <translation>%1：没有文字层（可能是扫描图像），无可读取的内容</translation>
    </message>
    <message>
        <source>%1: %2 pages; reports are read up to %3 pages</source>
        <translation>%1：共 %2 页；报告最多读取 %3 页</translation>
    </message>
</context>
<context>
    <name>gk::PendingReviewBar</name>
    <message>
        <source>Apply Anyway</source>
        <translation>仍然应用</translation>
    </message>
    <message>
        <source>Apply the saved corrections and verdicts to this version of the report</source>
        <translation>将已保存的更正和审核结论应用于此版本的报告</translation>
    </message>
    <message>
        <source>Set Aside, Start Fresh</source>
        <translation>另存旧记录，重新审核</translation>
    </message>
    <message>
        <source>Keep the saved review under another name and start a new one (your first edit does this too)</source>
        <translation>以其他文件名保留已保存的审核记录，并开始新的审核（您首次编辑时也会这样做）</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>gk::PlausibilityRules</name>
    <message>
        <source>%1: %2 items last year and a change of %3 would leave %4 items this year</source>
        <translation>%1：上一年 %2 项，本年增/减 %3，则本年为 %4 项</translation>
    </message>
    <message>
        <source>%1: %2 newly published this year, but only %3 published in total</source>
        <translation>%1：本年新公开 %2 件，但对外公开总数量仅 %3 件</translation>
    </message>
</context>
<context>
    <name>gk::RecentFiles</name>
    <message numerus="yes">
        <source>%1 … %2 (%n page images)</source>
        <translation>
            <numerusform>%1 … %2（共 %n 张页面图片）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::RepetitionRules</name>
    <message numerus="yes">
        <source>The report holds its tables more than once (up to %2 times; %n row(s) come back after them): %1. The first copy is the one shown and checked; the others are kept as extra rows. Check that the file holds one report.</source>
        <translation>
            <numerusform>报告中的表格重复出现（最多 %2 次；表后有 %n 行重复）：%1。显示和检查的是第一份，其余作为附加行保留。请确认文件只包含一份报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>gk::ReportAnalysis</name>
    <message>
        <source>%1: the review beside it cannot be read and is not applied: %2</source>
        <translation>%1：旁边的审核文件无法读取，未予应用：%2</translation>
    </message>
    <message>
        <source>%1: the review %2 was made for other contents of the report and is not applied</source>
        <translation>%1：审核文件 %2 是针对该报告的其他内容所做，未予应用</translation>
    </message>
</context>
<context>
    <name>gk::ReportParser</name>
    <message numerus="yes">
        <source>%1: the columns of these values are a guess (%2); %n placement(s) fit the table</source>
        <translation>
            <numerusform>%1：这些数值所在的列系推测（%2）；共有 %n 种排列方式与表格相符</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the row “%2” is not in the template; it is kept as an extra row</source>
        <translation>%1：“%2”行不在模板中，已作为附加行保留</translation>
    </message>
    <message>
        <source>The label “%1” was read as “%2”</source>
        <translation>标签“%1”识别为“%2”</translation>
    </message>
    <message>
        <source>The column label “%1” was read as “%2”</source>
        <translation>列标签“%1”识别为“%2”</translation>
    </message>
    <message>
        <source>%1: the row “%2” is missing</source>
        <translation>%1：缺少“%2”行</translation>
    </message>
    <message>
        <source>the separators between the numbers were lost</source>
        <translation>数字之间的分隔符已丢失</translation>
    </message>
    <message>
        <source>blank cells were dropped</source>
        <translation>空白单元格已被略去</translation>
    </message>
    <message>
        <source>the page does not show which column each value is in</source>
        <translation>页面上看不出每个数值属于哪一列</translation>
    </message>
    <message>
        <source>The table %1 is missing from the report (or could not be read in it)</source>
        <translation>报告中缺少表格“%1”（或未能读出）</translation>
    </message>
</context>
<context>
    <name>gk::ReportTableModel</name>
    <message>
        <source>Corrected by %1 on %2; value as read: %3</source>
        <translation>由 %1 于 %2 更正；原始读取值：%3</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Uncertain column: %1</source>
        <translation>所在列不确定：%1</translation>
    </message>
    <message>
        <source>blank cells were lost when the table was flattened</source>
        <translation>表格转为文本时空白单元格已丢失</translation>
    </message>
    <message>
        <source>(accepted as is)</source>
        <translation>（已按原样认可）</translation>
    </message>
    <message>
        <source>not in the source</source>
        <translation>原文中无此项</translation>
    </message>
    <message>
        <source>%1, characters %2–%3</source>
        <translation>%1，第 %2–%3 个字符</translation>
    </message>
    <message>
        <source>An extra row of this report, not in the template: “%1”.</source>
        <translation>本报告中模板以外的附加行：“%1”。</translation>
    </message>
    <message>
        <source>Shown as read. No check uses it, and it cannot be edited here.</source>
        <translation>按原始读取内容显示，不参与任何检查，也不能在此编辑。</translation>
    </message>
    <message numerus="yes">
        <source>The report gives %n value(s) for this row; they are shown in the order read, so the columns are a guess.</source>
        <translation>
            <numerusform>报告在此行中给出了 %n 个数值；按读取顺序显示，所在列系推测。</numerusform>
        </translation>
    </message>
    <message>
        <source>(extra) %1</source>
        <translation>（附加）%1</translation>
    </message>
    <message>
        <source>Corrected on %1; value as read: %2</source>
        <translation>于 %1 更正；读取值：%2</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;An extra row of this report, not in the template: shown as read, read-only, not checked.</source>
        <translation>%1&lt;br&gt;本报告中模板以外的附加行：按原始读取内容显示，只读，不参与检查。</translation>
    </message>
</context>
<context>
    <name>gk::ReviewDocument</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>将 %1 改为 %2</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>%1 的备注</translation>
    </message>
    <message>
        <source>Revert %1 to the value as read</source>
        <translation>将 %1 恢复为原始读取值</translation>
    </message>
    <message>
        <source>column confirmed by the reviewer</source>
        <translation>所在列已由审核人确认</translation>
    </message>
    <message>
        <source>Confirm the column of %1</source>
        <translation>确认 %1 所在的列</translation>
    </message>
    <message>
        <source>value moved here from column %1</source>
        <translation>数值由 %1 列移至此处</translation>
    </message>
    <message>
        <source>value moved to column %1</source>
        <translation>数值已移至 %1 列</translation>
    </message>
    <message>
        <source>Move the value of %1 to %2</source>
        <translation>将 %1 的数值移至 %2 列</translation>
    </message>
    <message>
        <source>%1 could not be renamed, so the review cannot be saved beside the report</source>
        <translation>无法重命名 %1，因此审核记录无法保存在报告旁</translation>
    </message>
    <message numerus="yes">
        <source>Revert %n cell(s) to the values as read</source>
        <translation>
            <numerusform>将 %n 个单元格恢复为原始读取值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill %n blank cell(s) with 0</source>
        <translation>
            <numerusform>将 %n 个空白单元格填为 0</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept “%1” as is</source>
        <translation>按原样认可“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n finding(s) as is</source>
        <translation>
            <numerusform>按原样认可 %n 条结论</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>重新打开“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n finding(s)</source>
        <translation>
            <numerusform>重新打开 %n 条结论</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::ReviewReport</name>
    <message>
        <source>Review report</source>
        <translation>审核报告</translation>
    </message>
    <message>
        <source>%1, %2 annual report</source>
        <translation>%1 %2 年度报告</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>This report made</source>
        <translation>本审核报告生成于</translation>
    </message>
    <message>
        <source>The tables as corrected</source>
        <translation>更正后的表格</translation>
    </message>
    <message>
        <source>Corrected cells are shaded and show the value as read below the corrected one.</source>
        <translation>更正过的单元格带底色，更正值下方注明读取值。</translation>
    </message>
    <message>
        <source>as read: %1</source>
        <translation>读取值：%1</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>(extra) %1</source>
        <translation>（附加）%1</translation>
    </message>
    <message>
        <source>Corrections (%1)</source>
        <translation>更正（%1 处）</translation>
    </message>
    <message>
        <source>No value was corrected.</source>
        <translation>没有更正任何数值。</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>As read</source>
        <translation>读取值</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>更正值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>结论（%1 条）</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>所有检查均已通过。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>处理结论</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>等另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted as is by %1 on %2</source>
        <translation>由 %1 于 %2 按原样认可</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>gk::ReviewReportWriter</name>
    <message>
        <source>Review report: %1</source>
        <translation>审核报告：%1</translation>
    </message>
    <message>
        <source>%1: a review report is written as .pdf or .html</source>
        <translation>%1：审核报告只能保存为 .pdf 或 .html</translation>
    </message>
</context>
<context>
    <name>gk::ReviewRules</name>
    <message>
        <source>Administrative reconsideration (行政复议)</source>
        <translation>行政复议</translation>
    </message>
    <message>
        <source>Litigation without reconsideration (未经复议直接起诉)</source>
        <translation>行政诉讼（未经复议直接起诉）</translation>
    </message>
    <message>
        <source>Litigation after reconsideration (复议后起诉)</source>
        <translation>行政诉讼（复议后起诉）</translation>
    </message>
</context>
<context>
    <name>gk::ReviewStore</name>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>not a gkreview review file</source>
        <translation>不是 gkreview 审核记录文件</translation>
    </message>
    <message>
        <source>review format version %1 is not supported (this program reads version %2)</source>
        <translation>不支持审核记录格式版本 %1（本程序读取版本 %2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the value is not an object</source>
        <translation>值不是对象</translation>
    </message>
    <message>
        <source>the value&apos;s text is not a string</source>
        <translation>值的文本不是字符串</translation>
    </message>
    <message>
        <source>the value of kind &quot;number&quot; has no number</source>
        <translation>类型为 &quot;number&quot; 的值没有数字</translation>
    </message>
    <message>
        <source>unknown kind of value &quot;%1&quot;</source>
        <translation>未知的值类型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the value has no kind</source>
        <translation>值没有类型</translation>
    </message>
    <message>
        <source>the report it was made for is not named (&quot;report&quot; with &quot;file&quot; and &quot;sha256&quot;)</source>
        <translation>未注明所审核的报告（需要含 &quot;file&quot; 和 &quot;sha256&quot; 的 &quot;report&quot;）</translation>
    </message>
    <message>
        <source>the reviewer or the times are not text of the right form</source>
        <translation>审核人或时间不是格式正确的文本</translation>
    </message>
    <message>
        <source>&quot;corrections&quot; and &quot;verdicts&quot; must be objects</source>
        <translation>&quot;corrections&quot; 和 &quot;verdicts&quot; 必须是对象</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>它不是对象</translation>
    </message>
    <message>
        <source>its note, reviewer or time is not text of the right form</source>
        <translation>其备注、审核人或时间不是格式正确的文本</translation>
    </message>
    <message>
        <source>the correction of %1: %2</source>
        <translation>%1 的更正：%2</translation>
    </message>
    <message>
        <source>the verdict on finding %1 is not {&quot;verdict&quot;: &quot;accepted&quot;} with text for its note, reviewer and time</source>
        <translation>对问题 %1 的结论不是 {&quot;verdict&quot;: &quot;accepted&quot;}，或其备注、审核人、时间不是文本</translation>
    </message>
    <message>
        <source>it corrects the cell %1, which the report does not have</source>
        <translation>它更正了单元格 %1，而报告中没有该单元格</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>%1 MB is too large for a review (at most %2 MB)</source>
        <translation>%1 MB，审核记录过大（最多 %2 MB）</translation>
    </message>
    <message>
        <source>no review is open</source>
        <translation>没有打开的审核记录</translation>
    </message>
    <message>
        <source>%1: this is the report itself, which is never written</source>
        <translation>%1：这是报告本身，报告从不被写入</translation>
    </message>
    <message>
        <source>%1: it is a folder</source>
        <translation>%1：这是文件夹</translation>
    </message>
</context>
<context>
    <name>gk::RtfReader</name>
    <message>
        <source>%1: not an RTF document (it does not start with {\rtf)</source>
        <translation>%1：不是 RTF 文档（没有以 {\rtf 开头）</translation>
    </message>
    <message>
        <source>%1: the RTF document has no text</source>
        <translation>%1：RTF 文档中没有文字</translation>
    </message>
    <message>
        <source>the RTF document&apos;s groups are not balanced: it may be truncated</source>
        <translation>RTF 文档的分组括号不配对：文件可能不完整</translation>
    </message>
</context>
<context>
    <name>gk::RuleNames</name>
    <message>
        <source>Applications balance (一 + 二 = 三（七）+ 四)</source>
        <translation>申请收支平衡（一 + 二 = 三（七）+ 四）</translation>
    </message>
    <message>
        <source>Row total</source>
        <translation>行合计</translation>
    </message>
    <message>
        <source>Outcome total (三（七）)</source>
        <translation>办理结果总计（三（七））</translation>
    </message>
    <message>
        <source>Review and litigation group total</source>
        <translation>复议诉讼分组合计</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>无效数值</translation>
    </message>
    <message>
        <source>Blank cell</source>
        <translation>空白单元格</translation>
    </message>
    <message>
        <source>Table missing</source>
        <translation>缺少表格</translation>
    </message>
    <message>
        <source>Row missing</source>
        <translation>缺少行</translation>
    </message>
    <message>
        <source>Table held more than once</source>
        <translation>表格重复出现</translation>
    </message>
    <message>
        <source>Column placement uncertain</source>
        <translation>列位置不确定</translation>
    </message>
    <message>
        <source>Row beyond the template</source>
        <translation>模板外的行</translation>
    </message>
    <message>
        <source>Label variant</source>
        <translation>标签变体</translation>
    </message>
    <message>
        <source>Text disagrees with the table</source>
        <translation>正文与表格不一致</translation>
    </message>
    <message>
        <source>Published late</source>
        <translation>逾期公布</translation>
    </message>
    <message>
        <source>Required section missing</source>
        <translation>缺少必备章节</translation>
    </message>
    <message>
        <source>Implausible: negative count</source>
        <translation>不合理：数量为负</translation>
    </message>
    <message>
        <source>Implausible: more published than exist</source>
        <translation>不合理：公开数多于总数</translation>
    </message>
    <message>
        <source>Carried over ≠ carried forward last year</source>
        <translation>上年结转 ≠ 上年的结转下年度</translation>
    </message>
</context>
<context>
    <name>gk::RulesDialog</name>
    <message>
        <source>Rules Reference — gkreview</source>
        <translation>规则说明 — gkreview</translation>
    </message>
    <message>
        <source>The rules reference is not built into this program.</source>
        <translation>本程序未内置规则说明。</translation>
    </message>
</context>
<context>
    <name>gk::SafeWrite</name>
    <message>
        <source>only %1 of %2 bytes could be written</source>
        <translation>%2 字节中只写入了 %1 字节</translation>
    </message>
</context>
<context>
    <name>gk::SeriesRules</name>
    <message>
        <source>%1, column %2: %3 (%4) carried %5 applications forward into %6, but %7 (%8) says %9 were carried over</source>
        <translation>%1，“%2”列：%3（%4年）结转下年度继续办理 %5 件至 %6 年，但 %7（%8年）的上年结转数量为 %9 件</translation>
    </message>
</context>
<context>
    <name>gk::SeverityStyle</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts — gkreview</source>
        <translation>键盘快捷键 — gkreview</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>In a table: Tab moves between cells, typing starts an edit. Over the page view: Ctrl+wheel zooms. In the find bar: Enter / Shift+Enter go to the next / previous match, Esc closes it.</source>
        <translation>在表格中：Tab 在单元格间移动，直接输入即开始编辑。在页面视图上：Ctrl+滚轮缩放。在查找栏中：Enter / Shift+Enter 跳到下一处 / 上一处，Esc 关闭。</translation>
    </message>
</context>
<context>
    <name>gk::StartPage</name>
    <message>
        <source>&lt;h2&gt;Review a government information-disclosure annual report&lt;/h2&gt;&lt;p&gt;Open a report (text, HTML, Word, PDF, or the page images of a scan, chosen together), drop one on this window, or start with one of the sample reports below.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;审核政府信息公开工作年度报告&lt;/h2&gt;&lt;p&gt;打开一份报告（文本、HTML、Word、PDF，或一起选中的扫描页面图片），或将报告拖到本窗口，也可以从下方的示例报告开始。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a Report…</source>
        <translation>打开报告…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample reports&lt;/b&gt; (one click opens a copy)</source>
        <translation>&lt;b&gt;示例报告&lt;/b&gt;（单击即打开一份副本）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent reports&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近打开的报告&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for sample reports</source>
        <translation>%1：无法创建存放示例报告的文件夹</translation>
    </message>
    <message>
        <source>%1: cannot copy the sample report there</source>
        <translation>%1：无法将示例报告复制到此处</translation>
    </message>
    <message>
        <source>Open a copy of this sample report (%1)</source>
        <translation>打开此示例报告的副本（%1）</translation>
    </message>
    <message>
        <source>%1 — %2 annual report  (%3)</source>
        <translation>%1 — %2 年度报告（%3）</translation>
    </message>
</context>
<context>
    <name>gk::SumCheck</name>
    <message>
        <source>%1: %2 ≠ %3 (difference %4), but some values of this sum were placed in a guessed column, so the placement is uncertain rather than the figures wrong</source>
        <translation>%1：%2 ≠ %3（相差 %4），但此合计中有数值所在的列系推测，因此更可能是数值位置不确定，而非数字有误</translation>
    </message>
    <message>
        <source>%1: %2 = %3 but %4 = %5 (difference %6)</source>
        <translation>%1：%2 = %3，但%4 = %5（相差 %6）</translation>
    </message>
    <message>
        <source>%1 cannot be assessed: it holds only if the blank cell(s) %2 hold %3 in total</source>
        <translation>%1 无法判断：仅当空白单元格 %2 合计为 %3 时才成立</translation>
    </message>
</context>
<context>
    <name>gk::SummaryBuilder</name>
    <message>
        <source>received</source>
        <translation>本年新收</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>上年结转</translation>
    </message>
    <message>
        <source>handled, total</source>
        <translation>办理结果总计</translation>
    </message>
    <message>
        <source>disclosed</source>
        <translation>予以公开</translation>
    </message>
    <message>
        <source>partly disclosed</source>
        <translation>部分公开</translation>
    </message>
    <message>
        <source>not disclosed</source>
        <translation>不予公开</translation>
    </message>
    <message>
        <source>cannot be provided</source>
        <translation>无法提供</translation>
    </message>
    <message>
        <source>not processed</source>
        <translation>不予处理</translation>
    </message>
    <message>
        <source>otherwise handled</source>
        <translation>其他处理</translation>
    </message>
    <message>
        <source>carried forward</source>
        <translation>结转下年度</translation>
    </message>
    <message>
        <source>administrative reviews</source>
        <translation>行政复议</translation>
    </message>
    <message>
        <source>lawsuits</source>
        <translation>行政诉讼</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>deadline met</source>
        <translation>按期发布</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>accepted findings</source>
        <translation>已接受的问题</translation>
    </message>
    <message>
        <source>why it could not be read</source>
        <translation>无法读取的原因</translation>
    </message>
    <message>
        <source>not yet read</source>
        <translation>尚未读取</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>无问题</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>gk::SummaryWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>gk::TablesPane</name>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
    <message>
        <source>%1: not found in the report; type it in from the source</source>
        <translation>%1：报告中未找到此表，请对照原文录入</translation>
    </message>
    <message>
        <source>&lt;b&gt;This table was not found in the report.&lt;/b&gt; Its template is shown empty: type each value in from the source (F2 or just type). Every value is kept as a correction from blank, can be undone, and is checked like the others.</source>
        <translation>&lt;b&gt;报告中未找到此表。&lt;/b&gt;下面是空白模板：请对照原文逐项录入（按 F2 或直接输入）。每个数值都记为从空白开始的更正，可以撤销，并与其他表一样参与检查。</translation>
    </message>
</context>
<context>
    <name>gk::TemplateLabels</name>
    <message>
        <source>一、总体情况</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <source>二、主动公开政府信息情况</source>
        <translation>二、主动公开政府信息情况</translation>
    </message>
    <message>
        <source>三、收到和处理政府信息公开申请情况</source>
        <translation>三、收到和处理政府信息公开申请情况</translation>
    </message>
    <message>
        <source>四、政府信息公开行政复议、行政诉讼情况</source>
        <translation>四、政府信息公开行政复议、行政诉讼情况</translation>
    </message>
    <message>
        <source>五、存在的主要问题及改进情况</source>
        <translation>五、存在的主要问题及改进情况</translation>
    </message>
    <message>
        <source>六、其他需要报告的事项</source>
        <translation>六、其他需要报告的事项</translation>
    </message>
    <message>
        <source>一、本年新收政府信息公开申请数量 总计</source>
        <translation>一、本年新收政府信息公开申请数量 总计</translation>
    </message>
    <message>
        <source>三（一）予以公开 总计</source>
        <translation>三（一）予以公开 总计</translation>
    </message>
    <message>
        <source>行政复议 总计</source>
        <translation>行政复议 总计</translation>
    </message>
    <message>
        <source>行政诉讼 总计</source>
        <translation>行政诉讼 总计</translation>
    </message>
    <message>
        <source>依申请公开</source>
        <translation>依申请公开</translation>
    </message>
    <message>
        <source>复议·诉讼</source>
        <translation>复议·诉讼</translation>
    </message>
    <message>
        <source>二十条（一）</source>
        <translation>二十条（一）</translation>
    </message>
    <message>
        <source>二十条（五）</source>
        <translation>二十条（五）</translation>
    </message>
    <message>
        <source>二十条（六）</source>
        <translation>二十条（六）</translation>
    </message>
    <message>
        <source>二十条（八）</source>
        <translation>二十条（八）</translation>
    </message>
    <message>
        <source>二十条（九）</source>
        <translation>二十条（九）</translation>
    </message>
    <message>
        <source>法人或其他组织</source>
        <translation>法人或其他组织</translation>
    </message>
    <message>
        <source>行政复议</source>
        <translation>行政复议</translation>
    </message>
    <message>
        <source>行政诉讼·未经复议直接起诉</source>
        <translation>行政诉讼·未经复议直接起诉</translation>
    </message>
    <message>
        <source>行政诉讼·复议后起诉</source>
        <translation>行政诉讼·复议后起诉</translation>
    </message>
    <message>
        <source>上一年项目数量</source>
        <translation>上一年项目数量</translation>
    </message>
    <message>
        <source>本年增/减</source>
        <translation>本年增/减</translation>
    </message>
    <message>
        <source>处理决定数量</source>
        <translation>处理决定数量</translation>
    </message>
    <message>
        <source>本年新收政府信息公开申请数量</source>
        <translation>本年新收政府信息公开申请数量</translation>
    </message>
    <message>
        <source>一、本年新收政府信息公开申请数量</source>
        <translation>一、本年新收政府信息公开申请数量</translation>
    </message>
    <message>
        <source>上年结转政府信息公开申请数量</source>
        <translation>上年结转政府信息公开申请数量</translation>
    </message>
    <message>
        <source>二、上年结转政府信息公开申请数量</source>
        <translation>二、上年结转政府信息公开申请数量</translation>
    </message>
    <message>
        <source>予以公开</source>
        <translation>予以公开</translation>
    </message>
    <message>
        <source>三（一）予以公开</source>
        <translation>三（一）予以公开</translation>
    </message>
    <message>
        <source>部分公开</source>
        <translation>部分公开</translation>
    </message>
    <message>
        <source>三（二）部分公开</source>
        <translation>三（二）部分公开</translation>
    </message>
    <message>
        <source>属于国家秘密</source>
        <translation>属于国家秘密</translation>
    </message>
    <message>
        <source>三（三）1.属于国家秘密</source>
        <translation>三（三）1.属于国家秘密</translation>
    </message>
    <message>
        <source>其他法律行政法规禁止公开</source>
        <translation>其他法律行政法规禁止公开</translation>
    </message>
    <message>
        <source>三（三）2.其他法律行政法规禁止公开</source>
        <translation>三（三）2.其他法律行政法规禁止公开</translation>
    </message>
    <message>
        <source>危及三安全一稳定</source>
        <translation>危及三安全一稳定</translation>
    </message>
    <message>
        <source>三（三）3.危及“三安全一稳定”</source>
        <translation>三（三）3.危及“三安全一稳定”</translation>
    </message>
    <message>
        <source>保护第三方合法权益</source>
        <translation>保护第三方合法权益</translation>
    </message>
    <message>
        <source>三（三）4.保护第三方合法权益</source>
        <translation>三（三）4.保护第三方合法权益</translation>
    </message>
    <message>
        <source>属于三类内部事务信息</source>
        <translation>属于三类内部事务信息</translation>
    </message>
    <message>
        <source>三（三）5.属于三类内部事务信息</source>
        <translation>三（三）5.属于三类内部事务信息</translation>
    </message>
    <message>
        <source>属于四类过程性信息</source>
        <translation>属于四类过程性信息</translation>
    </message>
    <message>
        <source>三（三）6.属于四类过程性信息</source>
        <translation>三（三）6.属于四类过程性信息</translation>
    </message>
    <message>
        <source>属于行政执法案卷</source>
        <translation>属于行政执法案卷</translation>
    </message>
    <message>
        <source>三（三）7.属于行政执法案卷</source>
        <translation>三（三）7.属于行政执法案卷</translation>
    </message>
    <message>
        <source>属于行政查询事项</source>
        <translation>属于行政查询事项</translation>
    </message>
    <message>
        <source>三（三）8.属于行政查询事项</source>
        <translation>三（三）8.属于行政查询事项</translation>
    </message>
    <message>
        <source>本机关不掌握相关政府信息</source>
        <translation>本机关不掌握相关政府信息</translation>
    </message>
    <message>
        <source>三（四）1.本机关不掌握相关政府信息</source>
        <translation>三（四）1.本机关不掌握相关政府信息</translation>
    </message>
    <message>
        <source>没有现成信息需要另行制作</source>
        <translation>没有现成信息需要另行制作</translation>
    </message>
    <message>
        <source>三（四）2.没有现成信息需要另行制作</source>
        <translation>三（四）2.没有现成信息需要另行制作</translation>
    </message>
    <message>
        <source>补正后申请内容仍不明确</source>
        <translation>补正后申请内容仍不明确</translation>
    </message>
    <message>
        <source>三（四）3.补正后申请内容仍不明确</source>
        <translation>三（四）3.补正后申请内容仍不明确</translation>
    </message>
    <message>
        <source>信访举报投诉类申请</source>
        <translation>信访举报投诉类申请</translation>
    </message>
    <message>
        <source>三（五）1.信访举报投诉类申请</source>
        <translation>三（五）1.信访举报投诉类申请</translation>
    </message>
    <message>
        <source>重复申请</source>
        <translation>重复申请</translation>
    </message>
    <message>
        <source>三（五）2.重复申请</source>
        <translation>三（五）2.重复申请</translation>
    </message>
    <message>
        <source>要求提供公开出版物</source>
        <translation>要求提供公开出版物</translation>
    </message>
    <message>
        <source>三（五）3.要求提供公开出版物</source>
        <translation>三（五）3.要求提供公开出版物</translation>
    </message>
    <message>
        <source>无正当理由大量反复申请</source>
        <translation>无正当理由大量反复申请</translation>
    </message>
    <message>
        <source>三（五）4.无正当理由大量反复申请</source>
        <translation>三（五）4.无正当理由大量反复申请</translation>
    </message>
    <message>
        <source>要求行政机关确认或重新出具已获取信息</source>
        <translation>要求行政机关确认或重新出具已获取信息</translation>
    </message>
    <message>
        <source>三（五）5.要求行政机关确认或重新出具已获取信息</source>
        <translation>三（五）5.要求行政机关确认或重新出具已获取信息</translation>
    </message>
    <message>
        <source>其他处理</source>
        <translation>其他处理</translation>
    </message>
    <message>
        <source>三（六）其他处理</source>
        <translation>三（六）其他处理</translation>
    </message>
    <message>
        <source>申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请</source>
        <translation>申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请</translation>
    </message>
    <message>
        <source>三（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</source>
        <translation>三（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</translation>
    </message>
    <message>
        <source>申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请</source>
        <translation>申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请</translation>
    </message>
    <message>
        <source>三（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</source>
        <translation>三（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>三（六）3.其他</source>
        <translation>三（六）3.其他</translation>
    </message>
    <message>
        <source>总计</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>三（七）总计</source>
        <translation>三（七）总计</translation>
    </message>
    <message>
        <source>结转下年度继续办理</source>
        <translation>结转下年度继续办理</translation>
    </message>
    <message>
        <source>四、结转下年度继续办理</source>
        <translation>四、结转下年度继续办理</translation>
    </message>
    <message>
        <source>自然人</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>商业企业</source>
        <translation>商业企业</translation>
    </message>
    <message>
        <source>科研机构</source>
        <translation>科研机构</translation>
    </message>
    <message>
        <source>社会公益组织</source>
        <translation>社会公益组织</translation>
    </message>
    <message>
        <source>法律服务机构</source>
        <translation>法律服务机构</translation>
    </message>
    <message>
        <source>行政复议 结果维持</source>
        <translation>行政复议 结果维持</translation>
    </message>
    <message>
        <source>行政复议 结果纠正</source>
        <translation>行政复议 结果纠正</translation>
    </message>
    <message>
        <source>行政复议 其他结果</source>
        <translation>行政复议 其他结果</translation>
    </message>
    <message>
        <source>行政复议 尚未审结</source>
        <translation>行政复议 尚未审结</translation>
    </message>
    <message>
        <source>行政诉讼·未经复议直接起诉 结果维持</source>
        <translation>行政诉讼·未经复议直接起诉 结果维持</translation>
    </message>
    <message>
        <source>行政诉讼·未经复议直接起诉 结果纠正</source>
        <translation>行政诉讼·未经复议直接起诉 结果纠正</translation>
    </message>
    <message>
        <source>行政诉讼·未经复议直接起诉 其他结果</source>
        <translation>行政诉讼·未经复议直接起诉 其他结果</translation>
    </message>
    <message>
        <source>行政诉讼·未经复议直接起诉 尚未审结</source>
        <translation>行政诉讼·未经复议直接起诉 尚未审结</translation>
    </message>
    <message>
        <source>行政诉讼·未经复议直接起诉 总计</source>
        <translation>行政诉讼·未经复议直接起诉 总计</translation>
    </message>
    <message>
        <source>行政诉讼·复议后起诉 结果维持</source>
        <translation>行政诉讼·复议后起诉 结果维持</translation>
    </message>
    <message>
        <source>行政诉讼·复议后起诉 结果纠正</source>
        <translation>行政诉讼·复议后起诉 结果纠正</translation>
    </message>
    <message>
        <source>行政诉讼·复议后起诉 其他结果</source>
        <translation>行政诉讼·复议后起诉 其他结果</translation>
    </message>
    <message>
        <source>行政诉讼·复议后起诉 尚未审结</source>
        <translation>行政诉讼·复议后起诉 尚未审结</translation>
    </message>
    <message>
        <source>行政诉讼·复议后起诉 总计</source>
        <translation>行政诉讼·复议后起诉 总计</translation>
    </message>
    <message>
        <source>结果维持</source>
        <translation>结果维持</translation>
    </message>
    <message>
        <source>结果纠正</source>
        <translation>结果纠正</translation>
    </message>
    <message>
        <source>其他结果</source>
        <translation>其他结果</translation>
    </message>
    <message>
        <source>尚未审结</source>
        <translation>尚未审结</translation>
    </message>
    <message>
        <source>第二十条第（一）项</source>
        <translation>第二十条第（一）项</translation>
    </message>
    <message>
        <source>规章</source>
        <translation>规章</translation>
    </message>
    <message>
        <source>规范性文件</source>
        <translation>规范性文件</translation>
    </message>
    <message>
        <source>本年制发件数</source>
        <translation>本年制发件数</translation>
    </message>
    <message>
        <source>本年废止件数</source>
        <translation>本年废止件数</translation>
    </message>
    <message>
        <source>现行有效件数</source>
        <translation>现行有效件数</translation>
    </message>
    <message>
        <source>本年新制作数量</source>
        <translation>本年新制作数量</translation>
    </message>
    <message>
        <source>本年新公开数量</source>
        <translation>本年新公开数量</translation>
    </message>
    <message>
        <source>对外公开总数量</source>
        <translation>对外公开总数量</translation>
    </message>
    <message>
        <source>第二十条第（五）项</source>
        <translation>第二十条第（五）项</translation>
    </message>
    <message>
        <source>行政许可</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>其他对外管理服务事项</source>
        <translation>其他对外管理服务事项</translation>
    </message>
    <message>
        <source>本年处理决定数量</source>
        <translation>本年处理决定数量</translation>
    </message>
    <message>
        <source>第二十条第（六）项</source>
        <translation>第二十条第（六）项</translation>
    </message>
    <message>
        <source>行政处罚</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>行政强制</source>
        <translation>行政强制</translation>
    </message>
    <message>
        <source>第二十条第（八）项</source>
        <translation>第二十条第（八）项</translation>
    </message>
    <message>
        <source>行政事业性收费</source>
        <translation>行政事业性收费</translation>
    </message>
    <message>
        <source>本年收费金额</source>
        <translation>本年收费金额</translation>
    </message>
    <message>
        <source>第二十条第（九）项</source>
        <translation>第二十条第（九）项</translation>
    </message>
    <message>
        <source>政府集中采购</source>
        <translation>政府集中采购</translation>
    </message>
    <message>
        <source>采购项目数量</source>
        <translation>采购项目数量</translation>
    </message>
    <message>
        <source>采购总金额</source>
        <translation>采购总金额</translation>
    </message>
    <message>
        <source>收到和处理政府信息公开申请情况</source>
        <translation>收到和处理政府信息公开申请情况</translation>
    </message>
    <message>
        <source>政府信息公开行政复议、行政诉讼情况</source>
        <translation>政府信息公开行政复议、行政诉讼情况</translation>
    </message>
    <message>
        <source>行政复议、行政诉讼</source>
        <translation>行政复议、行政诉讼</translation>
    </message>
    <message>
        <source>自然人+…+其他</source>
        <translation>自然人+…+其他</translation>
    </message>
    <message>
        <source>一+二</source>
        <translation>一+二</translation>
    </message>
    <message>
        <source>三（七）+四</source>
        <translation>三（七）+四</translation>
    </message>
    <message>
        <source>三（七）</source>
        <translation>三（七）</translation>
    </message>
    <message>
        <source>三（一）+…+三（六）</source>
        <translation>三（一）+…+三（六）</translation>
    </message>
    <message>
        <source>维持+纠正+其他+尚未审结</source>
        <translation>维持+纠正+其他+尚未审结</translation>
    </message>
    <message>
        <source>申请人情况</source>
        <translation>申请人情况</translation>
    </message>
    <message>
        <source>三、本年度办理结果</source>
        <translation>三、本年度办理结果</translation>
    </message>
    <message>
        <source>信息内容</source>
        <translation>信息内容</translation>
    </message>
    <message>
        <source>（三）不予公开</source>
        <translation>（三）不予公开</translation>
    </message>
    <message>
        <source>（四）无法提供</source>
        <translation>（四）无法提供</translation>
    </message>
    <message>
        <source>（五）不予处理</source>
        <translation>（五）不予处理</translation>
    </message>
    <message>
        <source>（六）其他处理</source>
        <translation>（六）其他处理</translation>
    </message>
    <message>
        <source>%1（单位：万元）</source>
        <translation>%1（单位：万元）</translation>
    </message>
    <message>
        <source>（一）予以公开</source>
        <translation>（一）予以公开</translation>
    </message>
    <message>
        <source>（二）部分公开</source>
        <translation>（二）部分公开</translation>
    </message>
    <message>
        <source>（七）总计</source>
        <translation>（七）总计</translation>
    </message>
    <message>
        <source>1.属于国家秘密</source>
        <translation>1.属于国家秘密</translation>
    </message>
    <message>
        <source>2.其他法律行政法规禁止公开</source>
        <translation>2.其他法律行政法规禁止公开</translation>
    </message>
    <message>
        <source>3.危及“三安全一稳定”</source>
        <translation>3.危及“三安全一稳定”</translation>
    </message>
    <message>
        <source>4.保护第三方合法权益</source>
        <translation>4.保护第三方合法权益</translation>
    </message>
    <message>
        <source>5.属于三类内部事务信息</source>
        <translation>5.属于三类内部事务信息</translation>
    </message>
    <message>
        <source>6.属于四类过程性信息</source>
        <translation>6.属于四类过程性信息</translation>
    </message>
    <message>
        <source>7.属于行政执法案卷</source>
        <translation>7.属于行政执法案卷</translation>
    </message>
    <message>
        <source>8.属于行政查询事项</source>
        <translation>8.属于行政查询事项</translation>
    </message>
    <message>
        <source>1.本机关不掌握相关政府信息</source>
        <translation>1.本机关不掌握相关政府信息</translation>
    </message>
    <message>
        <source>2.没有现成信息需要另行制作</source>
        <translation>2.没有现成信息需要另行制作</translation>
    </message>
    <message>
        <source>3.补正后申请内容仍不明确</source>
        <translation>3.补正后申请内容仍不明确</translation>
    </message>
    <message>
        <source>1.信访举报投诉类申请</source>
        <translation>1.信访举报投诉类申请</translation>
    </message>
    <message>
        <source>2.重复申请</source>
        <translation>2.重复申请</translation>
    </message>
    <message>
        <source>3.要求提供公开出版物</source>
        <translation>3.要求提供公开出版物</translation>
    </message>
    <message>
        <source>4.无正当理由大量反复申请</source>
        <translation>4.无正当理由大量反复申请</translation>
    </message>
    <message>
        <source>5.要求行政机关确认或重新出具已获取信息</source>
        <translation>5.要求行政机关确认或重新出具已获取信息</translation>
    </message>
    <message>
        <source>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</source>
        <translation>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</translation>
    </message>
    <message>
        <source>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</source>
        <translation>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</translation>
    </message>
    <message>
        <source>3.其他</source>
        <translation>3.其他</translation>
    </message>
    <message>
        <source>行政诉讼</source>
        <translation>行政诉讼</translation>
    </message>
    <message>
        <source>未经复议直接起诉</source>
        <translation>未经复议直接起诉</translation>
    </message>
    <message>
        <source>复议后起诉</source>
        <translation>复议后起诉</translation>
    </message>
    <message>
        <source>不予公开</source>
        <translation>不予公开</translation>
    </message>
    <message>
        <source>无法提供</source>
        <translation>无法提供</translation>
    </message>
    <message>
        <source>不予处理</source>
        <translation>不予处理</translation>
    </message>
</context>
<context>
    <name>gk::TextDecoder</name>
    <message>
        <source>unknown character set %1</source>
        <translation>未知字符集 %1</translation>
    </message>
    <message>
        <source>cannot be decoded as %1</source>
        <translation>无法按 %1 解码</translation>
    </message>
    <message>
        <source>is not readable text in %1 (%2 undecodable characters)</source>
        <translation>不是可读的 %1 文本（%2 个字符无法解码）</translation>
    </message>
    <message numerus="yes">
        <source>%n undecodable character(s) replaced</source>
        <translation>
            <numerusform>已替换 %n 个无法解码的字符</numerusform>
        </translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>ends in the middle of a character: the file looks truncated</source>
        <translation>在字符中间结束：文件似乎不完整</translation>
    </message>
    <message>
        <source>cannot detect its character set (ICU: %1)</source>
        <translation>无法识别字符集（ICU：%1）</translation>
    </message>
    <message>
        <source>is a binary file, not a text report</source>
        <translation>是二进制文件，不是文本报告</translation>
    </message>
    <message>
        <source>is not text in any character set a report uses (UTF-8, GB18030, Big5, UTF-16)</source>
        <translation>不是报告所用任何字符集（UTF-8、GB18030、Big5、UTF-16）的文本</translation>
    </message>
</context>
<context>
    <name>gk::Translations</name>
    <message>
        <source>There is no translation for the language “%1” (available: %2)</source>
        <translation>没有“%1”语言的翻译（可用：%2）</translation>
    </message>
    <message>
        <source>%1: the translation cannot be loaded</source>
        <translation>%1：无法加载翻译</translation>
    </message>
</context>
<context>
    <name>gk::UnsavedReviewGuard</name>
    <message>
        <source>Review not saved</source>
        <translation>审核记录未保存</translation>
    </message>
    <message>
        <source>The review could not be saved:
%1

Your corrections are kept and saved again as soon as this works; File ▸ Save Review As… saves them elsewhere.</source>
        <translation>审核记录无法保存：
%1

您的更正已保留，一旦可以写入会立即再次保存；“文件 ▸ 审核记录另存为…”可将其保存到别处。</translation>
    </message>
    <message>
        <source>The review could not be saved:
%1</source>
        <translation>审核记录无法保存：
%1</translation>
    </message>
    <message>
        <source>Unsaved corrections</source>
        <translation>未保存的更正</translation>
    </message>
    <message>
        <source>The corrections to %1 could not be saved:
%2

Save the review elsewhere, or discard the corrections made since the last save?</source>
        <translation>对 %1 的更正无法保存：
%2

将审核记录保存到别处，还是放弃上次保存以来的更正？</translation>
    </message>
    <message>
        <source>Save Review As…</source>
        <translation>审核记录另存为…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation>审核记录另存为</translation>
    </message>
    <message>
        <source>Reviews (*.gkreview.json *.json);;All files (*)</source>
        <translation>审核记录 (*.gkreview.json *.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>gk::ValueRules</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>a count cannot be negative (%1)</source>
        <translation>数量不能为负数（%1）</translation>
    </message>
    <message>
        <source>a count must be a whole number (%1)</source>
        <translation>数量必须为整数（%1）</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n blank cell(s) where the template requires a number (0 must be written)</source>
        <translation>
            <numerusform>%1：有 %n 个单元格为空，模板要求填写数字（为 0 也须填写）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::WorkspaceController</name>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a Folder of Reports</source>
        <translation>打开报告文件夹</translation>
    </message>
    <message>
        <source>Recent &amp;Workspaces</source>
        <translation>最近的工作区(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Next Report</source>
        <translation>下一份报告(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Report</source>
        <translation>上一份报告(&amp;P)</translation>
    </message>
    <message>
        <source>Folder not found</source>
        <translation>找不到文件夹</translation>
    </message>
    <message>
        <source>The folder %1 is no longer there: it was moved, renamed or deleted.</source>
        <translation>文件夹 %1 已不在原处：已被移动、重命名或删除。</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>Reading the reports of %1…</source>
        <translation>正在读取 %1 中的报告…</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>无法打开文件夹</translation>
    </message>
    <message>
        <source>The workspace index cannot be kept (%1); the reports were read all the same</source>
        <translation>无法保存工作区索引（%1）；报告仍已读取</translation>
    </message>
    <message>
        <source>The workspace index could not be trusted: it was set aside as %1 and rebuilt</source>
        <translation>工作区索引不可信：已另存为 %1 并重新建立</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) in the workspace, %1 read now</source>
        <translation>
            <numerusform>工作区共 %n 份报告，本次读取 %1 份</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::WorkspaceIndexer</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1：没有此文件夹</translation>
    </message>
</context>
<context>
    <name>gk::WorkspaceModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>上年结转核对</translation>
    </message>
</context>
<context>
    <name>gk::WorkspacePane</name>
    <message>
        <source>Filter by file, agency or year</source>
        <translation>按文件、机关或年度筛选</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>全部规则</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n report(s) shown</source>
        <translation>
            <numerusform>显示 %1 份，共 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>已读取 %1 / %2</translation>
    </message>
</context>
<context>
    <name>gk::WorkspaceStore</name>
    <message>
        <source>Cannot make the folder of the workspace index %1</source>
        <translation>无法建立工作区索引 %1 所在的文件夹</translation>
    </message>
    <message>
        <source>Cannot open the workspace index %1: %2</source>
        <translation>无法打开工作区索引 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the workspace index %1: %2</source>
        <translation>无法写入工作区索引 %1：%2</translation>
    </message>
    <message>
        <source>The workspace index %1 cannot be trusted and cannot be moved aside</source>
        <translation>工作区索引 %1 不可信，且无法移到一旁</translation>
    </message>
</context>
<context>
    <name>gk::XlsxExporter</name>
    <message>
        <source>Cannot write %1: it is a folder</source>
        <translation>无法写入 %1：这是文件夹</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2 government information disclosure annual report</source>
        <translation>%1%2年政府信息公开工作年度报告</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook was not written in full (is the temporary folder %2 full?)</source>
        <translation>无法写入 %1：工作簿未完整写出（临时文件夹 %2 是否已满？）</translation>
    </message>
</context>
<context>
    <name>gk::XlsxWorkbook</name>
    <message>
        <source>the workbook could not be created (out of memory)</source>
        <translation>无法创建工作簿（内存不足）</translation>
    </message>
    <message>
        <source>the file cannot be created: %1</source>
        <translation>无法创建文件：%1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>无法创建文件</translation>
    </message>
    <message>
        <source>no temporary file could be written in %1</source>
        <translation>无法在 %1 中写入临时文件</translation>
    </message>
    <message>
        <source>the archive could not be written (is the disk full?)</source>
        <translation>无法写入压缩文件（磁盘是否已满？）</translation>
    </message>
    <message>
        <source>a text is longer than a cell can hold (32767 characters)</source>
        <translation>文本超出单元格容量（最多 32767 个字符）</translation>
    </message>
    <message>
        <source>libxlsxwriter error %1: %2</source>
        <translation>libxlsxwriter 错误 %1：%2</translation>
    </message>
</context>
<context>
    <name>gk::ocr::ScanSource</name>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: too large</source>
        <translation>%1：文件过大</translation>
    </message>
    <message>
        <source>no image files given</source>
        <translation>没有给出图像文件</translation>
    </message>
    <message>
        <source>%1: not a readable image</source>
        <translation>%1：不是可读取的图像</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review a government information-disclosure annual report.</source>
        <translation>审核政府信息公开工作年度报告。</translation>
    </message>
    <message>
        <source>Correct a cell after opening (repeatable).</source>
        <translation>打开后更正一个单元格（可重复使用）。</translation>
    </message>
    <message>
        <source>Select the N-th finding shown (from 1).</source>
        <translation>选中所显示的第 N 个问题（从 1 开始）。</translation>
    </message>
    <message>
        <source>Select a cell after opening.</source>
        <translation>打开后选中一个单元格。</translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation>保存窗口截图后退出。</translation>
    </message>
    <message>
        <source>Window size, e.g. 1366x768.</source>
        <translation>窗口大小，例如 1366x768。</translation>
    </message>
    <message>
        <source>The language for this run: zh_CN or en.</source>
        <translation>本次运行使用的语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Show the Charts dock with this chart (outcomes, applicants, reviews, art20).</source>
        <translation>打开“图表”面板并显示此图表（outcomes、applicants、reviews、art20）。</translation>
    </message>
    <message>
        <source>--chart-size takes WIDTHxHEIGHT in pixels, from %1x%2 to %3x%4, at most %5 million pixels</source>
        <translation>--chart-size 的格式为“宽x高”（像素），范围从 %1x%2 到 %3x%4，且最多 %5 百万像素</translation>
    </message>
    <message>
        <source>Write the review report (PDF or HTML) and quit.</source>
        <translation>写出审核报告（PDF 或 HTML）后退出。</translation>
    </message>
    <message>
        <source>Open the find bar with this text.</source>
        <translation>打开查找栏并查找此文本。</translation>
    </message>
    <message>
        <source>The report to open (several page images: one scanned report).</source>
        <translation>要打开的报告（多张页面图片：同一份扫描报告）。</translation>
    </message>
</context>
</TS>
