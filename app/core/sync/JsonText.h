#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace eol::core::sync {

/// Appends JSON text directly to a byte buffer: the sync payload is written without building a
/// QJsonObject tree per run, which cost more than reading the runs from SQLite. Produces the
/// same values as QJsonDocument (strings escaped per RFC 8259, doubles in the shortest form that
/// reads back exactly, non-finite numbers as null); tst_sync_policy checks it against
/// RecordJson.
class JsonText
{
public:
    explicit JsonText(QByteArray& out) : m_out(out) {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    /// Starts a member of the current object: the comma if needed, "key":.
    void key(const char* name);
    void value(const QString& text);
    void value(int number);
    void value(double number);
    /// A whole object, serialised compactly by QJsonDocument (small: the run's attributes).
    void value(const QJsonObject& object);
    void null();
    /// Starts an element of the current array: the comma if needed.
    void element();

    void member(const char* name, const QString& text)
    {
        key(name);
        value(text);
    }
    void member(const char* name, int number)
    {
        key(name);
        value(number);
    }
    void member(const char* name, double number)
    {
        key(name);
        value(number);
    }
    void member(const char* name, const std::optional<double>& number)
    {
        if (number)
            member(name, *number);
    }

private:
    void open(char c);
    void close(char c);

    QByteArray& m_out;
    bool m_first = true; ///< no member / element written yet at the current level
};

} // namespace eol::core::sync
