// Stable pseudonyms for redacted reports (see mandat/compliance.hpp).
#include <cstdint>
#include <cstdio>

#include "mandat/compliance.hpp"

namespace mandat {

std::string pseudonym(const std::string& person_id) {
    std::uint32_t h = 2166136261u;  // FNV-1a, 32 bits
    for (unsigned char c : person_id) {
        h ^= c;
        h *= 16777619u;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "P-%06x", static_cast<unsigned>(h & 0xffffffu));
    return buf;
}

}  // namespace mandat
