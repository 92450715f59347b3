#include "ZipWriter.h"

#include "ExportLog.h"

#include <zlib.h>

namespace eol::core::exporting {

namespace {

constexpr quint32 kLocalHeaderSignature = 0x04034b50;
constexpr quint32 kDataDescriptorSignature = 0x08074b50;
constexpr quint32 kCentralHeaderSignature = 0x02014b50;
constexpr quint32 kEndOfCentralDirectorySignature = 0x06054b50;
constexpr quint16 kVersionNeeded = 20;      // 2.0: deflate
constexpr quint16 kFlags = 0x0008 | 0x0800; // data descriptor follows; UTF-8 names
constexpr quint16 kMethodDeflate = 8;
constexpr qsizetype kOutputChunk = 256 * 1024;

void le16(QByteArray& b, quint16 v)
{
    b.append(char(v & 0xff));
    b.append(char((v >> 8) & 0xff));
}

void le32(QByteArray& b, quint32 v)
{
    le16(b, quint16(v & 0xffff));
    le16(b, quint16(v >> 16));
}

} // namespace

struct ZipWriter::Deflater
{
    z_stream stream{};
    bool open = false;
    ~Deflater()
    {
        if (open)
            deflateEnd(&stream);
    }
};

ZipWriter::ZipWriter(QIODevice& out, QDateTime modified, int compressionLevel)
    : m_out(out), m_level(compressionLevel)
{
    const QDateTime t = modified.toUTC();
    const QDate d = t.date();
    const QTime tm = t.time();
    // DOS dates start in 1980.
    const int year = qBound(1980, d.year(), 2107);
    m_dosDate = quint16(((year - 1980) << 9) | (d.month() << 5) | d.day());
    m_dosTime = quint16((tm.hour() << 11) | (tm.minute() << 5) | (tm.second() / 2));
}

ZipWriter::~ZipWriter() = default;

Error ZipWriter::tooLarge(const QString& what) const
{
    return makeError(QStringLiteral("zip_too_large"),
                     QStringLiteral("cannot write the archive: %1 passes the 4 GiB limit of a ZIP "
                                    "file without ZIP64 — export fewer runs (narrow the date "
                                    "range) or export CSV")
                         .arg(what));
}

Result<void> ZipWriter::put(const QByteArray& bytes)
{
    if (m_out.write(bytes) != bytes.size()) {
        return makeError(QStringLiteral("zip_write_failed"),
                         QStringLiteral("cannot write the archive: %1 — check free disk space "
                                        "and that the file is writable")
                             .arg(m_out.errorString()));
    }
    m_offset += quint64(bytes.size());
    if (m_offset > kMaxSize)
        return tooLarge(QStringLiteral("the archive"));
    return {};
}

Result<void> ZipWriter::beginEntry(const QString& name)
{
    if (m_finished || m_inEntry) {
        return makeError(QStringLiteral("zip_misuse"),
                         QStringLiteral("cannot start ZIP entry %1: %2 — this is a bug in the "
                                        "exporter")
                             .arg(name, m_finished ? QStringLiteral("the archive is finished")
                                                   : QStringLiteral("an entry is still open")));
    }
    if (m_entries.size() >= kMaxEntries)
        return makeError(QStringLiteral("zip_too_large"),
                         QStringLiteral("cannot add %1: a ZIP file without ZIP64 holds at most "
                                        "%2 entries")
                             .arg(name)
                             .arg(kMaxEntries));
    Entry e;
    e.name = name.toUtf8();
    e.offset = m_offset;
    e.crc = quint32(crc32(0L, Z_NULL, 0));

    QByteArray h;
    le32(h, kLocalHeaderSignature);
    le16(h, kVersionNeeded);
    le16(h, kFlags);
    le16(h, kMethodDeflate);
    le16(h, m_dosTime);
    le16(h, m_dosDate);
    le32(h, 0); // crc, sizes: in the data descriptor
    le32(h, 0);
    le32(h, 0);
    le16(h, quint16(e.name.size()));
    le16(h, 0); // no extra field
    h.append(e.name);
    if (auto r = put(h); !r)
        return r;

    m_deflater = std::make_unique<Deflater>();
    // Negative window bits: raw deflate, no zlib header (ZIP stores raw streams).
    if (deflateInit2(&m_deflater->stream, m_level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK) {
        return makeError(QStringLiteral("zip_deflate_failed"),
                         QStringLiteral("cannot start compressing %1: zlib refused (out of "
                                        "memory?)")
                             .arg(name));
    }
    m_deflater->open = true;
    m_entries.append(e);
    m_inEntry = true;
    return {};
}

Result<void> ZipWriter::deflateChunk(const char* data, qsizetype size)
{
    z_stream& z = m_deflater->stream;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    z.avail_in = uInt(size);
    do {
        const qsizetype used = m_buffer.size();
        m_buffer.resize(used + kOutputChunk);
        z.next_out = reinterpret_cast<Bytef*>(m_buffer.data() + used);
        z.avail_out = uInt(kOutputChunk);
        const int rc = deflate(&z, Z_NO_FLUSH);
        if (rc == Z_STREAM_ERROR) {
            return makeError(QStringLiteral("zip_deflate_failed"),
                             QStringLiteral("cannot compress %1: zlib stream error — this is a "
                                            "bug in the exporter")
                                 .arg(QString::fromUtf8(m_entries.last().name)));
        }
        m_buffer.resize(used + kOutputChunk - qsizetype(z.avail_out));
        if (m_buffer.size() >= kOutputChunk) {
            m_entries.last().compressed += quint64(m_buffer.size());
            if (m_entries.last().compressed > kMaxSize)
                return tooLarge(QString::fromUtf8(m_entries.last().name));
            if (auto r = put(m_buffer); !r)
                return r;
            m_buffer.resize(0);
        }
    } while (z.avail_out == 0);
    return {};
}

Result<void> ZipWriter::write(const char* data, qsizetype size)
{
    if (!m_inEntry)
        return makeError(QStringLiteral("zip_misuse"),
                         QStringLiteral("cannot write to the archive: no entry is open — this is "
                                        "a bug in the exporter"));
    if (size <= 0)
        return {};
    Entry& e = m_entries.last();
    e.uncompressed += quint64(size);
    if (e.uncompressed > kMaxSize)
        return tooLarge(QString::fromUtf8(e.name));
    // crc32 and deflate take uInt lengths: feed at most 1 GiB at a time.
    constexpr qsizetype kStep = qsizetype(1) << 30;
    for (qsizetype done = 0; done < size; done += kStep) {
        const qsizetype n = qMin(kStep, size - done);
        e.crc = quint32(crc32(e.crc, reinterpret_cast<const Bytef*>(data + done), uInt(n)));
        if (auto r = deflateChunk(data + done, n); !r)
            return r;
    }
    return {};
}

Result<void> ZipWriter::endEntry()
{
    if (!m_inEntry)
        return makeError(QStringLiteral("zip_misuse"),
                         QStringLiteral("cannot close a ZIP entry: none is open — this is a bug "
                                        "in the exporter"));
    // Z_FINISH with no input until zlib says the stream ended.
    z_stream& z = m_deflater->stream;
    z.next_in = nullptr;
    z.avail_in = 0;
    for (;;) {
        const qsizetype used = m_buffer.size();
        m_buffer.resize(used + kOutputChunk);
        z.next_out = reinterpret_cast<Bytef*>(m_buffer.data() + used);
        z.avail_out = uInt(kOutputChunk);
        const int rc = deflate(&z, Z_FINISH);
        m_buffer.resize(used + kOutputChunk - qsizetype(z.avail_out));
        if (rc == Z_STREAM_END)
            break;
        if (rc != Z_OK && rc != Z_BUF_ERROR)
            return makeError(QStringLiteral("zip_deflate_failed"),
                             QStringLiteral("cannot finish compressing %1 (zlib %2)")
                                 .arg(QString::fromUtf8(m_entries.last().name))
                                 .arg(rc));
    }
    Entry& e = m_entries.last();
    e.compressed += quint64(m_buffer.size());
    if (e.compressed > kMaxSize)
        return tooLarge(QString::fromUtf8(e.name));
    if (auto r = put(m_buffer); !r)
        return r;
    m_buffer.clear();
    m_deflater.reset();
    m_inEntry = false;

    QByteArray d;
    le32(d, kDataDescriptorSignature);
    le32(d, e.crc);
    le32(d, quint32(e.compressed));
    le32(d, quint32(e.uncompressed));
    qCDebug(lcExport) << "zip entry" << e.name << e.uncompressed << "bytes ->" << e.compressed;
    return put(d);
}

Result<void> ZipWriter::finish()
{
    if (m_inEntry) {
        if (auto r = endEntry(); !r)
            return r;
    }
    if (m_finished)
        return makeError(QStringLiteral("zip_misuse"),
                         QStringLiteral("the archive is already finished — this is a bug in the "
                                        "exporter"));
    const quint64 directoryOffset = m_offset;
    QByteArray cd;
    for (const Entry& e : m_entries) {
        le32(cd, kCentralHeaderSignature);
        le16(cd, kVersionNeeded); // made by: MS-DOS / FAT attributes, 2.0
        le16(cd, kVersionNeeded);
        le16(cd, kFlags);
        le16(cd, kMethodDeflate);
        le16(cd, m_dosTime);
        le16(cd, m_dosDate);
        le32(cd, e.crc);
        le32(cd, quint32(e.compressed));
        le32(cd, quint32(e.uncompressed));
        le16(cd, quint16(e.name.size()));
        le16(cd, 0); // extra
        le16(cd, 0); // comment
        le16(cd, 0); // disk number start
        le16(cd, 0); // internal attributes
        le32(cd, 0); // external attributes
        le32(cd, quint32(e.offset));
        cd.append(e.name);
    }
    if (auto r = put(cd); !r)
        return r;
    QByteArray end;
    le32(end, kEndOfCentralDirectorySignature);
    le16(end, 0); // this disk
    le16(end, 0); // disk with the central directory
    le16(end, quint16(m_entries.size()));
    le16(end, quint16(m_entries.size()));
    le32(end, quint32(cd.size()));
    le32(end, quint32(directoryOffset));
    le16(end, 0); // comment length
    if (auto r = put(end); !r)
        return r;
    m_finished = true;
    return {};
}

} // namespace eol::core::exporting
