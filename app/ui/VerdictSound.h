#pragma once

#include <QObject>

class QSoundEffect;

namespace eol::ui {

/// Plays the verdict sounds (:/sounds/{pass,fail,error}.wav). A station without audio, a
/// missing device or a broken file only logs a warning: sound never blocks or breaks the UI.
class VerdictSound : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Pass,
        Fail,
        Error
    };

    explicit VerdictSound(bool enabled, QObject* parent = nullptr);

    void play(Kind kind);
    bool enabled() const { return m_enabled; }

private:
    QSoundEffect* effect(Kind kind);

    bool m_enabled = true;
    QSoundEffect* m_effects[3] = {nullptr, nullptr, nullptr}; ///< created on first use
};

} // namespace eol::ui
