#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gk {

/**
 * The program's language. The translations (translations/gkreview_*.ts) are compiled into gkcore
 * as resources, so every program and test linking it can switch. Strings already produced (a
 * finding's message) keep their language: produce them again after a switch.
 */
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(gk::Translations)
public:
    /** The languages with a translation: "zh_CN", "en". */
    static QStringList languages();
    /**
     * The language to install for a request: "zh_CN" or "en" as given (also "zh", "zh-CN", "en_US"…);
     * empty or "system": the first of the system's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
     * that has a translation, else "en". Returns empty for a language without a translation.
     */
    static QString resolve(const QString &language);
    /**
     * Installs the translators for the language (see resolve()): gkreview's own and, when the system
     * has it, Qt's (qtbase_zh_CN.qm for dialog buttons). Replaces the language installed before.
     * False with a message naming the language or file when it cannot be installed.
     */
    static bool install(const QString &language, QString *error = nullptr);
    /** Removes what install() installed: the source texts show (English; template labels in Chinese). */
    static void remove();
    /** The language installed last ("zh_CN", "en"); empty before the first install() and after remove(). */
    static QString current();
    /** The language's name in that language ("中文", "English"), for menus: not translated. */
    static QString nativeName(const QString &language);
};

} // namespace gk
