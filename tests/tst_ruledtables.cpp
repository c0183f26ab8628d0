// Ruled tables from ruling lines and words (RuledTables::take): values take their columns from the
// header's cells, never from their order; what cannot be decided is said so.
#include "ruledtables.h"

#include <QTest>

using namespace gk::pdf;

Q_DECLARE_METATYPE(gk::pdf::HSeg)
Q_DECLARE_METATYPE(gk::pdf::VSeg)
Q_DECLARE_METATYPE(gk::pdf::Word)

namespace {

// A label column (0–100) and three value columns 甲 100–140, 乙 140–180, 丙 180–220; a header row
// (0–20) and two value rows (20–40, 40–60).
const QList<double> xs{0, 100, 140, 180, 220};
const QList<double> ys{0, 20, 40, 60};

struct Page
{
    QList<HSeg> h;
    QList<VSeg> v;
    QList<Word> words;
};

Word word(const QString &text, double left, double top, double charWidth = 6)
{
    Word w;
    w.text = text;
    for (qsizetype k = 0; k < text.size(); ++k)
        w.chars.append(QRectF(left + k * charWidth, top, charWidth, 10));
    w.box = QRectF(left, top, charWidth * text.size(), 10);
    return w;
}

Page grid(bool withHeader = true)
{
    Page page;
    const double top = withHeader ? ys.first() : ys.at(1);
    for (double y : ys) {
        if (y >= top)
            page.h.append({y, xs.first(), xs.last()});
    }
    for (double x : xs)
        page.v.append({x, top, ys.last()});
    if (withHeader) {
        page.words += {word(QStringLiteral("项目"), 10, 5), word(QStringLiteral("甲"), 110, 5),
                       word(QStringLiteral("乙"), 150, 5), word(QStringLiteral("丙"), 190, 5)};
    }
    page.words += {word(QStringLiteral("行一"), 10, 25), word(QStringLiteral("4"), 110, 25),
                   word(QStringLiteral("5"), 150, 25), word(QStringLiteral("6"), 190, 25)};
    return page;
}

QStringList texts(const gk::GridRow &row)
{
    QStringList out;
    for (const gk::GridCell &cell : row)
        out.append(cell.text);
    return out;
}

} // namespace

class TestRuledTables : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valuesTakeTheHeadersColumns_data()
    {
        QTest::addColumn<QList<HSeg>>("extraH");
        QTest::addColumn<QList<VSeg>>("extraV");
        QTest::addColumn<QList<double>>("dropV"); // vertical lines missing in the second value row
        QTest::addColumn<QList<Word>>("rowWords");
        QTest::addColumn<bool>("header");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("undecided");

        const QList<Word> plain{word(QStringLiteral("行二"), 10, 45), word(QStringLiteral("1"), 110, 45),
                                word(QStringLiteral("2"), 150, 45), word(QStringLiteral("3"), 190, 45)};
        const QStringList clean{QStringLiteral("行二"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
        QTest::newRow("a clean row stays as it is") << QList<HSeg>() << QList<VSeg>() << QList<double>() << plain
                                                    << true << clean << false;
        // In the second row alone a line stands 4 points inside 丙: read by order the row had a blank
        // before 3 and its first value fell out of the last three.
        QTest::newRow("a cell edge out of line makes no column")
            << QList<HSeg>() << QList<VSeg>{{184, 40, 60}} << QList<double>()
            << QList<Word>{word(QStringLiteral("行二"), 10, 45), word(QStringLiteral("1"), 110, 45),
                           word(QStringLiteral("2"), 150, 45), word(QStringLiteral("3"), 195, 45)}
            << true << clean << false;
        QTest::newRow("a line missing between the label and the values")
            << QList<HSeg>() << QList<VSeg>() << QList<double>{100} << plain << true << clean << false;
        QTest::newRow("a word set across a line is split there")
            << QList<HSeg>() << QList<VSeg>() << QList<double>()
            << QList<Word>{word(QStringLiteral("行二"), 10, 45), word(QStringLiteral("申请1"), 88, 45),
                           word(QStringLiteral("2"), 150, 45), word(QStringLiteral("3"), 190, 45)}
            << true << QStringList{QStringLiteral("行二 申请"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}
            << false;
        // Two cells with a value each under 甲: which is 甲's? Written in page order without blanks.
        QTest::newRow("two values under one header cell are undecided")
            << QList<HSeg>() << QList<VSeg>{{120, 40, 60}} << QList<double>()
            << QList<Word>{word(QStringLiteral("行二"), 10, 45), word(QStringLiteral("1"), 105, 45),
                           word(QStringLiteral("9"), 125, 45), word(QStringLiteral("3"), 190, 45)}
            << true << QStringList{QStringLiteral("行二"), QStringLiteral("1"), QStringLiteral("9"), QStringLiteral("3")}
            << true;
        // A page border around the table: a box is no table and takes no words.
        QTest::newRow("a frame around the table is no table")
            << QList<HSeg>{{-30, -40, 260}, {90, -40, 260}} << QList<VSeg>{{-40, -30, 90}, {260, -30, 90}}
            << QList<double>() << plain << true << clean << false;
        // No header on this page: the columns of the table that ran on from the page before.
        QTest::newRow("a continued table takes the open table's columns")
            << QList<HSeg>() << QList<VSeg>{{184, 40, 60}} << QList<double>()
            << QList<Word>{word(QStringLiteral("行二"), 10, 45), word(QStringLiteral("1"), 110, 45),
                           word(QStringLiteral("2"), 150, 45), word(QStringLiteral("3"), 195, 45)}
            << false << clean << false;
    }
    void valuesTakeTheHeadersColumns()
    {
        QFETCH(QList<HSeg>, extraH);
        QFETCH(QList<VSeg>, extraV);
        QFETCH(QList<double>, dropV);
        QFETCH(QList<Word>, rowWords);
        QFETCH(bool, header);
        QFETCH(QStringList, expected);
        QFETCH(bool, undecided);

        Page page = grid(header);
        QList<VSeg> kept;
        for (const VSeg &v : std::as_const(page.v))
            kept.append(dropV.contains(v.x) ? VSeg{v.x, v.y1, 40} : v); // it stops at the second value row
        page.v = kept;
        page.h += extraH;
        page.v += extraV;
        page.words += rowWords;
        PageTable open;
        open.xs = xs;
        open.valueColumns = {{100, 140}, {140, 180}, {180, 220}};
        const QList<PageTable> tables = RuledTables::take(page.h, page.v, &page.words, 2, header ? nullptr : &open);
        QCOMPARE(tables.size(), 1);
        const PageTable &table = tables.first();
        QVERIFY(page.words.isEmpty());
        const int last = int(table.rows.size()) - 1;
        QCOMPARE(texts(table.rows.at(last)), expected);
        QCOMPARE(table.undecidedRows.contains(last), undecided);
        if (undecided)
            return;
        // Each value's box is its header's column (the page view draws it there).
        const gk::GridRow &row = table.rows.at(last);
        for (int k = 0; k < 3; ++k) {
            const QRectF box = row.at(row.size() - 3 + k).box;
            QCOMPARE(box.left(), xs.at(k + 1));
            QCOMPARE(box.right(), xs.at(k + 2));
            QCOMPARE(row.at(row.size() - 3 + k).page, 2);
        }
    }

    /** The same lines and words in another order give the same table: nothing follows a hash or the input order. */
    void sameTableWhateverTheOrderOfTheLines()
    {
        Page page = grid();
        page.words += {word(QStringLiteral("行二"), 10, 45), word(QStringLiteral("1"), 110, 45)};
        page.h += {{-30, -40, 260}, {90, -40, 260}};
        page.v += {{-40, -30, 90}, {260, -30, 90}};
        QList<Word> words = page.words;
        const QList<PageTable> first = RuledTables::take(page.h, page.v, &words, 1);
        std::reverse(page.h.begin(), page.h.end());
        std::reverse(page.v.begin(), page.v.end());
        std::reverse(page.words.begin(), page.words.end());
        const QList<PageTable> second = RuledTables::take(page.h, page.v, &page.words, 1);
        QCOMPARE(first.size(), second.size());
        for (qsizetype t = 0; t < first.size(); ++t) {
            QCOMPARE(first.at(t).rows.size(), second.at(t).rows.size());
            for (qsizetype r = 0; r < first.at(t).rows.size(); ++r)
                QCOMPARE(texts(first.at(t).rows.at(r)), texts(second.at(t).rows.at(r)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRuledTables)
#include "tst_ruledtables.moc"
