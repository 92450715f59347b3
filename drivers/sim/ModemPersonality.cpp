#include "sim/ModemPersonality.h"

#include "sim/Bg96Personality.h"
#include "sim/Nrf91Personality.h"
#include "sim/SaraR4Personality.h"
#include "sim/Sim7080Personality.h"

namespace eol::drivers::sim {

std::unique_ptr<ModemPersonality> ModemPersonality::create(SimConfig::Personality personality)
{
    switch (personality) {
    case SimConfig::Personality::Nrf91:
        return std::make_unique<Nrf91Personality>();
    case SimConfig::Personality::Bg96:
        return std::make_unique<Bg96Personality>();
    case SimConfig::Personality::SaraR4:
        return std::make_unique<SaraR4Personality>();
    case SimConfig::Personality::Sim7080:
        return std::make_unique<Sim7080Personality>();
    }
    return std::make_unique<Nrf91Personality>();
}

} // namespace eol::drivers::sim
