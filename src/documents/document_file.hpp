// A document file read in chunks as a stream (private to the library's sources), for readers
// that do not hold the whole text (load_roster_file).
#pragma once

#include <cstddef>
#include <cstdio>
#include <streambuf>
#include <string>

namespace mandat::detail {

// Refuses what read_file refuses (io_error naming the path): a missing file, a directory, what
// is not a regular file, a file over `max_bytes`.
void check_document_file(const std::string& path, std::size_t max_bytes);

// The bytes of a document file, a chunk at a time. What a stream would hide is noted, not
// passed on: a NUL byte (a JSON parser takes it for the end of the text), a read error and
// bytes past `max_bytes` (the file grew after it was checked) end the stream with
// unusual() true; a reader then reads the file as text, whose reading names each of them.
class document_file final : public std::streambuf {
public:
    // Throws io_error as read_file does.
    document_file(const std::string& path, std::size_t max_bytes);
    ~document_file() override;
    document_file(const document_file&) = delete;
    document_file& operator=(const document_file&) = delete;

    // A NUL byte, a read error or too many bytes in what was read so far.
    bool unusual() const noexcept { return unusual_; }
    // Reads the rest of the file: a NUL byte, a read error or too many bytes anywhere.
    bool unusual_anywhere();

protected:
    int_type underflow() override;

private:
    std::FILE* file_ = nullptr;
    std::size_t max_bytes_;
    std::size_t read_ = 0;
    bool unusual_ = false;
    char buffer_[std::size_t{1} << 16];
};

}  // namespace mandat::detail
