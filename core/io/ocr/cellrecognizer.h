#pragma once

#include <QList>
#include <QRect>
#include <QString>

#include <memory>

struct Pix;
namespace tesseract {
class TessBaseAPI;
}

namespace gk::ocr {

/** What Tesseract read in one box: the text, its confidence and each character's (0-100). */
struct Recognized
{
    QString text;
    double confidence = 0;
    QList<double> characterConfidences;
    bool isNumber() const;
};

/**
 * Tesseract, cell by cell: whole-page recognition costs seconds of CPU per page, a cell a few
 * milliseconds. Two engines share each page: digits (English model with a digit whitelist) and
 * labels (chi_sim), both reading one line (or, for a tall cell, one block) inside a given box.
 */
class CellRecognizer
{
public:
    CellRecognizer();
    ~CellRecognizer();
    CellRecognizer(const CellRecognizer &) = delete;
    CellRecognizer &operator=(const CellRecognizer &) = delete;

    /** Loads the language data; false when tesseract-ocr-chi-sim / -eng is missing. */
    bool start();
    /** The page every following box is in (not owned; it must live until the next setPage). */
    void setPage(Pix *page, double dpi);
    /** A number (digits, sign, decimal point) in `box`. */
    Recognized digits(const QRect &box);
    /** Chinese text in `box`; `block` for text over several lines. */
    Recognized text(const QRect &box, bool block);

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_digits;
    std::unique_ptr<tesseract::TessBaseAPI> m_text;
    Pix *m_page = nullptr;
    double m_dpi = 0;
};

} // namespace gk::ocr
