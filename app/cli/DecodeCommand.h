#pragma once

#include <QStringList>

namespace eol::cli {

/// `eol-station decode <image>... [--json]`: the station's own QR decode path on image files
/// (the same decoder as the camera). Exit 0 if every file had a code, 1 if some file had none,
/// 2 if a file could not be read or the usage was wrong.
class DecodeCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace eol::cli
