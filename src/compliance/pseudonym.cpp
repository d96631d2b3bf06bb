// Stable pseudonyms for redacted reports (see mandat/compliance.hpp).
#include <cstdint>
#include <cstdio>

#include "mandat/compliance.hpp"

namespace mandat {

// FNV-1a over the id's bytes, 64 bits, then MurmurHash3's 64-bit finaliser (a bijection, so it
// adds no collision; it spreads ids that differ in one byte over all the digits). All 64 bits
// are shown: among a million ids the chance of any two sharing a pseudonym is about 3e-8
// (a 24-bit hash, as before 0.3, collides among a few thousand).
std::string pseudonym(const std::string& person_id) {
    std::uint64_t h = 0xcbf29ce484222325u;
    for (unsigned char c : person_id) {
        h ^= c;
        h *= 0x100000001b3u;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdu;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53u;
    h ^= h >> 33;
    char buf[24];
    std::snprintf(buf, sizeof buf, "P-%016llx", static_cast<unsigned long long>(h));
    return buf;
}

}  // namespace mandat
