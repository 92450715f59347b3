#include "cli/DecodeCommand.h"

#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "cli/SubcommandParser.h"
#include "imaging/DecodableFrame.h"
#include "scan/QrDecoder.h"

#include <QCommandLineParser>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eol::cli {

namespace {

QJsonArray cornersJson(const QList<QPointF>& corners)
{
    QJsonArray array;
    for (const QPointF& p : corners)
        array.append(QJsonArray{p.x(), p.y()});
    return array;
}

/// Loads and decodes one file; an Error means the file could not be read as an image.
Result<QList<core::scan::DecodedCode>> decodeFile(const QString& file,
                                                  const core::scan::QrDecoder& decoder)
{
    QImageReader reader(file);
    reader.setAutoTransform(true); // photos: honour the EXIF orientation, as viewers do
    const QImage image = reader.read();
    if (image.isNull())
        return makeError(
            QStringLiteral("image_unreadable"),
            QStringLiteral("cannot read %1 as an image: %2").arg(file, reader.errorString()));
    auto frame = imaging::DecodableFrame::fromImage(image);
    if (!frame)
        return makeError(frame.error().code,
                         QStringLiteral("%1: %2").arg(file, frame.error().message));
    return decoder.decode(frame->view());
}

} // namespace

int DecodeCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Decode QR codes in image files: eol-station decode <image>... [--json]"));
    parser.addHelpOption();
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Machine-readable output."));
    const QCommandLineOption dataMatrixOpt(QStringLiteral("data-matrix"),
                                           QStringLiteral("Also read Data Matrix codes."));
    parser.addOption(jsonOpt);
    parser.addOption(dataMatrixOpt);
    parser.addPositionalArgument(QStringLiteral("image"), QStringLiteral("PNG, JPEG, ... files."),
                                 QStringLiteral("<image>..."));
    if (const auto done = SubcommandParser::parse(parser, arguments))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        Console::error(QStringLiteral("usage: eol-station decode <image>... [--json]"));
        return kExitError;
    }
    const bool json = parser.isSet(jsonOpt);
    core::scan::QrDecoder::Options options;
    options.dataMatrix = parser.isSet(dataMatrixOpt);
    const core::scan::QrDecoder decoder(options);

    bool unreadable = false;
    bool missing = false;
    QJsonArray results;
    for (const QString& file : files) {
        const auto codes = decodeFile(file, decoder);
        QJsonObject entry{{QStringLiteral("file"), file}};
        QJsonArray codesJson;
        if (!codes) {
            unreadable = true;
            entry.insert(QStringLiteral("error"), codes.error().message);
            if (!json)
                Console::error(codes.error().message);
        } else {
            entry.insert(QStringLiteral("error"), QJsonValue::Null);
            if (codes->isEmpty()) {
                missing = true;
                if (!json)
                    Console::line(QStringLiteral("%1: no code found").arg(file));
            }
            for (const auto& code : codes.value()) {
                codesJson.append(
                    QJsonObject{{QStringLiteral("text"), code.text},
                                {QStringLiteral("format"), code.format},
                                {QStringLiteral("corners"), cornersJson(code.corners)}});
                if (!json)
                    Console::line(QStringLiteral("%1: %2").arg(file, code.text));
            }
        }
        entry.insert(QStringLiteral("codes"), codesJson);
        results.append(entry);
    }
    if (json)
        Console::out(QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented)));
    if (unreadable)
        return kExitError;
    return missing ? kExitFail : kExitOk;
}

} // namespace eol::cli
