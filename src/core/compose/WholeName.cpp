#include "WholeName.h"

#include "parse/Names.h"

#include <QRegularExpression>

namespace WholeName {

bool isSentencePiece(const QString &name)
{
    // Digits and list marks (、) in the report's own wording mean the name is a piece of its
    // sentence, even where the catalogue would map it to a clean indicator name.
    static const QRegularExpression stray(QStringLiteral("[0-9０-９、，,。；;：:+＋()（）…“”\"]"));
    return stray.match(name).hasMatch();
}

bool looksWhole(const QString &label)
{
    // Longer names do not stay legible on a card from across the room.
    constexpr int kMaxCardChars = 16;
    return label.size() <= kMaxCardChars && isWholeIndicatorName(label);
}

} // namespace WholeName
