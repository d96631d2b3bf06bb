// Files and folders in tests of the writers: write a file, read one back, and take a snapshot
// of a folder to compare before and after.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace mandat::testing {

inline std::string bytes_of(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void put(const std::filesystem::path& p, const std::string& content) {
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
}

// Everything below `dir`, links not followed: relative path -> "link to X", "folder" or the bytes.
inline std::map<std::string, std::string> snapshot(const std::filesystem::path& dir) {
    namespace fs = std::filesystem;
    std::map<std::string, std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        const std::string rel = e.path().lexically_relative(dir).generic_string();
        if (e.is_symlink())
            out[rel] = "link to " + fs::read_symlink(e.path()).string();
        else if (e.is_directory())
            out[rel] = "folder";
        else
            out[rel] = bytes_of(e.path());
    }
    return out;
}

}  // namespace mandat::testing
