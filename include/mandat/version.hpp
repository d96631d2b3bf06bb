// mandat/version.hpp - the library version (CMake reads it from here).
#pragma once

#define MANDAT_VERSION_MAJOR 0
#define MANDAT_VERSION_MINOR 2
#define MANDAT_VERSION_PATCH 0

namespace mandat {
inline constexpr const char* version = "0.2.0";
}  // namespace mandat
