<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>gk::AboutBox</name>
    <message>
        <source>&lt;h3&gt;gkreview %1&lt;/h3&gt;&lt;p&gt;Reviews Chinese government information-disclosure annual reports (政府信息公开工作年度报告): rebuilds their statistics tables from text, web pages, Word documents and PDFs, checks every 勾稽关系 and compliance rule, and keeps the reviewer&apos;s corrections beside the report.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3), ICU, Poppler and libxlsxwriter.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;gkreview %1&lt;/h3&gt;&lt;p&gt;Reviews Chinese government information-disclosure annual reports (政府信息公开工作年度报告): rebuilds their statistics tables from text, web pages, Word documents and PDFs, checks every 勾稽关系 and compliance rule, and keeps the reviewer&apos;s corrections beside the report.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3), ICU, Poppler and libxlsxwriter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About gkreview</source>
        <translation>About gkreview</translation>
    </message>
</context>
<context>
    <name>gk::AgencySeries</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>differs in %n column(s)</source>
        <translation>
            <numerusform>differs in %n column</numerusform>
            <numerusform>differs in %n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>carried over as last year forwarded</source>
        <translation>carried over as last year forwarded</translation>
    </message>
</context>
<context>
    <name>gk::AgencyView</name>
    <message>
        <source>Select a report to see its agency&apos;s years side by side.</source>
        <translation>Select a report to see its agency&apos;s years side by side.</translation>
    </message>
    <message>
        <source>%1: no agency and year read from this report</source>
        <translation>%1: no agency and year read from this report</translation>
    </message>
    <message>
        <source>%1 has not been read yet</source>
        <translation>%1 has not been read yet</translation>
    </message>
    <message>
        <source>Carried over as forwarded</source>
        <translation>Carried over as forwarded</translation>
    </message>
    <message>
        <source>%1, year by year</source>
        <translation>%1, year by year</translation>
    </message>
</context>
<context>
    <name>gk::AppealsChart</name>
    <message>
        <source>Administrative reconsideration and litigation</source>
        <translation>Administrative reconsideration and litigation</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>gk::ApplicantsChart</name>
    <message>
        <source>Applications by type of applicant</source>
        <translation>Applications by type of applicant</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Received this year</source>
        <translation>Received this year</translation>
    </message>
    <message>
        <source>Carried over from last year</source>
        <translation>Carried over from last year</translation>
    </message>
</context>
<context>
    <name>gk::ApplicationRules</name>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
</context>
<context>
    <name>gk::Article20Chart</name>
    <message>
        <source>Article 20 items</source>
        <translation>Article 20 items</translation>
    </message>
    <message>
        <source>Article 20</source>
        <translation>Article 20</translation>
    </message>
    <message>
        <source>%1 (10,000 yuan)</source>
        <translation>%1 (10,000 yuan)</translation>
    </message>
    <message>
        <source>The report has none of the Article 20 tables, so there is nothing to chart here.</source>
        <translation>The report has none of the Article 20 tables, so there is nothing to chart here.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Change on the previous year</source>
        <translation>Change on the previous year</translation>
    </message>
    <message>
        <source>Change (may be negative)</source>
        <translation>Change (may be negative)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Amounts (10,000 yuan)</source>
        <translation>Amounts (10,000 yuan)</translation>
    </message>
</context>
<context>
    <name>gk::CellDelegate</name>
    <message>
        <source>blank</source>
        <translation>blank</translation>
    </message>
</context>
<context>
    <name>gk::ChartBuilder</name>
    <message>
        <source>The report has no table “%1”, so there is nothing to chart here.</source>
        <translation>The report has no table “%1”, so there is nothing to chart here.</translation>
    </message>
</context>
<context>
    <name>gk::ChartData</name>
    <message numerus="yes">
        <source>%n cell(s) blank or not a number, drawn as 0</source>
        <translation>
            <numerusform>%n cell blank or not a number, drawn as 0</numerusform>
            <numerusform>%n cells blank or not a number, drawn as 0</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::ChartExporter</name>
    <message>
        <source>Cannot write the chart %1: %2×%3 pixels is outside %4×%5 to %6×%7.</source>
        <translation>Cannot write the chart %1: %2×%3 pixels is outside %4×%5 to %6×%7.</translation>
    </message>
    <message>
        <source>Cannot write the chart %1: the name must end in .png or .svg.</source>
        <translation>Cannot write the chart %1: the name must end in .png or .svg.</translation>
    </message>
    <message>
        <source>Cannot write the chart %1: the PNG could not be encoded.</source>
        <translation>Cannot write the chart %1: the PNG could not be encoded.</translation>
    </message>
    <message>
        <source>Cannot write the chart %1: %2×%3 pixels is too large; a chart may have at most %4 million pixels (%5×%6, for example).</source>
        <translation>Cannot write the chart %1: %2×%3 pixels is too large; a chart may have at most %4 million pixels (%5×%6, for example).</translation>
    </message>
</context>
<context>
    <name>gk::ChartPane</name>
    <message>
        <source>No report is open.</source>
        <translation>No report is open.</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Export Chart…</translation>
    </message>
    <message>
        <source>Save the chart on show as PNG or SVG at a size you choose</source>
        <translation>Save the chart on show as PNG or SVG at a size you choose</translation>
    </message>
    <message>
        <source>Export All…</source>
        <translation>Export All…</translation>
    </message>
    <message>
        <source>Save every chart as PNG and SVG into a folder</source>
        <translation>Save every chart as PNG and SVG into a folder</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>Open a report first: the charts show its tables.</source>
        <translation>Open a report first: the charts show its tables.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Chart not exported</source>
        <translation>Chart not exported</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>Chart written to %1</translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation>Export All Charts</translation>
    </message>
    <message>
        <source>Export All Charts Into</source>
        <translation>Export All Charts Into</translation>
    </message>
    <message>
        <source>Charts not exported</source>
        <translation>Charts not exported</translation>
    </message>
    <message numerus="yes">
        <source>%n chart file(s) written to %1</source>
        <translation>
            <numerusform>%n chart file written to %1</numerusform>
            <numerusform>%n chart files written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::ChartSizeDialog</name>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Chart Size</source>
        <translation>Chart Size</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Width:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Height:</translation>
    </message>
    <message>
        <source>At most %1 million pixels in all.</source>
        <translation>At most %1 million pixels in all.</translation>
    </message>
</context>
<context>
    <name>gk::CliBatch</name>
    <message>
        <source>--jobs takes a number of threads from 1 to 256</source>
        <translation>--jobs takes a number of threads from 1 to 256</translation>
    </message>
    <message>
        <source>--summary takes a file ending in .csv or .xlsx</source>
        <translation>--summary takes a file ending in .csv or .xlsx</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s), %4 note(s)</source>
        <translation>%1: %2 error(s), %3 warning(s), %4 note(s)</translation>
    </message>
</context>
<context>
    <name>gk::CliCommands</name>
    <message>
        <source>option: --lang zh_CN|en  the language of messages and findings (default: the system&apos;s)
</source>
        <translation>option: --lang zh_CN|en  the language of messages and findings (default: the system&apos;s)
</translation>
    </message>
    <message>
        <source>Cannot write the charts to %1: this build of gkreview-cli has no chart export</source>
        <translation>Cannot write the charts to %1: this build of gkreview-cli has no chart export</translation>
    </message>
    <message>
        <source>Cannot read the review %1: %2</source>
        <translation>Cannot read the review %1: %2</translation>
    </message>
    <message>
        <source>warning: the review %1 was made for other contents of %2; applied as asked</source>
        <translation>warning: the review %1 was made for other contents of %2; applied as asked</translation>
    </message>
    <message>
        <source>Cannot read the review beside the report: %1</source>
        <translation>Cannot read the review beside the report: %1</translation>
    </message>
    <message>
        <source>warning: the review %1 was made for other contents of the report and is not applied (pass it with --review to apply it anyway)</source>
        <translation>warning: the review %1 was made for other contents of the report and is not applied (pass it with --review to apply it anyway)</translation>
    </message>
    <message>
        <source>Folders are read recursively; with several reports each export option names a folder.
</source>
        <translation>Folders are read recursively; with several reports each export option names a folder.
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the JSON of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gk::CliProgress</name>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 left</translation>
    </message>
    <message>
        <source>%1/%2 reports, %3 reports/s</source>
        <translation>%1/%2 reports, %3 reports/s</translation>
    </message>
</context>
<context>
    <name>gk::ComplianceRules</name>
    <message>
        <source>Published %1, after the deadline %2: “%3” is a people&apos;s government as a whole, whose report is due by 31 March of the following year (条例 第四十九条)</source>
        <translation>Published %1, after the deadline %2: “%3” is a people&apos;s government as a whole, whose report is due by 31 March of the following year (Regulations on the Disclosure of Government Information, Article 49)</translation>
    </message>
    <message>
        <source>Published %1, after the deadline %2: a department&apos;s report is due by 31 January of the following year (条例 第四十九条); the agency is unknown, so the earlier deadline applies</source>
        <translation>Published %1, after the deadline %2: a department&apos;s report is due by 31 January of the following year (Regulations on the Disclosure of Government Information, Article 49); the agency is unknown, so the earlier deadline applies</translation>
    </message>
    <message>
        <source>Published %1, after the deadline %2: “%3” is a government department, whose own report is due by 31 January of the following year (条例 第四十九条)</source>
        <translation>Published %1, after the deadline %2: “%3” is a government department, whose own report is due by 31 January of the following year (Regulations on the Disclosure of Government Information, Article 49)</translation>
    </message>
    <message>
        <source>The required section “%1” was not found</source>
        <translation>The required section “%1” was not found</translation>
    </message>
</context>
<context>
    <name>gk::CsvExporter</name>
    <message>
        <source>Cannot write %1: the report has no table %2</source>
        <translation>Cannot write %1: the report has no table %2</translation>
    </message>
</context>
<context>
    <name>gk::DocxReader</name>
    <message>
        <source>it has no %1, so it is not a Word document</source>
        <translation>it has no %1, so it is not a Word document</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 is too large</translation>
    </message>
    <message>
        <source>word/document.xml is broken at line %1: %2</source>
        <translation>word/document.xml is broken at line %1: %2</translation>
    </message>
    <message>
        <source>%1: word/document.xml is empty</source>
        <translation>%1: word/document.xml is empty</translation>
    </message>
    <message>
        <source>%1: cannot be unpacked: %2</source>
        <translation>%1: cannot be unpacked: %2</translation>
    </message>
    <message>
        <source>%1: the document has no text</source>
        <translation>%1: the document has no text</translation>
    </message>
    <message>
        <source>more than %1 paragraphs and table rows; a report has far fewer</source>
        <translation>more than %1 paragraphs and table rows; a report has far fewer</translation>
    </message>
</context>
<context>
    <name>gk::ExportDialog</name>
    <message>
        <source>Export Corrected Tables</source>
        <translation>Export Corrected Tables</translation>
    </message>
    <message>
        <source>The tables with the reviewer&apos;s corrections, the findings and the report&apos;s details.</source>
        <translation>The tables with the reviewer&apos;s corrections, the findings and the report&apos;s details.</translation>
    </message>
    <message>
        <source>&amp;CSV files into the folder</source>
        <translation>&amp;CSV files into the folder</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (XLSX)</source>
        <translation>E&amp;xcel workbook (XLSX)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Export CSV Files Into</source>
        <translation>Export CSV Files Into</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Export To</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>C&amp;harts (PNG and SVG) into the folder</source>
        <translation>C&amp;harts (PNG and SVG) into the folder</translation>
    </message>
    <message>
        <source>Choose at least one thing to export.</source>
        <translation>Choose at least one thing to export.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1</source>
        <translation>
            <numerusform>%n file in %1</numerusform>
            <numerusform>%n files in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
</context>
<context>
    <name>gk::ExportFile</name>
    <message>
        <source>Cannot write %1: it is a folder</source>
        <translation>Cannot write %1: it is a folder</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write into %1: it is a file, not a folder</source>
        <translation>Cannot write into %1: it is a file, not a folder</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2 is a file</source>
        <translation>Cannot create the folder %1: %2 is a file</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2 is not writable</source>
        <translation>Cannot create the folder %1: %2 is not writable</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist</source>
        <translation>Cannot write %1: the folder %2 does not exist</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is not a folder</source>
        <translation>Cannot write %1: %2 is not a folder</translation>
    </message>
</context>
<context>
    <name>gk::ExportJob</name>
    <message>
        <source>Nothing to export: choose CSV, XLSX or JSON</source>
        <translation>Nothing to export: choose CSV, XLSX or JSON</translation>
    </message>
    <message>
        <source>the report itself</source>
        <translation>the report itself</translation>
    </message>
    <message>
        <source>the saved review of the report</source>
        <translation>the saved review of the report</translation>
    </message>
    <message>
        <source>%1 is %2: choose another destination for the %3 export</source>
        <translation>%1 is %2: choose another destination for the %3 export</translation>
    </message>
    <message>
        <source>%1 is given for both the %2 and the %3 export</source>
        <translation>%1 is given for both the %2 and the %3 export</translation>
    </message>
</context>
<context>
    <name>gk::ExportRows</name>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>row id</source>
        <translation>row id</translation>
    </message>
    <message>
        <source>row label</source>
        <translation>row label</translation>
    </message>
    <message>
        <source>column id</source>
        <translation>column id</translation>
    </message>
    <message>
        <source>column label</source>
        <translation>column label</translation>
    </message>
    <message>
        <source>value as read</source>
        <translation>value as read</translation>
    </message>
    <message>
        <source>corrected value</source>
        <translation>corrected value</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>uncertain</translation>
    </message>
    <message>
        <source>findings on the cell</source>
        <translation>findings on the cell</translation>
    </message>
    <message>
        <source>correction note</source>
        <translation>correction note</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>cells</translation>
    </message>
    <message>
        <source>expression</source>
        <translation>expression</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Review last changed</source>
        <translation>Review last changed</translation>
    </message>
    <message>
        <source>Corrected cells</source>
        <translation>Corrected cells</translation>
    </message>
    <message>
        <source>Open errors</source>
        <translation>Open errors</translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation>Open warnings</translation>
    </message>
    <message>
        <source>Open notes</source>
        <translation>Open notes</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation>Accepted findings</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>accepted as is</source>
        <translation>accepted as is</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1 (accepted)</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>As read: %1</source>
        <translation>As read: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Corrected by %1 on %2</source>
        <translation>Corrected by %1 on %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>The column of this value is a guess: check it against the source.</source>
        <translation>The column of this value is a guess: check it against the source.</translation>
    </message>
    <message>
        <source>The column of this value is a guess: %1</source>
        <translation>The column of this value is a guess: %1</translation>
    </message>
    <message>
        <source>rule name</source>
        <translation>rule name</translation>
    </message>
    <message>
        <source>cell labels</source>
        <translation>cell labels</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>reviewer</translation>
    </message>
</context>
<context>
    <name>gk::Extractor</name>
    <message>
        <source>%1: %2 lines; a report has far fewer, and files are read up to %3 lines</source>
        <translation>%1: %2 lines; a report has far fewer, and files are read up to %3 lines</translation>
    </message>
    <message>
        <source>The text of %1 is not exactly as in the file: %2</source>
        <translation>The text of %1 is not exactly as in the file: %2</translation>
    </message>
</context>
<context>
    <name>gk::FileReader</name>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1: is a folder, not a report file</source>
        <translation>%1: is a folder, not a report file</translation>
    </message>
    <message>
        <source>%1: too large (%2; reports are read up to %3)</source>
        <translation>%1: too large (%2; reports are read up to %3)</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: too large (more than %2; reports are read up to that size)</source>
        <translation>%1: too large (more than %2; reports are read up to that size)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1: %2 files are not supported in this build</source>
        <translation>%1: %2 files are not supported in this build</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm *.shtml *.mht *.mhtml)</source>
        <translation>Web pages (*.html *.htm *.shtml *.mht *.mhtml)</translation>
    </message>
    <message>
        <source>Word documents (*.docx *.doc *.wps *.rtf)</source>
        <translation>Word documents (*.docx *.doc *.wps *.rtf)</translation>
    </message>
    <message>
        <source>Reports (*.txt *.html *.htm *.shtml *.mht *.mhtml *.docx *.pdf *.doc *.wps *.rtf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Reports (*.txt *.html *.htm *.shtml *.mht *.mhtml *.docx *.pdf *.doc *.wps *.rtf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Scanned pages (*.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Scanned pages (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>%1: is not a regular file</source>
        <translation>%1: is not a regular file</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files: the pages of one report are read from up to %2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only page images (PNG, JPEG, TIFF) are read together as the pages of one report; open other reports one at a time, or their folder to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and the other %2 pages: too large together (%3; reports are read up to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: scanned pages are not supported in this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gk::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>in the source, the tables and the findings</source>
        <translation>in the source, the tables and the findings</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match(es)</numerusform>
            <numerusform>%n match(es)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>gk::FindingsModel</name>
    <message>
        <source>Accepted as is</source>
        <translation>Accepted as is</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Cells</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Accepted as is by %1</source>
        <translation>Accepted as is by %1</translation>
    </message>
    <message numerus="yes">
        <source>%n blank cell(s)</source>
        <translation>
            <numerusform>%n blank cell</numerusform>
            <numerusform>%n blank cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of this rule</source>
        <translation>
            <numerusform>%n finding of this rule</numerusform>
            <numerusform>%n findings of this rule</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accepted</source>
        <translation>%1 of %2 accepted</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of the rule “%1”: expand the row to see each one.</source>
        <translation>
            <numerusform>%n finding of the rule “%1”: expand the row to see each one.</numerusform>
            <numerusform>%n findings of the rule “%1”: expand the row to see each one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::FindingsPane</name>
    <message>
        <source>Show findings of this severity</source>
        <translation>Show findings of this severity</translation>
    </message>
    <message>
        <source>Show findings of one rule</source>
        <translation>Show findings of one rule</translation>
    </message>
    <message>
        <source>Show accepted</source>
        <translation>Show accepted</translation>
    </message>
    <message>
        <source>Accept as is…</source>
        <translation>Accept as is…</translation>
    </message>
    <message>
        <source>Keep the value as printed and record why (Ctrl+Shift+A)</source>
        <translation>Keep the value as printed and record why (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>All rules</translation>
    </message>
    <message>
        <source>No report is open.</source>
        <translation>No report is open.</translation>
    </message>
    <message>
        <source>No findings: every check passed for this report.</source>
        <translation>No findings: every check passed for this report.</translation>
    </message>
    <message numerus="yes">
        <source>No finding matches the filters above (%n hidden).</source>
        <translation>
            <numerusform>No finding matches the filters above (%n hidden).</numerusform>
            <numerusform>No finding matches the filters above (%n hidden).</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept as is</source>
        <translation>Accept as is</translation>
    </message>
    <message>
        <source>Why is this finding acceptable as printed? (optional)</source>
        <translation>Why is this finding acceptable as printed? (optional)</translation>
    </message>
</context>
<context>
    <name>gk::HtmlReader</name>
    <message>
        <source>%1: the web page cannot be parsed</source>
        <translation>%1: the web page cannot be parsed</translation>
    </message>
    <message>
        <source>%1: the web page has no text</source>
        <translation>%1: the web page has no text</translation>
    </message>
    <message>
        <source>%1: its elements are nested more than %2 deep, which no report page needs; it is not read</source>
        <translation>%1: its elements are nested more than %2 deep, which no report page needs; it is not read</translation>
    </message>
    <message>
        <source>%1: it has more than %2 elements, which no report page needs; it is not read</source>
        <translation>%1: it has more than %2 elements, which no report page needs; it is not read</translation>
    </message>
    <message>
        <source>%1: some of its text is nested more than %2 elements deep and cannot be read</source>
        <translation>%1: some of its text is nested more than %2 elements deep and cannot be read</translation>
    </message>
</context>
<context>
    <name>gk::LegacyWordReader</name>
    <message>
        <source>%1: .%2 files are read through LibreOffice, which is not installed (apt-get install libreoffice-writer)</source>
        <translation>%1: .%2 files are read through LibreOffice, which is not installed (apt-get install libreoffice-writer)</translation>
    </message>
    <message>
        <source>%1: cannot make a temporary folder for the conversion</source>
        <translation>%1: cannot make a temporary folder for the conversion</translation>
    </message>
    <message>
        <source>%1: LibreOffice did not start: %2</source>
        <translation>%1: LibreOffice did not start: %2</translation>
    </message>
    <message>
        <source>%1: LibreOffice took more than %2 s to convert it</source>
        <translation>%1: LibreOffice took more than %2 s to convert it</translation>
    </message>
    <message>
        <source>%1: LibreOffice could not convert it%2</source>
        <translation>%1: LibreOffice could not convert it%2</translation>
    </message>
    <message>
        <source>%1: the conversion was stopped</source>
        <translation>%1: the conversion was stopped</translation>
    </message>
</context>
<context>
    <name>gk::MainWindow</name>
    <message>
        <source>Review saved</source>
        <translation>Review saved</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>The review could not be saved: %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>System Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>&lt;report as read&gt;</source>
        <translation>&lt;report as read&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a Report</source>
        <translation>Open a Report</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>&amp;Start Page</translation>
    </message>
    <message>
        <source>&amp;Close Report</source>
        <translation>&amp;Close Report</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Edit Cell</source>
        <translation>&amp;Edit Cell</translation>
    </message>
    <message>
        <source>Cell &amp;Note…</source>
        <translation>Cell &amp;Note…</translation>
    </message>
    <message>
        <source>&amp;Move Value to Column…</source>
        <translation>&amp;Move Value to Column…</translation>
    </message>
    <message>
        <source>Reviewer &amp;Name…</source>
        <translation>Reviewer &amp;Name…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>&amp;Next Finding</translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation>&amp;Previous Finding</translation>
    </message>
    <message>
        <source>&amp;Accept Finding as Is…</source>
        <translation>&amp;Accept Finding as Is…</translation>
    </message>
    <message>
        <source>&amp;Reopen Finding</source>
        <translation>&amp;Reopen Finding</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Focus &amp;Source</source>
        <translation>Focus &amp;Source</translation>
    </message>
    <message>
        <source>Focus &amp;Tables</source>
        <translation>Focus &amp;Tables</translation>
    </message>
    <message>
        <source>Focus &amp;Findings</source>
        <translation>Focus &amp;Findings</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation>Cannot open the report</translation>
    </message>
    <message>
        <source>The report %1 could not be read.

%2</source>
        <translation>The report %1 could not be read.

%2</translation>
    </message>
    <message>
        <source>Cannot open the sample</source>
        <translation>Cannot open the sample</translation>
    </message>
    <message>
        <source>gkreview</source>
        <translation>gkreview</translation>
    </message>
    <message>
        <source>%1 — gkreview</source>
        <translation>%1 — gkreview</translation>
    </message>
    <message>
        <source>Edit Value</source>
        <translation>Edit Value</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Revert to Value as Read</source>
        <translation>Revert to Value as Read</translation>
    </message>
    <message>
        <source>Confirm This Column</source>
        <translation>Confirm This Column</translation>
    </message>
    <message>
        <source>Move Value to Column</source>
        <translation>Move Value to Column</translation>
    </message>
    <message>
        <source>%1 (holds %2; they swap)</source>
        <translation>%1 (holds %2; they swap)</translation>
    </message>
    <message>
        <source>The value of %1 belongs in column:</source>
        <translation>The value of %1 belongs in column:</translation>
    </message>
    <message>
        <source>Reviewer Name</source>
        <translation>Reviewer Name</translation>
    </message>
    <message>
        <source>Your name, recorded with every correction and verdict:</source>
        <translation>Your name, recorded with every correction and verdict:</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>Export C&amp;hart…</translation>
    </message>
    <message>
        <source>Export All Char&amp;ts…</source>
        <translation>Export All Char&amp;ts…</translation>
    </message>
    <message>
        <source>Re&amp;vert to Value as Read</source>
        <translation>Re&amp;vert to Value as Read</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>Find Ne&amp;xt</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <source>Ne&amp;xt Table</source>
        <translation>Ne&amp;xt Table</translation>
    </message>
    <message>
        <source>Pre&amp;vious Table</source>
        <translation>Pre&amp;vious Table</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Report not found</source>
        <translation>Report not found</translation>
    </message>
    <message>
        <source>The report %1 is no longer there: it was moved, renamed or deleted.

It has been removed from the recent reports.</source>
        <translation>The report %1 is no longer there: it was moved, renamed or deleted.

It has been removed from the recent reports.</translation>
    </message>
    <message>
        <source>The earlier review was set aside unchanged as &lt;b&gt;%1&lt;/b&gt;. This review is saved as %2 after every change.</source>
        <translation>The earlier review was set aside unchanged as &lt;b&gt;%1&lt;/b&gt;. This review is saved as %2 after every change.</translation>
    </message>
    <message>
        <source>The earlier review was kept as %1</source>
        <translation>The earlier review was kept as %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The saved review %1 was made for a different version of this report&lt;/b&gt; (its bytes have changed since). Its %n correction(s) and %2 verdict(s) are not applied. The file is kept; your first edit sets it aside under a new name.</source>
        <translation>
            <numerusform>&lt;b&gt;The saved review %1 was made for a different version of this report&lt;/b&gt; (its bytes have changed since). Its %n correction and %2 verdict(s) are not applied. The file is kept; your first edit sets it aside under a new name.</numerusform>
            <numerusform>&lt;b&gt;The saved review %1 was made for a different version of this report&lt;/b&gt; (its bytes have changed since). Its %n corrections and %2 verdict(s) are not applied. The file is kept; your first edit sets it aside under a new name.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The saved review %1 cannot be read&lt;/b&gt;: %2. The file is kept; your first edit sets it aside under a new name.</source>
        <translation>&lt;b&gt;The saved review %1 cannot be read&lt;/b&gt;: %2. The file is kept; your first edit sets it aside under a new name.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your edits are not saved&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;Your edits are not saved&lt;/b&gt;: %1.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Translating the messages of %1…</source>
        <translation>Translating the messages of %1…</translation>
    </message>
    <message>
        <source>Export Review &amp;Report…</source>
        <translation>Export Review &amp;Report…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Fill &amp;Blanks in Selection with 0</source>
        <translation>Fill &amp;Blanks in Selection with 0</translation>
    </message>
    <message>
        <source>Fill Blanks in &amp;Table with 0</source>
        <translation>Fill Blanks in &amp;Table with 0</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Fit &amp;Width</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>Fit &amp;Page</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Rules Reference</source>
        <translation>&amp;Rules Reference</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;About gkreview</source>
        <translation>&amp;About gkreview</translation>
    </message>
    <message>
        <source>-review</source>
        <translation>-review</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>Export Review Report</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Web page (*.html)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The review report cannot replace the report itself.</source>
        <translation>The review report cannot replace the report itself.</translation>
    </message>
    <message>
        <source>Review report written to %1</source>
        <translation>Review report written to %1</translation>
    </message>
    <message>
        <source>Review report: %1</source>
        <translation>Review report: %1</translation>
    </message>
    <message>
        <source>Print the Review Report</source>
        <translation>Print the Review Report</translation>
    </message>
    <message numerus="yes">
        <source>%n blank cell(s) filled with 0 (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>%n blank cell filled with 0 (Ctrl+Z undoes it)</numerusform>
            <numerusform>%n blank cells filled with 0 (Ctrl+Z undoes it)</numerusform>
        </translation>
    </message>
    <message>
        <source>No blank cell to fill here</source>
        <translation>No blank cell to fill here</translation>
    </message>
    <message>
        <source>“%1” is nowhere in this report</source>
        <translation>“%1” is nowhere in this report</translation>
    </message>
    <message>
        <source>Reading %1 by OCR: %2 of %3 pages…</source>
        <translation>Reading %1 by OCR: %2 of %3 pages…</translation>
    </message>
    <message>
        <source>Save Review &amp;As…</source>
        <translation>Save Review &amp;As…</translation>
    </message>
    <message>
        <source>The corrections to the open report are not saved yet.</source>
        <translation>The corrections to the open report are not saved yet.</translation>
    </message>
    <message>
        <source>Apply Suggested &amp;Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the value the selected finding suggests (an OCR digit the sums point to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected finding suggests no correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested correction applied (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1; the other %n file(s) were not: only the page images of one scan open together.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::MhtmlReader</name>
    <message>
        <source>%1: a web archive (MHTML) without a web page in it</source>
        <translation>%1: a web archive (MHTML) without a web page in it</translation>
    </message>
</context>
<context>
    <name>gk::NarrativeRules</name>
    <message>
        <source>The text states %1 (“%2”), the table %3 = %4</source>
        <translation>The text states %1 (“%2”), the table %3 = %4</translation>
    </message>
</context>
<context>
    <name>gk::NoteDialog</name>
    <message>
        <source>Note on %1</source>
        <translation>Note on %1</translation>
    </message>
    <message>
        <source>Why is this value corrected or kept? (Ctrl+Enter to confirm)</source>
        <translation>Why is this value corrected or kept? (Ctrl+Enter to confirm)</translation>
    </message>
</context>
<context>
    <name>gk::OcrProofreader</name>
    <message>
        <source>read by OCR with a confidence of %1 %, and no sum of the table confirms it</source>
        <translation>read by OCR with a confidence of %1 %, and no sum of the table confirms it</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>%1 was read by OCR as %2 with a confidence of %3 % and no sum confirms it: check it against the page</source>
        <translation>%1 was read by OCR as %2 with a confidence of %3 % and no sum confirms it: check it against the page</translation>
    </message>
    <message>
        <source>%1 was read by OCR as %2 with a confidence of %3 %; %4 would make every sum of the table it takes part in hold: likely a misread digit</source>
        <translation>%1 was read by OCR as %2 with a confidence of %3 %; %4 would make every sum of the table it takes part in hold: likely a misread digit</translation>
    </message>
</context>
<context>
    <name>gk::OcrReader</name>
    <message>
        <source>%1: a scanned report (pages without text); reading it needs Tesseract&apos;s Chinese and English data: apt-get install tesseract-ocr-chi-sim tesseract-ocr-eng</source>
        <translation>%1: a scanned report (pages without text); reading it needs Tesseract&apos;s Chinese and English data: apt-get install tesseract-ocr-chi-sim tesseract-ocr-eng</translation>
    </message>
    <message>
        <source>%1: reading stopped</source>
        <translation>%1: reading stopped</translation>
    </message>
    <message>
        <source>page %1 could not be rendered</source>
        <translation>page %1 could not be rendered</translation>
    </message>
    <message>
        <source>%1: a scanned report in which OCR found no text on any page</source>
        <translation>%1: a scanned report in which OCR found no text on any page</translation>
    </message>
    <message>
        <source>%1: not a readable image</source>
        <translation>%1: not a readable image</translation>
    </message>
</context>
<context>
    <name>gk::OutcomesChart</name>
    <message>
        <source>Outcomes of the applications</source>
        <translation>Outcomes of the applications</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Applications (total column)</source>
        <translation>Applications (total column)</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
</context>
<context>
    <name>gk::PdfPageRenderer</name>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: cannot be opened (%2)</translation>
    </message>
    <message>
        <source>%1: the PDF is protected by a password</source>
        <translation>%1: the PDF is protected by a password</translation>
    </message>
    <message>
        <source>%1: not a readable PDF file</source>
        <translation>%1: not a readable PDF file</translation>
    </message>
</context>
<context>
    <name>gk::PdfReader</name>
    <message>
        <source>%1: not a readable PDF file</source>
        <translation>%1: not a readable PDF file</translation>
    </message>
    <message>
        <source>%1: the PDF is protected by a password</source>
        <translation>%1: the PDF is protected by a password</translation>
    </message>
    <message>
        <source>%1: has no text layer (a scanned image?); nothing to read</source>
        <translation>%1: has no text layer (a scanned image?); nothing to read</translation>
    </message>
    <message>
        <source>%1: %2 pages; reports are read up to %3 pages</source>
        <translation>%1: %2 pages; reports are read up to %3 pages</translation>
    </message>
</context>
<context>
    <name>gk::PendingReviewBar</name>
    <message>
        <source>Apply Anyway</source>
        <translation>Apply Anyway</translation>
    </message>
    <message>
        <source>Apply the saved corrections and verdicts to this version of the report</source>
        <translation>Apply the saved corrections and verdicts to this version of the report</translation>
    </message>
    <message>
        <source>Set Aside, Start Fresh</source>
        <translation>Set Aside, Start Fresh</translation>
    </message>
    <message>
        <source>Keep the saved review under another name and start a new one (your first edit does this too)</source>
        <translation>Keep the saved review under another name and start a new one (your first edit does this too)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>gk::PlausibilityRules</name>
    <message>
        <source>%1: %2 items last year and a change of %3 would leave %4 items this year</source>
        <translation>%1: %2 items last year and a change of %3 would leave %4 items this year</translation>
    </message>
    <message>
        <source>%1: %2 newly published this year, but only %3 published in total</source>
        <translation>%1: %2 newly published this year, but only %3 published in total</translation>
    </message>
</context>
<context>
    <name>gk::RecentFiles</name>
    <message numerus="yes">
        <source>%1 … %2 (%n page images)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::RepetitionRules</name>
    <message numerus="yes">
        <source>The report holds its tables more than once (up to %2 times; %n row(s) come back after them): %1. The first copy is the one shown and checked; the others are kept as extra rows. Check that the file holds one report.</source>
        <translation>
            <numerusform>The report holds its tables more than once (up to %2 times; %n row come back after them): %1. The first copy is the one shown and checked; the others are kept as extra rows. Check that the file holds one report.</numerusform>
            <numerusform>The report holds its tables more than once (up to %2 times; %n rows come back after them): %1. The first copy is the one shown and checked; the others are kept as extra rows. Check that the file holds one report.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>gk::ReportAnalysis</name>
    <message>
        <source>%1: the review beside it cannot be read and is not applied: %2</source>
        <translation>%1: the review beside it cannot be read and is not applied: %2</translation>
    </message>
    <message>
        <source>%1: the review %2 was made for other contents of the report and is not applied</source>
        <translation>%1: the review %2 was made for other contents of the report and is not applied</translation>
    </message>
</context>
<context>
    <name>gk::ReportParser</name>
    <message numerus="yes">
        <source>%1: the columns of these values are a guess (%2); %n placement(s) fit the table</source>
        <translation>
            <numerusform>%1: the columns of these values are a guess (%2); %n placement fits the table</numerusform>
            <numerusform>%1: the columns of these values are a guess (%2); %n placements fit the table</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the row “%2” is not in the template; it is kept as an extra row</source>
        <translation>%1: the row “%2” is not in the template; it is kept as an extra row</translation>
    </message>
    <message>
        <source>The label “%1” was read as “%2”</source>
        <translation>The label “%1” was read as “%2”</translation>
    </message>
    <message>
        <source>The column label “%1” was read as “%2”</source>
        <translation>The column label “%1” was read as “%2”</translation>
    </message>
    <message>
        <source>%1: the row “%2” is missing</source>
        <translation>%1: the row “%2” is missing</translation>
    </message>
    <message>
        <source>the separators between the numbers were lost</source>
        <translation>the separators between the numbers were lost</translation>
    </message>
    <message>
        <source>blank cells were dropped</source>
        <translation>blank cells were dropped</translation>
    </message>
    <message>
        <source>the page does not show which column each value is in</source>
        <translation>the page does not show which column each value is in</translation>
    </message>
    <message>
        <source>The table %1 is missing from the report (or could not be read in it)</source>
        <translation>The table %1 is missing from the report (or could not be read in it)</translation>
    </message>
</context>
<context>
    <name>gk::ReportTableModel</name>
    <message>
        <source>Corrected by %1 on %2; value as read: %3</source>
        <translation>Corrected by %1 on %2; value as read: %3</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Uncertain column: %1</source>
        <translation>Uncertain column: %1</translation>
    </message>
    <message>
        <source>blank cells were lost when the table was flattened</source>
        <translation>blank cells were lost when the table was flattened</translation>
    </message>
    <message>
        <source>(accepted as is)</source>
        <translation>(accepted as is)</translation>
    </message>
    <message>
        <source>not in the source</source>
        <translation>not in the source</translation>
    </message>
    <message>
        <source>%1, characters %2–%3</source>
        <translation>%1, characters %2–%3</translation>
    </message>
    <message>
        <source>An extra row of this report, not in the template: “%1”.</source>
        <translation>An extra row of this report, not in the template: “%1”.</translation>
    </message>
    <message>
        <source>Shown as read. No check uses it, and it cannot be edited here.</source>
        <translation>Shown as read. No check uses it, and it cannot be edited here.</translation>
    </message>
    <message numerus="yes">
        <source>The report gives %n value(s) for this row; they are shown in the order read, so the columns are a guess.</source>
        <translation>
            <numerusform>The report gives %n value for this row; they are shown in the order read, so the columns are a guess.</numerusform>
            <numerusform>The report gives %n values for this row; they are shown in the order read, so the columns are a guess.</numerusform>
        </translation>
    </message>
    <message>
        <source>(extra) %1</source>
        <translation>(extra) %1</translation>
    </message>
    <message>
        <source>Corrected on %1; value as read: %2</source>
        <translation>Corrected on %1; value as read: %2</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;An extra row of this report, not in the template: shown as read, read-only, not checked.</source>
        <translation>%1&lt;br&gt;An extra row of this report, not in the template: shown as read, read-only, not checked.</translation>
    </message>
</context>
<context>
    <name>gk::ReviewDocument</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>Set %1 to %2</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Note on %1</translation>
    </message>
    <message>
        <source>Revert %1 to the value as read</source>
        <translation>Revert %1 to the value as read</translation>
    </message>
    <message>
        <source>column confirmed by the reviewer</source>
        <translation>column confirmed by the reviewer</translation>
    </message>
    <message>
        <source>Confirm the column of %1</source>
        <translation>Confirm the column of %1</translation>
    </message>
    <message>
        <source>value moved here from column %1</source>
        <translation>value moved here from column %1</translation>
    </message>
    <message>
        <source>value moved to column %1</source>
        <translation>value moved to column %1</translation>
    </message>
    <message>
        <source>Move the value of %1 to %2</source>
        <translation>Move the value of %1 to %2</translation>
    </message>
    <message>
        <source>%1 could not be renamed, so the review cannot be saved beside the report</source>
        <translation>%1 could not be renamed, so the review cannot be saved beside the report</translation>
    </message>
    <message numerus="yes">
        <source>Revert %n cell(s) to the values as read</source>
        <translation>
            <numerusform>Revert %n cell to the values as read</numerusform>
            <numerusform>Revert %n cells to the values as read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill %n blank cell(s) with 0</source>
        <translation>
            <numerusform>Fill %n blank cell with 0</numerusform>
            <numerusform>Fill %n blank cells with 0</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept “%1” as is</source>
        <translation>Accept “%1” as is</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n finding(s) as is</source>
        <translation>
            <numerusform>Accept %n finding as is</numerusform>
            <numerusform>Accept %n findings as is</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Reopen “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n finding(s)</source>
        <translation>
            <numerusform>Reopen %n finding</numerusform>
            <numerusform>Reopen %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::ReviewReport</name>
    <message>
        <source>Review report</source>
        <translation>Review report</translation>
    </message>
    <message>
        <source>%1, %2 annual report</source>
        <translation>%1, %2 annual report</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>The report</translation>
    </message>
    <message>
        <source>This report made</source>
        <translation>This report made</translation>
    </message>
    <message>
        <source>The tables as corrected</source>
        <translation>The tables as corrected</translation>
    </message>
    <message>
        <source>Corrected cells are shaded and show the value as read below the corrected one.</source>
        <translation>Corrected cells are shaded and show the value as read below the corrected one.</translation>
    </message>
    <message>
        <source>as read: %1</source>
        <translation>as read: %1</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>(extra) %1</source>
        <translation>(extra) %1</translation>
    </message>
    <message>
        <source>Corrections (%1)</source>
        <translation>Corrections (%1)</translation>
    </message>
    <message>
        <source>No value was corrected.</source>
        <translation>No value was corrected.</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>As read</source>
        <translation>As read</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Findings (%1)</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Every check passed.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Cells</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted as is by %1 on %2</source>
        <translation>Accepted as is by %1 on %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
</context>
<context>
    <name>gk::ReviewReportWriter</name>
    <message>
        <source>Review report: %1</source>
        <translation>Review report: %1</translation>
    </message>
    <message>
        <source>%1: a review report is written as .pdf or .html</source>
        <translation>%1: a review report is written as .pdf or .html</translation>
    </message>
</context>
<context>
    <name>gk::ReviewRules</name>
    <message>
        <source>Administrative reconsideration (行政复议)</source>
        <translation>Administrative reconsideration</translation>
    </message>
    <message>
        <source>Litigation without reconsideration (未经复议直接起诉)</source>
        <translation>Litigation without reconsideration</translation>
    </message>
    <message>
        <source>Litigation after reconsideration (复议后起诉)</source>
        <translation>Litigation after reconsideration</translation>
    </message>
</context>
<context>
    <name>gk::ReviewStore</name>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>not a JSON object (%1)</translation>
    </message>
    <message>
        <source>not a gkreview review file</source>
        <translation>not a gkreview review file</translation>
    </message>
    <message>
        <source>review format version %1 is not supported (this program reads version %2)</source>
        <translation>review format version %1 is not supported (this program reads version %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the value is not an object</source>
        <translation>the value is not an object</translation>
    </message>
    <message>
        <source>the value&apos;s text is not a string</source>
        <translation>the value&apos;s text is not a string</translation>
    </message>
    <message>
        <source>the value of kind &quot;number&quot; has no number</source>
        <translation>the value of kind &quot;number&quot; has no number</translation>
    </message>
    <message>
        <source>unknown kind of value &quot;%1&quot;</source>
        <translation>unknown kind of value &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the value has no kind</source>
        <translation>the value has no kind</translation>
    </message>
    <message>
        <source>the report it was made for is not named (&quot;report&quot; with &quot;file&quot; and &quot;sha256&quot;)</source>
        <translation>the report it was made for is not named (&quot;report&quot; with &quot;file&quot; and &quot;sha256&quot;)</translation>
    </message>
    <message>
        <source>the reviewer or the times are not text of the right form</source>
        <translation>the reviewer or the times are not text of the right form</translation>
    </message>
    <message>
        <source>&quot;corrections&quot; and &quot;verdicts&quot; must be objects</source>
        <translation>&quot;corrections&quot; and &quot;verdicts&quot; must be objects</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>it is not an object</translation>
    </message>
    <message>
        <source>its note, reviewer or time is not text of the right form</source>
        <translation>its note, reviewer or time is not text of the right form</translation>
    </message>
    <message>
        <source>the correction of %1: %2</source>
        <translation>the correction of %1: %2</translation>
    </message>
    <message>
        <source>the verdict on finding %1 is not {&quot;verdict&quot;: &quot;accepted&quot;} with text for its note, reviewer and time</source>
        <translation>the verdict on finding %1 is not {&quot;verdict&quot;: &quot;accepted&quot;} with text for its note, reviewer and time</translation>
    </message>
    <message>
        <source>it corrects the cell %1, which the report does not have</source>
        <translation>it corrects the cell %1, which the report does not have</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>%1 MB is too large for a review (at most %2 MB)</source>
        <translation>%1 MB is too large for a review (at most %2 MB)</translation>
    </message>
    <message>
        <source>no review is open</source>
        <translation>no review is open</translation>
    </message>
    <message>
        <source>%1: this is the report itself, which is never written</source>
        <translation>%1: this is the report itself, which is never written</translation>
    </message>
    <message>
        <source>%1: it is a folder</source>
        <translation>%1: it is a folder</translation>
    </message>
</context>
<context>
    <name>gk::RtfReader</name>
    <message>
        <source>%1: not an RTF document (it does not start with {\rtf)</source>
        <translation>%1: not an RTF document (it does not start with {\rtf)</translation>
    </message>
    <message>
        <source>%1: the RTF document has no text</source>
        <translation>%1: the RTF document has no text</translation>
    </message>
    <message>
        <source>the RTF document&apos;s groups are not balanced: it may be truncated</source>
        <translation>the RTF document&apos;s groups are not balanced: it may be truncated</translation>
    </message>
</context>
<context>
    <name>gk::RuleNames</name>
    <message>
        <source>Applications balance (一 + 二 = 三（七）+ 四)</source>
        <translation>Applications balance (一 + 二 = 三（七）+ 四)</translation>
    </message>
    <message>
        <source>Row total</source>
        <translation>Row total</translation>
    </message>
    <message>
        <source>Outcome total (三（七）)</source>
        <translation>Outcome total (三（七）)</translation>
    </message>
    <message>
        <source>Review and litigation group total</source>
        <translation>Review and litigation group total</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <source>Blank cell</source>
        <translation>Blank cell</translation>
    </message>
    <message>
        <source>Table missing</source>
        <translation>Table missing</translation>
    </message>
    <message>
        <source>Row missing</source>
        <translation>Row missing</translation>
    </message>
    <message>
        <source>Table held more than once</source>
        <translation>Table held more than once</translation>
    </message>
    <message>
        <source>Column placement uncertain</source>
        <translation>Column placement uncertain</translation>
    </message>
    <message>
        <source>Row beyond the template</source>
        <translation>Row beyond the template</translation>
    </message>
    <message>
        <source>Label variant</source>
        <translation>Label variant</translation>
    </message>
    <message>
        <source>Text disagrees with the table</source>
        <translation>Text disagrees with the table</translation>
    </message>
    <message>
        <source>Published late</source>
        <translation>Published late</translation>
    </message>
    <message>
        <source>Required section missing</source>
        <translation>Required section missing</translation>
    </message>
    <message>
        <source>Implausible: negative count</source>
        <translation>Implausible: negative count</translation>
    </message>
    <message>
        <source>Implausible: more published than exist</source>
        <translation>Implausible: more published than exist</translation>
    </message>
    <message>
        <source>Carried over ≠ carried forward last year</source>
        <translation>Carried over ≠ carried forward last year</translation>
    </message>
</context>
<context>
    <name>gk::RulesDialog</name>
    <message>
        <source>Rules Reference — gkreview</source>
        <translation>Rules Reference — gkreview</translation>
    </message>
    <message>
        <source>The rules reference is not built into this program.</source>
        <translation>The rules reference is not built into this program.</translation>
    </message>
</context>
<context>
    <name>gk::SafeWrite</name>
    <message>
        <source>only %1 of %2 bytes could be written</source>
        <translation>only %1 of %2 bytes could be written</translation>
    </message>
</context>
<context>
    <name>gk::SeriesRules</name>
    <message>
        <source>%1, column %2: %3 (%4) carried %5 applications forward into %6, but %7 (%8) says %9 were carried over</source>
        <translation>%1, column %2: %3 (%4) carried %5 applications forward into %6, but %7 (%8) says %9 were carried over</translation>
    </message>
</context>
<context>
    <name>gk::SeverityStyle</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts — gkreview</source>
        <translation>Keyboard Shortcuts — gkreview</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>In a table: Tab moves between cells, typing starts an edit. Over the page view: Ctrl+wheel zooms. In the find bar: Enter / Shift+Enter go to the next / previous match, Esc closes it.</source>
        <translation>In a table: Tab moves between cells, typing starts an edit. Over the page view: Ctrl+wheel zooms. In the find bar: Enter / Shift+Enter go to the next / previous match, Esc closes it.</translation>
    </message>
</context>
<context>
    <name>gk::StartPage</name>
    <message>
        <source>Open a Report…</source>
        <translation>Open a Report…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample reports&lt;/b&gt; (one click opens a copy)</source>
        <translation>&lt;b&gt;Sample reports&lt;/b&gt; (one click opens a copy)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent reports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recent reports&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for sample reports</source>
        <translation>%1: cannot create the folder for sample reports</translation>
    </message>
    <message>
        <source>%1: cannot copy the sample report there</source>
        <translation>%1: cannot copy the sample report there</translation>
    </message>
    <message>
        <source>Open a copy of this sample report (%1)</source>
        <translation>Open a copy of this sample report (%1)</translation>
    </message>
    <message>
        <source>%1 — %2 annual report  (%3)</source>
        <translation>%1 — %2 annual report  (%3)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Review a government information-disclosure annual report&lt;/h2&gt;&lt;p&gt;Open a report (text, HTML, Word, PDF, or the page images of a scan, chosen together), drop one on this window, or start with one of the sample reports below.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gk::SumCheck</name>
    <message>
        <source>%1: %2 ≠ %3 (difference %4), but some values of this sum were placed in a guessed column, so the placement is uncertain rather than the figures wrong</source>
        <translation>%1: %2 ≠ %3 (difference %4), but some values of this sum were placed in a guessed column, so the placement is uncertain rather than the figures wrong</translation>
    </message>
    <message>
        <source>%1: %2 = %3 but %4 = %5 (difference %6)</source>
        <translation>%1: %2 = %3 but %4 = %5 (difference %6)</translation>
    </message>
    <message>
        <source>%1 cannot be assessed: it holds only if the blank cell(s) %2 hold %3 in total</source>
        <translation>%1 cannot be assessed: it holds only if the blank cell(s) %2 hold %3 in total</translation>
    </message>
</context>
<context>
    <name>gk::SummaryBuilder</name>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>carried over</translation>
    </message>
    <message>
        <source>handled, total</source>
        <translation>handled, total</translation>
    </message>
    <message>
        <source>disclosed</source>
        <translation>disclosed</translation>
    </message>
    <message>
        <source>partly disclosed</source>
        <translation>partly disclosed</translation>
    </message>
    <message>
        <source>not disclosed</source>
        <translation>not disclosed</translation>
    </message>
    <message>
        <source>cannot be provided</source>
        <translation>cannot be provided</translation>
    </message>
    <message>
        <source>not processed</source>
        <translation>not processed</translation>
    </message>
    <message>
        <source>otherwise handled</source>
        <translation>otherwise handled</translation>
    </message>
    <message>
        <source>carried forward</source>
        <translation>carried forward</translation>
    </message>
    <message>
        <source>administrative reviews</source>
        <translation>administrative reviews</translation>
    </message>
    <message>
        <source>lawsuits</source>
        <translation>lawsuits</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>template</source>
        <translation>template</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>deadline met</source>
        <translation>deadline met</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errors</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>warnings</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>corrections</source>
        <translation>corrections</translation>
    </message>
    <message>
        <source>accepted findings</source>
        <translation>accepted findings</translation>
    </message>
    <message>
        <source>why it could not be read</source>
        <translation>why it could not be read</translation>
    </message>
    <message>
        <source>not yet read</source>
        <translation>not yet read</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>clean</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>gk::SummaryWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>reports</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>gk::TablesPane</name>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (not found)</translation>
    </message>
    <message>
        <source>%1: not found in the report; type it in from the source</source>
        <translation>%1: not found in the report; type it in from the source</translation>
    </message>
    <message>
        <source>&lt;b&gt;This table was not found in the report.&lt;/b&gt; Its template is shown empty: type each value in from the source (F2 or just type). Every value is kept as a correction from blank, can be undone, and is checked like the others.</source>
        <translation>&lt;b&gt;This table was not found in the report.&lt;/b&gt; Its template is shown empty: type each value in from the source (F2 or just type). Every value is kept as a correction from blank, can be undone, and is checked like the others.</translation>
    </message>
</context>
<context>
    <name>gk::TemplateLabels</name>
    <message>
        <source>一、总体情况</source>
        <translation>I. Overview</translation>
    </message>
    <message>
        <source>二、主动公开政府信息情况</source>
        <translation>II. Proactive disclosure of government information</translation>
    </message>
    <message>
        <source>三、收到和处理政府信息公开申请情况</source>
        <translation>III. Disclosure applications received and handled</translation>
    </message>
    <message>
        <source>四、政府信息公开行政复议、行政诉讼情况</source>
        <translation>IV. Administrative reconsideration and litigation over disclosure</translation>
    </message>
    <message>
        <source>五、存在的主要问题及改进情况</source>
        <translation>V. Main problems and improvements</translation>
    </message>
    <message>
        <source>六、其他需要报告的事项</source>
        <translation>VI. Other matters to report</translation>
    </message>
    <message>
        <source>一、本年新收政府信息公开申请数量 总计</source>
        <translation>1. New applications received this year, total</translation>
    </message>
    <message>
        <source>三（一）予以公开 总计</source>
        <translation>3(1) Disclosed, total</translation>
    </message>
    <message>
        <source>行政复议 总计</source>
        <translation>Administrative reconsideration, total</translation>
    </message>
    <message>
        <source>行政诉讼 总计</source>
        <translation>Administrative litigation, total</translation>
    </message>
    <message>
        <source>依申请公开</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>复议·诉讼</source>
        <translation>Reconsideration · Litigation</translation>
    </message>
    <message>
        <source>二十条（一）</source>
        <translation>Art. 20(1)</translation>
    </message>
    <message>
        <source>二十条（五）</source>
        <translation>Art. 20(5)</translation>
    </message>
    <message>
        <source>二十条（六）</source>
        <translation>Art. 20(6)</translation>
    </message>
    <message>
        <source>二十条（八）</source>
        <translation>Art. 20(8)</translation>
    </message>
    <message>
        <source>二十条（九）</source>
        <translation>Art. 20(9)</translation>
    </message>
    <message>
        <source>法人或其他组织</source>
        <translation>Legal persons or other organisations</translation>
    </message>
    <message>
        <source>行政复议</source>
        <translation>Administrative reconsideration</translation>
    </message>
    <message>
        <source>行政诉讼·未经复议直接起诉</source>
        <translation>Litigation · without prior reconsideration</translation>
    </message>
    <message>
        <source>行政诉讼·复议后起诉</source>
        <translation>Litigation · after reconsideration</translation>
    </message>
    <message>
        <source>上一年项目数量</source>
        <translation>Items last year</translation>
    </message>
    <message>
        <source>本年增/减</source>
        <translation>Change this year (+/−)</translation>
    </message>
    <message>
        <source>处理决定数量</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>本年新收政府信息公开申请数量</source>
        <translation>New applications received this year</translation>
    </message>
    <message>
        <source>一、本年新收政府信息公开申请数量</source>
        <translation>1. New applications received this year</translation>
    </message>
    <message>
        <source>上年结转政府信息公开申请数量</source>
        <translation>Applications carried over from last year</translation>
    </message>
    <message>
        <source>二、上年结转政府信息公开申请数量</source>
        <translation>2. Applications carried over from last year</translation>
    </message>
    <message>
        <source>予以公开</source>
        <translation>Disclosed</translation>
    </message>
    <message>
        <source>三（一）予以公开</source>
        <translation>3(1) Disclosed</translation>
    </message>
    <message>
        <source>部分公开</source>
        <translation>Partly disclosed</translation>
    </message>
    <message>
        <source>三（二）部分公开</source>
        <translation>3(2) Partly disclosed</translation>
    </message>
    <message>
        <source>属于国家秘密</source>
        <translation>State secret</translation>
    </message>
    <message>
        <source>三（三）1.属于国家秘密</source>
        <translation>3(3)1. Withheld: state secret</translation>
    </message>
    <message>
        <source>其他法律行政法规禁止公开</source>
        <translation>Prohibited by other laws or administrative regulations</translation>
    </message>
    <message>
        <source>三（三）2.其他法律行政法规禁止公开</source>
        <translation>3(3)2. Withheld: prohibited by other laws or administrative regulations</translation>
    </message>
    <message>
        <source>危及三安全一稳定</source>
        <translation>Endangers the &quot;three securities and one stability&quot;</translation>
    </message>
    <message>
        <source>三（三）3.危及“三安全一稳定”</source>
        <translation>3(3)3. Withheld: endangers the &quot;three securities and one stability&quot;</translation>
    </message>
    <message>
        <source>保护第三方合法权益</source>
        <translation>Protects third parties&apos; lawful rights</translation>
    </message>
    <message>
        <source>三（三）4.保护第三方合法权益</source>
        <translation>3(3)4. Withheld: protects third parties&apos; lawful rights</translation>
    </message>
    <message>
        <source>属于三类内部事务信息</source>
        <translation>Internal affairs information (three kinds)</translation>
    </message>
    <message>
        <source>三（三）5.属于三类内部事务信息</source>
        <translation>3(3)5. Withheld: internal affairs information (three kinds)</translation>
    </message>
    <message>
        <source>属于四类过程性信息</source>
        <translation>Process information (four kinds)</translation>
    </message>
    <message>
        <source>三（三）6.属于四类过程性信息</source>
        <translation>3(3)6. Withheld: process information (four kinds)</translation>
    </message>
    <message>
        <source>属于行政执法案卷</source>
        <translation>Administrative enforcement files</translation>
    </message>
    <message>
        <source>三（三）7.属于行政执法案卷</source>
        <translation>3(3)7. Withheld: administrative enforcement files</translation>
    </message>
    <message>
        <source>属于行政查询事项</source>
        <translation>Administrative inquiry matters</translation>
    </message>
    <message>
        <source>三（三）8.属于行政查询事项</source>
        <translation>3(3)8. Withheld: administrative inquiry matters</translation>
    </message>
    <message>
        <source>本机关不掌握相关政府信息</source>
        <translation>Information not held by this agency</translation>
    </message>
    <message>
        <source>三（四）1.本机关不掌握相关政府信息</source>
        <translation>3(4)1. Unavailable: information not held by this agency</translation>
    </message>
    <message>
        <source>没有现成信息需要另行制作</source>
        <translation>No existing information; would have to be created</translation>
    </message>
    <message>
        <source>三（四）2.没有现成信息需要另行制作</source>
        <translation>3(4)2. Unavailable: no existing information; would have to be created</translation>
    </message>
    <message>
        <source>补正后申请内容仍不明确</source>
        <translation>Request still unclear after amendment</translation>
    </message>
    <message>
        <source>三（四）3.补正后申请内容仍不明确</source>
        <translation>3(4)3. Unavailable: request still unclear after amendment</translation>
    </message>
    <message>
        <source>信访举报投诉类申请</source>
        <translation>Petitions, reports or complaints</translation>
    </message>
    <message>
        <source>三（五）1.信访举报投诉类申请</source>
        <translation>3(5)1. Not processed: petitions, reports or complaints</translation>
    </message>
    <message>
        <source>重复申请</source>
        <translation>Repeated application</translation>
    </message>
    <message>
        <source>三（五）2.重复申请</source>
        <translation>3(5)2. Not processed: repeated application</translation>
    </message>
    <message>
        <source>要求提供公开出版物</source>
        <translation>Request for published materials</translation>
    </message>
    <message>
        <source>三（五）3.要求提供公开出版物</source>
        <translation>3(5)3. Not processed: request for published materials</translation>
    </message>
    <message>
        <source>无正当理由大量反复申请</source>
        <translation>Numerous repeated applications without good reason</translation>
    </message>
    <message>
        <source>三（五）4.无正当理由大量反复申请</source>
        <translation>3(5)4. Not processed: numerous repeated applications without good reason</translation>
    </message>
    <message>
        <source>要求行政机关确认或重新出具已获取信息</source>
        <translation>Request to confirm or reissue information already obtained</translation>
    </message>
    <message>
        <source>三（五）5.要求行政机关确认或重新出具已获取信息</source>
        <translation>3(5)5. Not processed: request to confirm or reissue information already obtained</translation>
    </message>
    <message>
        <source>其他处理</source>
        <translation>Otherwise handled</translation>
    </message>
    <message>
        <source>三（六）其他处理</source>
        <translation>3(6) Otherwise handled</translation>
    </message>
    <message>
        <source>申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请</source>
        <translation>Applicant did not amend in time without good reason; no longer processed</translation>
    </message>
    <message>
        <source>三（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</source>
        <translation>3(6)1. Other: applicant did not amend in time without good reason; no longer processed</translation>
    </message>
    <message>
        <source>申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请</source>
        <translation>Applicant did not pay the notified fee in time; no longer processed</translation>
    </message>
    <message>
        <source>三（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</source>
        <translation>3(6)2. Other: applicant did not pay the notified fee in time; no longer processed</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>三（六）3.其他</source>
        <translation>3(6)3. Other</translation>
    </message>
    <message>
        <source>总计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>三（七）总计</source>
        <translation>3(7) Total</translation>
    </message>
    <message>
        <source>结转下年度继续办理</source>
        <translation>Carried forward to next year</translation>
    </message>
    <message>
        <source>四、结转下年度继续办理</source>
        <translation>4. Carried forward to next year</translation>
    </message>
    <message>
        <source>自然人</source>
        <translation>Natural persons</translation>
    </message>
    <message>
        <source>商业企业</source>
        <translation>Commercial enterprises</translation>
    </message>
    <message>
        <source>科研机构</source>
        <translation>Research institutions</translation>
    </message>
    <message>
        <source>社会公益组织</source>
        <translation>Public-interest organisations</translation>
    </message>
    <message>
        <source>法律服务机构</source>
        <translation>Legal service providers</translation>
    </message>
    <message>
        <source>行政复议 结果维持</source>
        <translation>Reconsideration: upheld</translation>
    </message>
    <message>
        <source>行政复议 结果纠正</source>
        <translation>Reconsideration: corrected</translation>
    </message>
    <message>
        <source>行政复议 其他结果</source>
        <translation>Reconsideration: other outcome</translation>
    </message>
    <message>
        <source>行政复议 尚未审结</source>
        <translation>Reconsideration: pending</translation>
    </message>
    <message>
        <source>行政诉讼·未经复议直接起诉 结果维持</source>
        <translation>Litigation without reconsideration: upheld</translation>
    </message>
    <message>
        <source>行政诉讼·未经复议直接起诉 结果纠正</source>
        <translation>Litigation without reconsideration: corrected</translation>
    </message>
    <message>
        <source>行政诉讼·未经复议直接起诉 其他结果</source>
        <translation>Litigation without reconsideration: other outcome</translation>
    </message>
    <message>
        <source>行政诉讼·未经复议直接起诉 尚未审结</source>
        <translation>Litigation without reconsideration: pending</translation>
    </message>
    <message>
        <source>行政诉讼·未经复议直接起诉 总计</source>
        <translation>Litigation without reconsideration: total</translation>
    </message>
    <message>
        <source>行政诉讼·复议后起诉 结果维持</source>
        <translation>Litigation after reconsideration: upheld</translation>
    </message>
    <message>
        <source>行政诉讼·复议后起诉 结果纠正</source>
        <translation>Litigation after reconsideration: corrected</translation>
    </message>
    <message>
        <source>行政诉讼·复议后起诉 其他结果</source>
        <translation>Litigation after reconsideration: other outcome</translation>
    </message>
    <message>
        <source>行政诉讼·复议后起诉 尚未审结</source>
        <translation>Litigation after reconsideration: pending</translation>
    </message>
    <message>
        <source>行政诉讼·复议后起诉 总计</source>
        <translation>Litigation after reconsideration: total</translation>
    </message>
    <message>
        <source>结果维持</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <source>结果纠正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>其他结果</source>
        <translation>Other outcome</translation>
    </message>
    <message>
        <source>尚未审结</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>第二十条第（一）项</source>
        <translation>Article 20(1): rules and normative documents</translation>
    </message>
    <message>
        <source>规章</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>规范性文件</source>
        <translation>Normative documents</translation>
    </message>
    <message>
        <source>本年制发件数</source>
        <translation>Issued this year</translation>
    </message>
    <message>
        <source>本年废止件数</source>
        <translation>Repealed this year</translation>
    </message>
    <message>
        <source>现行有效件数</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>本年新制作数量</source>
        <translation>Newly made this year</translation>
    </message>
    <message>
        <source>本年新公开数量</source>
        <translation>Newly published this year</translation>
    </message>
    <message>
        <source>对外公开总数量</source>
        <translation>Published in total</translation>
    </message>
    <message>
        <source>第二十条第（五）项</source>
        <translation>Article 20(5): administrative licensing</translation>
    </message>
    <message>
        <source>行政许可</source>
        <translation>Administrative licensing</translation>
    </message>
    <message>
        <source>其他对外管理服务事项</source>
        <translation>Other external administrative services</translation>
    </message>
    <message>
        <source>本年处理决定数量</source>
        <translation>Decisions this year</translation>
    </message>
    <message>
        <source>第二十条第（六）项</source>
        <translation>Article 20(6): administrative penalties and coercion</translation>
    </message>
    <message>
        <source>行政处罚</source>
        <translation>Administrative penalties</translation>
    </message>
    <message>
        <source>行政强制</source>
        <translation>Administrative coercion</translation>
    </message>
    <message>
        <source>第二十条第（八）项</source>
        <translation>Article 20(8): administrative fees</translation>
    </message>
    <message>
        <source>行政事业性收费</source>
        <translation>Administrative fees</translation>
    </message>
    <message>
        <source>本年收费金额</source>
        <translation>Fees collected this year</translation>
    </message>
    <message>
        <source>第二十条第（九）项</source>
        <translation>Article 20(9): government centralised procurement</translation>
    </message>
    <message>
        <source>政府集中采购</source>
        <translation>Government centralised procurement</translation>
    </message>
    <message>
        <source>采购项目数量</source>
        <translation>Procurement projects</translation>
    </message>
    <message>
        <source>采购总金额</source>
        <translation>Total procurement amount</translation>
    </message>
    <message>
        <source>收到和处理政府信息公开申请情况</source>
        <translation>Disclosure applications received and handled</translation>
    </message>
    <message>
        <source>政府信息公开行政复议、行政诉讼情况</source>
        <translation>Administrative reconsideration and litigation over disclosure</translation>
    </message>
    <message>
        <source>行政复议、行政诉讼</source>
        <translation>Reconsideration and litigation</translation>
    </message>
    <message>
        <source>自然人+…+其他</source>
        <translation>Natural persons+…+Other</translation>
    </message>
    <message>
        <source>一+二</source>
        <translation>1+2</translation>
    </message>
    <message>
        <source>三（七）+四</source>
        <translation>3(7)+4</translation>
    </message>
    <message>
        <source>三（七）</source>
        <translation>3(7)</translation>
    </message>
    <message>
        <source>三（一）+…+三（六）</source>
        <translation>3(1)+…+3(6)</translation>
    </message>
    <message>
        <source>维持+纠正+其他+尚未审结</source>
        <translation>Upheld+Corrected+Other+Pending</translation>
    </message>
    <message>
        <source>申请人情况</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>三、本年度办理结果</source>
        <translation>3. Outcomes this year</translation>
    </message>
    <message>
        <source>信息内容</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>（三）不予公开</source>
        <translation>(3) Withheld</translation>
    </message>
    <message>
        <source>（四）无法提供</source>
        <translation>(4) Unavailable</translation>
    </message>
    <message>
        <source>（五）不予处理</source>
        <translation>(5) Not processed</translation>
    </message>
    <message>
        <source>（六）其他处理</source>
        <translation>(6) Otherwise handled</translation>
    </message>
    <message>
        <source>%1（单位：万元）</source>
        <translation>%1 (10,000 yuan)</translation>
    </message>
    <message>
        <source>（一）予以公开</source>
        <translation>(1) Disclosed</translation>
    </message>
    <message>
        <source>（二）部分公开</source>
        <translation>(2) Partly disclosed</translation>
    </message>
    <message>
        <source>（七）总计</source>
        <translation>(7) Total</translation>
    </message>
    <message>
        <source>1.属于国家秘密</source>
        <translation>1. State secret</translation>
    </message>
    <message>
        <source>2.其他法律行政法规禁止公开</source>
        <translation>2. Prohibited by other laws or administrative regulations</translation>
    </message>
    <message>
        <source>3.危及“三安全一稳定”</source>
        <translation>3. Endangers the &quot;three securities and one stability&quot;</translation>
    </message>
    <message>
        <source>4.保护第三方合法权益</source>
        <translation>4. Protects third parties&apos; lawful rights</translation>
    </message>
    <message>
        <source>5.属于三类内部事务信息</source>
        <translation>5. Internal affairs information (three kinds)</translation>
    </message>
    <message>
        <source>6.属于四类过程性信息</source>
        <translation>6. Process information (four kinds)</translation>
    </message>
    <message>
        <source>7.属于行政执法案卷</source>
        <translation>7. Administrative enforcement files</translation>
    </message>
    <message>
        <source>8.属于行政查询事项</source>
        <translation>8. Administrative inquiry matters</translation>
    </message>
    <message>
        <source>1.本机关不掌握相关政府信息</source>
        <translation>1. Information not held by this agency</translation>
    </message>
    <message>
        <source>2.没有现成信息需要另行制作</source>
        <translation>2. No existing information; would have to be created</translation>
    </message>
    <message>
        <source>3.补正后申请内容仍不明确</source>
        <translation>3. Request still unclear after amendment</translation>
    </message>
    <message>
        <source>1.信访举报投诉类申请</source>
        <translation>1. Petitions, reports or complaints</translation>
    </message>
    <message>
        <source>2.重复申请</source>
        <translation>2. Repeated application</translation>
    </message>
    <message>
        <source>3.要求提供公开出版物</source>
        <translation>3. Request for published materials</translation>
    </message>
    <message>
        <source>4.无正当理由大量反复申请</source>
        <translation>4. Numerous repeated applications without good reason</translation>
    </message>
    <message>
        <source>5.要求行政机关确认或重新出具已获取信息</source>
        <translation>5. Request to confirm or reissue information already obtained</translation>
    </message>
    <message>
        <source>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</source>
        <translation>1. Applicant did not amend in time without good reason; no longer processed</translation>
    </message>
    <message>
        <source>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</source>
        <translation>2. Applicant did not pay the notified fee in time; no longer processed</translation>
    </message>
    <message>
        <source>3.其他</source>
        <translation>3. Other</translation>
    </message>
    <message>
        <source>行政诉讼</source>
        <translation>Administrative litigation</translation>
    </message>
    <message>
        <source>未经复议直接起诉</source>
        <translation>Without prior reconsideration</translation>
    </message>
    <message>
        <source>复议后起诉</source>
        <translation>After reconsideration</translation>
    </message>
    <message>
        <source>不予公开</source>
        <translation>Withheld</translation>
    </message>
    <message>
        <source>无法提供</source>
        <translation>Unavailable</translation>
    </message>
    <message>
        <source>不予处理</source>
        <translation>Not processed</translation>
    </message>
</context>
<context>
    <name>gk::TextDecoder</name>
    <message>
        <source>unknown character set %1</source>
        <translation>unknown character set %1</translation>
    </message>
    <message>
        <source>cannot be decoded as %1</source>
        <translation>cannot be decoded as %1</translation>
    </message>
    <message>
        <source>is not readable text in %1 (%2 undecodable characters)</source>
        <translation>is not readable text in %1 (%2 undecodable characters)</translation>
    </message>
    <message numerus="yes">
        <source>%n undecodable character(s) replaced</source>
        <translation>
            <numerusform>%n undecodable character replaced</numerusform>
            <numerusform>%n undecodable characters replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>ends in the middle of a character: the file looks truncated</source>
        <translation>ends in the middle of a character: the file looks truncated</translation>
    </message>
    <message>
        <source>cannot detect its character set (ICU: %1)</source>
        <translation>cannot detect its character set (ICU: %1)</translation>
    </message>
    <message>
        <source>is a binary file, not a text report</source>
        <translation>is a binary file, not a text report</translation>
    </message>
    <message>
        <source>is not text in any character set a report uses (UTF-8, GB18030, Big5, UTF-16)</source>
        <translation>is not text in any character set a report uses (UTF-8, GB18030, Big5, UTF-16)</translation>
    </message>
</context>
<context>
    <name>gk::Translations</name>
    <message>
        <source>There is no translation for the language “%1” (available: %2)</source>
        <translation>There is no translation for the language “%1” (available: %2)</translation>
    </message>
    <message>
        <source>%1: the translation cannot be loaded</source>
        <translation>%1: the translation cannot be loaded</translation>
    </message>
</context>
<context>
    <name>gk::UnsavedReviewGuard</name>
    <message>
        <source>Review not saved</source>
        <translation>Review not saved</translation>
    </message>
    <message>
        <source>The review could not be saved:
%1

Your corrections are kept and saved again as soon as this works; File ▸ Save Review As… saves them elsewhere.</source>
        <translation>The review could not be saved:
%1

Your corrections are kept and saved again as soon as this works; File ▸ Save Review As… saves them elsewhere.</translation>
    </message>
    <message>
        <source>The review could not be saved:
%1</source>
        <translation>The review could not be saved:
%1</translation>
    </message>
    <message>
        <source>Unsaved corrections</source>
        <translation>Unsaved corrections</translation>
    </message>
    <message>
        <source>The corrections to %1 could not be saved:
%2

Save the review elsewhere, or discard the corrections made since the last save?</source>
        <translation>The corrections to %1 could not be saved:
%2

Save the review elsewhere, or discard the corrections made since the last save?</translation>
    </message>
    <message>
        <source>Save Review As…</source>
        <translation>Save Review As…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation>Save Review As</translation>
    </message>
    <message>
        <source>Reviews (*.gkreview.json *.json);;All files (*)</source>
        <translation>Reviews (*.gkreview.json *.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>gk::ValueRules</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>a count cannot be negative (%1)</source>
        <translation>a count cannot be negative (%1)</translation>
    </message>
    <message>
        <source>a count must be a whole number (%1)</source>
        <translation>a count must be a whole number (%1)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n blank cell(s) where the template requires a number (0 must be written)</source>
        <translation>
            <numerusform>%1: %n blank cell where the template requires a number (0 must be written)</numerusform>
            <numerusform>%1: %n blank cells where the template requires a number (0 must be written)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::WorkspaceController</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Open &amp;Folder…</translation>
    </message>
    <message>
        <source>Open a Folder of Reports</source>
        <translation>Open a Folder of Reports</translation>
    </message>
    <message>
        <source>Recent &amp;Workspaces</source>
        <translation>Recent &amp;Workspaces</translation>
    </message>
    <message>
        <source>&amp;Next Report</source>
        <translation>&amp;Next Report</translation>
    </message>
    <message>
        <source>&amp;Previous Report</source>
        <translation>&amp;Previous Report</translation>
    </message>
    <message>
        <source>Folder not found</source>
        <translation>Folder not found</translation>
    </message>
    <message>
        <source>The folder %1 is no longer there: it was moved, renamed or deleted.</source>
        <translation>The folder %1 is no longer there: it was moved, renamed or deleted.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>Reading the reports of %1…</source>
        <translation>Reading the reports of %1…</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Cannot open the folder</translation>
    </message>
    <message>
        <source>The workspace index cannot be kept (%1); the reports were read all the same</source>
        <translation>The workspace index cannot be kept (%1); the reports were read all the same</translation>
    </message>
    <message>
        <source>The workspace index could not be trusted: it was set aside as %1 and rebuilt</source>
        <translation>The workspace index could not be trusted: it was set aside as %1 and rebuilt</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) in the workspace, %1 read now</source>
        <translation>
            <numerusform>%n report in the workspace, %1 read now</numerusform>
            <numerusform>%n reports in the workspace, %1 read now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gk::WorkspaceIndexer</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: no such folder</translation>
    </message>
</context>
<context>
    <name>gk::WorkspaceModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
</context>
<context>
    <name>gk::WorkspacePane</name>
    <message>
        <source>Filter by file, agency or year</source>
        <translation>Filter by file, agency or year</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>Every rule</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n report(s) shown</source>
        <translation>
            <numerusform>%1 of %n report shown</numerusform>
            <numerusform>%1 of %n reports shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 of %2 read</translation>
    </message>
</context>
<context>
    <name>gk::WorkspaceStore</name>
    <message>
        <source>Cannot make the folder of the workspace index %1</source>
        <translation>Cannot make the folder of the workspace index %1</translation>
    </message>
    <message>
        <source>Cannot open the workspace index %1: %2</source>
        <translation>Cannot open the workspace index %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the workspace index %1: %2</source>
        <translation>Cannot write the workspace index %1: %2</translation>
    </message>
    <message>
        <source>The workspace index %1 cannot be trusted and cannot be moved aside</source>
        <translation>The workspace index %1 cannot be trusted and cannot be moved aside</translation>
    </message>
</context>
<context>
    <name>gk::XlsxExporter</name>
    <message>
        <source>Cannot write %1: it is a folder</source>
        <translation>Cannot write %1: it is a folder</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 government information disclosure annual report</source>
        <translation>%1 %2 government information disclosure annual report</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook was not written in full (is the temporary folder %2 full?)</source>
        <translation>Cannot write %1: the workbook was not written in full (is the temporary folder %2 full?)</translation>
    </message>
</context>
<context>
    <name>gk::XlsxWorkbook</name>
    <message>
        <source>the workbook could not be created (out of memory)</source>
        <translation>the workbook could not be created (out of memory)</translation>
    </message>
    <message>
        <source>the file cannot be created: %1</source>
        <translation>the file cannot be created: %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>the file cannot be created</translation>
    </message>
    <message>
        <source>no temporary file could be written in %1</source>
        <translation>no temporary file could be written in %1</translation>
    </message>
    <message>
        <source>the archive could not be written (is the disk full?)</source>
        <translation>the archive could not be written (is the disk full?)</translation>
    </message>
    <message>
        <source>a text is longer than a cell can hold (32767 characters)</source>
        <translation>a text is longer than a cell can hold (32767 characters)</translation>
    </message>
    <message>
        <source>libxlsxwriter error %1: %2</source>
        <translation>libxlsxwriter error %1: %2</translation>
    </message>
</context>
<context>
    <name>gk::ocr::ScanSource</name>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation type="unfinished">%1: cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1: too large</source>
        <translation type="unfinished">%1: too large</translation>
    </message>
    <message>
        <source>no image files given</source>
        <translation type="unfinished">no image files given</translation>
    </message>
    <message>
        <source>%1: not a readable image</source>
        <translation type="unfinished">%1: not a readable image</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished">%1: cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review a government information-disclosure annual report.</source>
        <translation>Review a government information-disclosure annual report.</translation>
    </message>
    <message>
        <source>Correct a cell after opening (repeatable).</source>
        <translation>Correct a cell after opening (repeatable).</translation>
    </message>
    <message>
        <source>Select the N-th finding shown (from 1).</source>
        <translation>Select the N-th finding shown (from 1).</translation>
    </message>
    <message>
        <source>Select a cell after opening.</source>
        <translation>Select a cell after opening.</translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation>Save a picture of the window and quit.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1366x768.</source>
        <translation>Window size, e.g. 1366x768.</translation>
    </message>
    <message>
        <source>The language for this run: zh_CN or en.</source>
        <translation>The language for this run: zh_CN or en.</translation>
    </message>
    <message>
        <source>Show the Charts dock with this chart (outcomes, applicants, reviews, art20).</source>
        <translation>Show the Charts dock with this chart (outcomes, applicants, reviews, art20).</translation>
    </message>
    <message>
        <source>--chart-size takes WIDTHxHEIGHT in pixels, from %1x%2 to %3x%4, at most %5 million pixels</source>
        <translation>--chart-size takes WIDTHxHEIGHT in pixels, from %1x%2 to %3x%4, at most %5 million pixels</translation>
    </message>
    <message>
        <source>Write the review report (PDF or HTML) and quit.</source>
        <translation>Write the review report (PDF or HTML) and quit.</translation>
    </message>
    <message>
        <source>Open the find bar with this text.</source>
        <translation>Open the find bar with this text.</translation>
    </message>
    <message>
        <source>The report to open (several page images: one scanned report).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
