#include "Vocabulary.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

struct Word
{
    const char16_t *word;
    const char *label;   // translatable source text, context "Vocabulary"
};

const Word kKinds[] = {
    {u"同比", QT_TRANSLATE_NOOP("Vocabulary", "同比")},
    {u"比上年", QT_TRANSLATE_NOOP("Vocabulary", "比上年")},
    {u"年均", QT_TRANSLATE_NOOP("Vocabulary", "年均")},
    {u"增长", QT_TRANSLATE_NOOP("Vocabulary", "增长")},
    {u"增幅", QT_TRANSLATE_NOOP("Vocabulary", "增幅")},
    {u"自然增幅", QT_TRANSLATE_NOOP("Vocabulary", "自然增幅")},
    {u"同口径", QT_TRANSLATE_NOOP("Vocabulary", "同口径")},
    {u"较年初", QT_TRANSLATE_NOOP("Vocabulary", "较年初")},
    {u"百分点", QT_TRANSLATE_NOOP("Vocabulary", "百分点")},
    {u"倍", QT_TRANSLATE_NOOP("Vocabulary", "倍数")},
};

const Word kQualifiers[] = {
    {u"预计", QT_TRANSLATE_NOOP("Vocabulary", "预计")},   {u"累计", QT_TRANSLATE_NOOP("Vocabulary", "累计")},
    {u"约", QT_TRANSLATE_NOOP("Vocabulary", "约")},       {u"近", QT_TRANSLATE_NOOP("Vocabulary", "近")},
    {u"超", QT_TRANSLATE_NOOP("Vocabulary", "超")},       {u"突破", QT_TRANSLATE_NOOP("Vocabulary", "突破")},
    {u"逼近", QT_TRANSLATE_NOOP("Vocabulary", "逼近")},   {u"余", QT_TRANSLATE_NOOP("Vocabulary", "余")},
    {u"多", QT_TRANSLATE_NOOP("Vocabulary", "多")},       {u"左右", QT_TRANSLATE_NOOP("Vocabulary", "左右")},
    {u"以内", QT_TRANSLATE_NOOP("Vocabulary", "以内")},   {u"以上", QT_TRANSLATE_NOOP("Vocabulary", "以上")},
    {u"大关", QT_TRANSLATE_NOOP("Vocabulary", "大关")},   {u"首次", QT_TRANSLATE_NOOP("Vocabulary", "首次")},
    {u"区间", QT_TRANSLATE_NOOP("Vocabulary", "区间")},   {u"基期", QT_TRANSLATE_NOOP("Vocabulary", "基期")},
};

template<std::size_t N>
QString lookUp(const Word (&table)[N], const QString &word)
{
    for (const Word &w : table) {
        if (word == QStringView(w.word))
            return QCoreApplication::translate("Vocabulary", w.label);
    }
    return word;
}

} // namespace

Vocabulary::Vocabulary(QObject *parent)
    : QObject(parent)
{
}

Vocabulary *Vocabulary::create(QQmlEngine *, QJSEngine *)
{
    return new Vocabulary;
}

QString Vocabulary::kindLabel(const QString &kind)
{
    return lookUp(kKinds, kind);
}

QString Vocabulary::qualifierLabel(const QString &word)
{
    return lookUp(kQualifiers, word);
}

QString Vocabulary::qualifiersText(const QString &list)
{
    QStringList labels;
    for (const QString &word : list.split(u',', Qt::SkipEmptyParts))
        labels.append(qualifierLabel(word.trimmed()));
    return labels.join(QStringLiteral(" · "));
}

QString Vocabulary::changeSuffix(const QString &kind)
{
    if (kind.contains(u"百分点"))
        return QCoreApplication::translate("Vocabulary", "个百分点");
    if (kind.contains(u"倍"))
        return QCoreApplication::translate("Vocabulary", "倍");
    return QStringLiteral("%");
}
