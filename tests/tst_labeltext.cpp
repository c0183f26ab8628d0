// Finding template labels in a report's text: exact, and near (a typo, a character lost or added),
// from either end of the label, short and long labels alike.

#include "layout/tokenizer.h"
#include "template/labeltext.h"

#include <QTest>

using namespace gk;

namespace {

LabelText labelsOf(const QString &text)
{
    TokenList tokens;
    Tokenizer::scan(text, 0, text.size(), Token::Gap::Cell, tokens);
    return LabelText(tokens, text);
}

QString matched(const LabelText &labels, const LabelText::Match &m)
{
    return labels.text().mid(m.start, m.end - m.start);
}

} // namespace

class TestLabelText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactLabelWhereverItStands()
    {
        // Cut by stray spaces, numbers and punctuation, on one line.
        const LabelText labels = labelsOf(QStringLiteral("（三）本年度办 理结果 12 3 予以公开，45 部分公开"));
        const QList<LabelText::Match> found = labels.find(QStringLiteral("本年度办理结果"), 0, labels.text().size());
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().exact());
        QCOMPARE(matched(labels, found.first()), QStringLiteral("本年度办理结果"));
    }

    void nearMatchesOfEveryKind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<double>("score");
        // One character wrong: the label's head and tail both stand.
        QTest::newRow("substituted") << QStringLiteral("前文。不予公开危及三安全二稳定 5 6") << QStringLiteral("不予公开危及三安全二稳定") << 11.0 / 12.0;
        // One character lost near the head: found from the tail.
        QTest::newRow("lost, head broken") << QStringLiteral("说明不公开危及三安全一稳定 7") << QStringLiteral("不公开危及三安全一稳定") << 11.0 / 12.0;
        // One character lost near the tail: found from the head.
        QTest::newRow("lost, tail broken") << QStringLiteral("说明不予公开危及三安全稳定 7") << QStringLiteral("不予公开危及三安全稳定") << 11.0 / 12.0;
        // One character added inside.
        QTest::newRow("added") << QStringLiteral("不予公开危及国三安全一稳定 0") << QStringLiteral("不予公开危及国三安全一稳定") << 0.99;
    }

    void nearMatchesOfEveryKind()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(double, score);
        const LabelText labels = labelsOf(text);
        const QList<LabelText::Match> found = labels.find(QStringLiteral("不予公开危及三安全一稳定"), 0, labels.text().size());
        QCOMPARE(found.size(), 1);
        QCOMPARE(matched(labels, found.first()), expected);
        QVERIFY(!found.first().exact());
        QVERIFY2(qAbs(found.first().score - std::min(score, 0.99)) < 1e-9, qPrintable(QString::number(found.first().score)));
    }

    void tooDifferentIsNotAMatch()
    {
        const LabelText labels = labelsOf(QStringLiteral("不予公开的理由很多，与安全稳定有关"));
        QVERIFY(labels.find(QStringLiteral("不予公开危及三安全一稳定"), 0, labels.text().size()).isEmpty());
    }

    void shortLabelsOnlyAsPrinted()
    {
        const LabelText labels = labelsOf(QStringLiteral("其它 3 其他 4"));
        const QList<LabelText::Match> found = labels.find(QStringLiteral("其他"), 0, labels.text().size());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().start, 2);
    }

    void longLabelsAlignToo()
    {
        // Longer than a machine word of characters: the other way of aligning, same answer.
        QString label;
        for (int i = 0; i < 70; ++i)
            label.append(QChar(0x4E00 + (i * 37) % 500));
        QString typo = label;
        typo[35] = QChar(0x9000);
        const LabelText labels = labelsOf(QStringLiteral("前言。") + typo + QStringLiteral(" 1 2 3"));
        const QList<LabelText::Match> found = labels.find(label, 0, labels.text().size());
        QCOMPARE(found.size(), 1);
        QCOMPARE(matched(labels, found.first()), typo);
        QVERIFY(qAbs(found.first().score - 69.0 / 70.0) < 1e-9);
    }

    void aKnownTypoIsRepairedAndRemembered()
    {
        const LabelText labels = labelsOf(QStringLiteral("4.危机三安全一稳定 0"));
        const QList<LabelText::Match> found = labels.findExact(QStringLiteral("危及三安全一稳定"), 0, labels.text().size());
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().variant);
    }
};

QTEST_GUILESS_MAIN(TestLabelText)
#include "tst_labeltext.moc"
