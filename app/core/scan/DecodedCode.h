#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QString>

namespace eol::core::scan {

/// One code found in a frame. `corners` are in the frame's pixel coordinates, clockwise from the
/// code's own top-left (top-left, top-right, bottom-right, bottom-left), whatever way it is turned.
struct DecodedCode
{
    QString text;     ///< the content as UTF-8 text (ECI / character set applied)
    QByteArray bytes; ///< the raw content bytes, no character set conversion
    QList<QPointF> corners;
    int orientation = 0; ///< degrees the code is turned in the frame (ZXing's convention)
    QString format;      ///< "QRCode" or "DataMatrix"
};

} // namespace eol::core::scan

Q_DECLARE_METATYPE(eol::core::scan::DecodedCode)
