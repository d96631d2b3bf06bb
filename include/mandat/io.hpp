// mandat/io.hpp - reading documents and writing outputs without losing data.
#pragma once

#include <string>

namespace mandat {

// The whole content of a file; throws io_error naming the path and the reason.
std::string read_file(const std::string& path);

// Writes `content` to `path` through a temporary file in the same folder and an atomic
// rename, so that an interrupted write never leaves a truncated file behind. Throws
// io_error naming the path and the reason.
void write_file_atomic(const std::string& path, const std::string& content);

}  // namespace mandat
