// mandat/io.hpp - reading documents and writing outputs without losing data.
#pragma once

#include <cstddef>
#include <string>

#include "mandat/limits.hpp"

namespace mandat {

// The whole content of a regular file of at most `max_bytes`; throws io_error naming the
// path and the reason. Devices, FIFOs and directories are refused (a document is a file;
// /dev/zero would never end).
std::string read_file(const std::string& path, std::size_t max_bytes = default_max_document_bytes);

// Writes `content` to `path` through a temporary file in the same folder and an atomic
// rename, so that an interrupted write never leaves a truncated file behind. Throws
// io_error naming the path and the reason.
void write_file_atomic(const std::string& path, const std::string& content);

}  // namespace mandat
