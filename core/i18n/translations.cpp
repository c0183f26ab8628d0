#include "translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace gk {

namespace {

struct Installed
{
    QString language;
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

/** "zh-Hans-CN", "zh_TW", "en_GB.UTF-8" → a language with a translation, else empty. */
QString match(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    if (lower.startsWith(QLatin1String("en")) || lower == QLatin1String("c") || lower == QLatin1String("posix"))
        return QStringLiteral("en");
    return QString();
}

void removeInstalled()
{
    Installed &state = installed();
    if (state.own)
        QCoreApplication::removeTranslator(state.own.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.own.reset();
    state.qt.reset();
}

} // namespace

QStringList Translations::languages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Translations::resolve(const QString &language)
{
    if (!language.isEmpty() && language != QLatin1String("system"))
        return match(language);
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString found = match(name);
        if (!found.isEmpty())
            return found;
    }
    return QStringLiteral("en");
}

bool Translations::install(const QString &language, QString *error)
{
    const QString resolved = resolve(language);
    if (resolved.isEmpty()) {
        if (error)
            *error = tr("There is no translation for the language “%1” (available: %2)")
                         .arg(language, languages().join(QStringLiteral(", ")));
        return false;
    }
    auto own = std::make_unique<QTranslator>();
    const QString file = QStringLiteral(":/i18n/gkreview_%1.qm").arg(resolved);
    if (!own->load(file)) {
        if (error)
            *error = tr("%1: the translation cannot be loaded").arg(file);
        return false;
    }
    removeInstalled();
    Installed &state = installed();
    // Qt's own strings (dialog buttons, context menus), where Debian's qt6-translations-l10n has them.
    if (resolved != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + resolved, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            state.qt = std::move(qt);
        }
    }
    QCoreApplication::installTranslator(own.get());
    state.own = std::move(own);
    state.language = resolved;
    return true;
}

void Translations::remove()
{
    removeInstalled();
    installed().language.clear();
}

QString Translations::current()
{
    return installed().language;
}

QString Translations::nativeName(const QString &language)
{
    const QString resolved = match(language);
    if (resolved == QLatin1String("zh_CN"))
        return QStringLiteral("中文");
    if (resolved == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

} // namespace gk
