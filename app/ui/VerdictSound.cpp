#include "ui/VerdictSound.h"

#include "ui/UiLog.h"

#include <QSoundEffect>
#include <QUrl>

namespace eol::ui {

VerdictSound::VerdictSound(bool enabled, QObject* parent) : QObject(parent), m_enabled(enabled) {}

QSoundEffect* VerdictSound::effect(Kind kind)
{
    const int i = int(kind);
    if (!m_effects[i]) {
        static const char* const kFiles[] = {"qrc:/sounds/pass.wav", "qrc:/sounds/fail.wav",
                                             "qrc:/sounds/error.wav"};
        auto* e = new QSoundEffect(this);
        e->setSource(QUrl(QLatin1String(kFiles[i])));
        e->setVolume(1.0);
        connect(e, &QSoundEffect::statusChanged, this, [e] {
            if (e->status() == QSoundEffect::Error)
                qCWarning(lcUi) << "verdict sound unavailable:" << e->source().toString();
        });
        m_effects[i] = e;
    }
    return m_effects[i];
}

void VerdictSound::play(Kind kind)
{
    if (!m_enabled)
        return;
    QSoundEffect* e = effect(kind);
    if (e->status() == QSoundEffect::Error)
        return;
    // Plays once loaded; QSoundEffect queues the request while the file is still loading.
    e->play();
}

} // namespace eol::ui
