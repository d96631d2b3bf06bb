// mandat/extra.hpp - the members a document carries beyond the known ones, kept as read.
//
// A roster's records (person, appointment, meeting, roster) keep the members of their JSON
// object that the format does not define, so that writing the document gives them back with
// the same values. extra_members holds them without exposing how: a value (copy, move,
// equality) whose JSON form is reached through mandat/json.hpp (to_json(const extra_members&),
// extra_members_from_json), so that the value headers need no JSON library. Default
// constructed, it is empty and allocates nothing.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

namespace mandat {

namespace detail {
struct extra_data;    // the members as a JSON object; defined in the library only
struct extra_access;  // how the library reaches it
}  // namespace detail

class extra_members {
public:
    extra_members() noexcept;
    extra_members(const extra_members& other);
    extra_members(extra_members&& other) noexcept;
    extra_members& operator=(const extra_members& other);
    extra_members& operator=(extra_members&& other) noexcept;
    ~extra_members();

    // No member kept.
    bool empty() const noexcept;
    // The number of members kept.
    std::size_t size() const noexcept;
    // True when a member of that name is kept.
    bool contains(std::string_view name) const;

    // The same members with the same values (as JSON compares them).
    friend bool operator==(const extra_members& a, const extra_members& b) noexcept;
    friend bool operator!=(const extra_members& a, const extra_members& b) noexcept { return !(a == b); }

private:
    std::unique_ptr<detail::extra_data> data_;  // null: empty
    friend struct detail::extra_access;
};

}  // namespace mandat
