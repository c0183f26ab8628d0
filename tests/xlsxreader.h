#pragma once

// Reads an .xlsx back for the tests, independently of libxlsxwriter: the zip through libzip, the
// parts through QXmlStreamReader. Sheets by name, cells by reference ("J5"), shared strings resolved,
// merges and comments.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <zip.h>

namespace gktest {

struct XlsxCell
{
    QString type; // "s" shared string, "n" or empty number, "str", "inlineStr"
    QString value; // the resolved text or the number as written
    bool hasValue = false;
    int style = 0;
};

struct XlsxSheet
{
    QString name;
    QHash<QString, XlsxCell> cells;
    QStringList merges; // "A1:J1"
    QHash<QString, QString> comments;
};

class XlsxReader
{
public:
    bool open(const QString &path)
    {
        int error = 0;
        zip_t *archive = zip_open(path.toLocal8Bit().constData(), ZIP_RDONLY, &error);
        if (!archive)
            return false;
        const zip_int64_t count = zip_get_num_entries(archive, 0);
        for (zip_int64_t i = 0; i < count; ++i) {
            zip_stat_t stat;
            if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0)
                continue;
            zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
            if (!file)
                continue;
            QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
            const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
            zip_fclose(file);
            if (read == zip_int64_t(stat.size))
                m_parts.insert(QString::fromUtf8(stat.name), bytes);
        }
        zip_close(archive);
        return parse();
    }

    const QList<XlsxSheet> &sheets() const { return m_sheets; }
    const XlsxSheet *sheet(const QString &name) const
    {
        for (const XlsxSheet &s : m_sheets) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    }
    QStringList sheetNames() const
    {
        QStringList names;
        for (const XlsxSheet &s : m_sheets)
            names.append(s.name);
        return names;
    }
    QStringList partNames() const { return m_parts.keys(); }

    static QString reference(int row, int column)
    {
        QString letters;
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
            letters.prepend(QChar(u'A' + (c - 1) % 26));
        return letters + QString::number(row + 1);
    }

private:
    static QString resolve(const QString &base, const QString &target)
    {
        if (target.startsWith(QLatin1Char('/')))
            return target.mid(1);
        QStringList parts = base.split(QLatin1Char('/'));
        parts.removeLast();
        for (const QString &piece : target.split(QLatin1Char('/'))) {
            if (piece == QLatin1String(".."))
                parts.removeLast();
            else
                parts.append(piece);
        }
        return parts.join(QLatin1Char('/'));
    }

    QHash<QString, QString> relations(const QString &part) const
    {
        const int slash = int(part.lastIndexOf(QLatin1Char('/')));
        const QString rels = part.left(slash + 1) + QLatin1String("_rels/") + part.mid(slash + 1) + QLatin1String(".rels");
        QHash<QString, QString> map;
        QXmlStreamReader xml(m_parts.value(rels));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship"))
                map.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                           resolve(part, xml.attributes().value(QLatin1String("Target")).toString()));
        }
        return map;
    }

    static QString elementText(QXmlStreamReader &xml)
    {
        // All <t> text inside the current element (rich text runs included).
        QString text;
        const QString end = xml.name().toString();
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("t"))
                text += xml.readElementText();
            else if (xml.isEndElement() && xml.name() == end)
                break;
        }
        return text;
    }

    bool parse()
    {
        QStringList shared;
        {
            QXmlStreamReader xml(m_parts.value(QStringLiteral("xl/sharedStrings.xml")));
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("si"))
                    shared.append(elementText(xml));
            }
        }
        const QHash<QString, QString> workbookRels = relations(QStringLiteral("xl/workbook.xml"));
        QXmlStreamReader workbook(m_parts.value(QStringLiteral("xl/workbook.xml")));
        while (!workbook.atEnd()) {
            workbook.readNext();
            if (!workbook.isStartElement() || workbook.name() != QLatin1String("sheet"))
                continue;
            XlsxSheet sheet;
            sheet.name = workbook.attributes().value(QLatin1String("name")).toString();
            QString rid;
            for (const QXmlStreamAttribute &a : workbook.attributes()) {
                if (a.name() == QLatin1String("id"))
                    rid = a.value().toString();
            }
            const QString part = workbookRels.value(rid);
            parseSheet(part, shared, &sheet);
            m_sheets.append(sheet);
        }
        return !m_sheets.isEmpty();
    }

    void parseSheet(const QString &part, const QStringList &shared, XlsxSheet *sheet) const
    {
        QXmlStreamReader xml(m_parts.value(part));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("c")) {
                XlsxCell cell;
                const QString ref = xml.attributes().value(QLatin1String("r")).toString();
                cell.type = xml.attributes().value(QLatin1String("t")).toString();
                cell.style = xml.attributes().value(QLatin1String("s")).toInt();
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
                        cell.value = xml.readElementText();
                        cell.hasValue = true;
                    } else if (xml.isStartElement() && xml.name() == QLatin1String("is")) {
                        cell.value = elementText(xml);
                        cell.hasValue = true;
                    } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                        break;
                    }
                }
                if (cell.type == QLatin1String("s") && cell.hasValue)
                    cell.value = shared.value(cell.value.toInt());
                sheet->cells.insert(ref, cell);
            } else if (xml.name() == QLatin1String("mergeCell")) {
                sheet->merges.append(xml.attributes().value(QLatin1String("ref")).toString());
            }
        }
        // Comments hang off the sheet's relations.
        for (const QString &target : relations(part)) {
            if (!target.contains(QLatin1String("comments")))
                continue;
            QXmlStreamReader comments(m_parts.value(target));
            while (!comments.atEnd()) {
                comments.readNext();
                if (comments.isStartElement() && comments.name() == QLatin1String("comment")) {
                    const QString ref = comments.attributes().value(QLatin1String("ref")).toString();
                    sheet->comments.insert(ref, elementText(comments));
                }
            }
        }
    }

    QHash<QString, QByteArray> m_parts;
    QList<XlsxSheet> m_sheets;
};

} // namespace gktest
