#include "cellrecognizer.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <leptonica/allheaders.h>

#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

#ifdef _OPENMP
#include <omp.h>
#endif

namespace gk::ocr {

namespace {

bool isCjk(QChar c) { return c.unicode() >= 0x2E80 && c.unicode() <= 0x9FFF; }

// CJK text comes back with spaces between the characters; the labels have none. A full-width
// opening parenthesis often comes back as 〈 or 《: one that a plain ) closes is a parenthesis.
QString tidy(const QString &raw)
{
    QString out;
    const QString simple = raw.simplified();
    for (qsizetype i = 0; i < simple.size(); ++i) {
        const QChar c = simple.at(i);
        if (c == QLatin1Char(' ') && i > 0 && i + 1 < simple.size() &&
            (isCjk(simple.at(i - 1)) || isCjk(simple.at(i + 1)) || !simple.at(i - 1).isLetterOrNumber() ||
             !simple.at(i + 1).isLetterOrNumber()))
            continue;
        out += c;
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) != QChar(0x3008) && out.at(i) != QChar(0x300A))
            continue;
        for (qsizetype j = i + 1; j < out.size(); ++j) {
            const QChar c = out.at(j);
            if (c == QLatin1Char(')') || c == QChar(0xFF09)) {
                out[i] = QChar(0xFF08);
                break;
            }
            if (c == QChar(0x3009) || c == QChar(0x300B) || c == QChar(0x3008) || c == QChar(0x300A))
                break;
        }
    }
    return out;
}

Recognized read(tesseract::TessBaseAPI *api, Pix *page, double dpi, const QRect &box, tesseract::PageSegMode mode)
{
    Recognized out;
    if (!page || box.isEmpty())
        return out;
    // The box alone on white: no ruling line or neighbour at its edge, and the margin Tesseract's
    // line finder wants around a short number.
    Box *clipBox = boxCreate(box.x(), box.y(), box.width(), box.height());
    Pix *clip = pixClipRectangle(page, clipBox, nullptr);
    boxDestroy(&clipBox);
    if (!clip)
        return out;
    const int border = std::max(10, box.height() / 2);
    Pix *framed = pixAddBorder(clip, border, 255);
    pixDestroy(&clip);
    if (!framed)
        return out;
    api->SetPageSegMode(mode);
    api->SetImage(framed);
    api->SetSourceResolution(int(dpi));
    const int status = api->Recognize(nullptr);
    pixDestroy(&framed);
    if (status != 0)
        return out;
    std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
    if (!it)
        return out;
    QString text;
    QList<double> confidences;
    double lowest = 100;
    bool any = false;
    do {
        std::unique_ptr<char[]> symbol(it->GetUTF8Text(tesseract::RIL_SYMBOL));
        if (!symbol)
            continue;
        const QString s = QString::fromUtf8(symbol.get());
        if (it->IsAtBeginningOf(tesseract::RIL_WORD) && !text.isEmpty())
            text += QLatin1Char(' ');
        const double confidence = it->Confidence(tesseract::RIL_SYMBOL);
        text += s;
        confidences.append(confidence);
        lowest = std::min(lowest, confidence);
        any = true;
    } while (it->Next(tesseract::RIL_SYMBOL));
    out.text = text;
    out.characterConfidences = confidences;
    out.confidence = any ? lowest : 0;
    return out;
}

} // namespace

bool Recognized::isNumber() const
{
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+(\\.[0-9]+)?$"));
    return number.match(text).hasMatch();
}

CellRecognizer::CellRecognizer() = default;

CellRecognizer::~CellRecognizer()
{
    if (m_digits)
        m_digits->End();
    if (m_text)
        m_text->End();
}

bool CellRecognizer::start()
{
#ifdef _OPENMP
    // For this (the reading) thread only, OpenMP's settings being each thread's own: Tesseract asks
    // for several threads per layer; with no active level allowed every region runs on this one.
    omp_set_num_threads(1);
    omp_set_max_active_levels(0);
#endif
    m_digits = std::make_unique<tesseract::TessBaseAPI>();
    m_text = std::make_unique<tesseract::TessBaseAPI>();
    // Tesseract's own chatter (resolution notices, tuning hints) goes nowhere.
    for (tesseract::TessBaseAPI *api : {m_digits.get(), m_text.get()})
        api->SetVariable("debug_file", "/dev/null");
    if (m_digits->Init(nullptr, "eng", tesseract::OEM_LSTM_ONLY) != 0 ||
        m_text->Init(nullptr, "chi_sim", tesseract::OEM_LSTM_ONLY) != 0) {
        m_digits.reset();
        m_text.reset();
        return false;
    }
    m_digits->SetVariable("tessedit_char_whitelist", "0123456789.-+");
    m_digits->SetVariable("classify_bln_numeric_mode", "1");
    return true;
}

void CellRecognizer::setPage(Pix *page, double dpi)
{
    m_page = page;
    m_dpi = dpi;
}

Recognized CellRecognizer::digits(const QRect &box)
{
    Recognized r = read(m_digits.get(), m_page, m_dpi, box, tesseract::PSM_SINGLE_LINE);
    r.text.remove(QLatin1Char(' '));
    // A lone digit is sometimes no line to Tesseract's line finder; as a word it is read.
    if (r.text.isEmpty())
        r = read(m_digits.get(), m_page, m_dpi, box, tesseract::PSM_SINGLE_WORD);
    r.text.remove(QLatin1Char(' '));
    return r;
}

Recognized CellRecognizer::text(const QRect &box, bool block)
{
    Recognized r = read(m_text.get(), m_page, m_dpi, box, block ? tesseract::PSM_SINGLE_BLOCK : tesseract::PSM_SINGLE_LINE);
    r.text = tidy(r.text);
    return r;
}

} // namespace gk::ocr
