#pragma once

namespace eol::drivers::sim {

/// The settings a modem's command interpreter keeps between commands; reset by every boot.
struct SimModemState
{
    bool echo = false;
    int cmee = 0;      ///< 0 plain ERROR, 1 numeric +CME ERROR, 2 text +CME ERROR
    int cfun = 1;      ///< functionality level (+CFUN)
    int ceregMode = 0; ///< +CEREG=<n> presentation mode
};

} // namespace eol::drivers::sim
