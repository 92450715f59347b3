#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>
#include <memory>

namespace eol::core::exporting {

/// A streaming ZIP archive writer (PKWARE APPNOTE 6.3): entries are deflated (zlib, raw
/// deflate) as they are written, so an entry of any length costs a fixed amount of memory.
/// Sizes and CRC-32 follow each entry in a data descriptor (general purpose bit 3), so the
/// output never has to be seekable. UTF-8 names (bit 11).
///
/// No ZIP64: an entry or archive reaching 4 GiB, or more than 65,535 entries, is refused with
/// an error instead of writing an archive readers would misread.
///
///     ZipWriter zip(file);
///     zip.beginEntry("a.xml");  zip.write(bytes);  zip.endEntry();
///     zip.finish();               // central directory; the device stays open
class ZipWriter
{
public:
    /// `out` must stay open for writing until finish(). `modified` stamps every entry (DOS
    /// time has no zone: the UTC wall clock is written).
    explicit ZipWriter(QIODevice& out, QDateTime modified = QDateTime::currentDateTimeUtc(),
                       int compressionLevel = 6);
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    Result<void> beginEntry(const QString& name);
    Result<void> write(const char* data, qsizetype size);
    Result<void> write(const QByteArray& data) { return write(data.constData(), data.size()); }
    Result<void> endEntry();
    /// Writes the central directory and the end record. The writer is done afterwards.
    Result<void> finish();

    /// Bytes written to the device so far.
    qint64 bytesWritten() const { return m_offset; }

    /// The largest size or offset a ZIP without ZIP64 can state.
    static constexpr quint64 kMaxSize = 0xFFFFFFFFull;
    static constexpr int kMaxEntries = 0xFFFF;

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint64 compressed = 0;
        quint64 uncompressed = 0;
        quint64 offset = 0;
    };
    struct Deflater;

    Result<void> put(const QByteArray& bytes);
    Result<void> deflateChunk(const char* data, qsizetype size);
    Error tooLarge(const QString& what) const;

    QIODevice& m_out;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    int m_level = 6;
    std::unique_ptr<Deflater> m_deflater;
    QList<Entry> m_entries;
    bool m_inEntry = false;
    bool m_finished = false;
    quint64 m_offset = 0;
    QByteArray m_buffer; ///< deflate output waiting to be written
};

} // namespace eol::core::exporting
