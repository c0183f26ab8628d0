#include "pdfwords.h"

#include <algorithm>

namespace gk::pdf {

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF) ||
           (u >= 0x3000 && u <= 0x303F);
}

QString joinPieces(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    if (isCjk(a.back()) || isCjk(b.front()))
        return a + b;
    return a + QLatin1Char(' ') + b;
}

QList<QList<Word>> linesOf(QList<Word> words)
{
    std::sort(words.begin(), words.end(),
              [](const Word &a, const Word &b) { return a.box.center().y() < b.box.center().y(); });
    QList<QList<Word>> lines;
    QList<QRectF> extents;
    for (const Word &w : std::as_const(words)) {
        bool placed = false;
        if (!lines.isEmpty()) {
            const QRectF &e = extents.last();
            const double overlap = qMin(e.bottom(), w.box.bottom()) - qMax(e.top(), w.box.top());
            if (overlap > 0.5 * qMin(e.height(), w.box.height())) {
                lines.last().append(w);
                extents.last() = e.united(w.box);
                placed = true;
            }
        }
        if (!placed) {
            lines.append({w});
            extents.append(w.box);
        }
    }
    for (auto &line : lines)
        std::sort(line.begin(), line.end(),
                  [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
    return lines;
}

QString lineText(const QList<Word> &line)
{
    QString text;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const Word &w = line.at(i);
        if (i > 0) {
            const Word &prev = line.at(i - 1);
            const double gap = w.box.left() - prev.box.right();
            if ((prev.spaceAfter || gap > 0.3 * w.box.height()) &&
                !(isCjk(prev.text.back()) && isCjk(w.text.front())))
                text += QLatin1Char(' ');
            else if (gap > 0.6 * w.box.height())
                text += QLatin1Char(' ');
        }
        text += w.text;
    }
    return text;
}

QRectF boxOf(const QList<Word> &words)
{
    QRectF box;
    for (const Word &w : words)
        box = box.united(w.box);
    return box;
}

} // namespace gk::pdf
