// The members a document carries beyond the known ones (mandat/extra.hpp), and their JSON form
// (mandat/json.hpp).
#include "mandat/extra.hpp"

#include <stdexcept>
#include <string>
#include <utility>

#include "mandat/json.hpp"

namespace mandat {

namespace detail {

struct extra_data {
    nlohmann::json value;  // an object with at least one member
};

struct extra_access {
    static const extra_data* data(const extra_members& x) noexcept { return x.data_.get(); }
    static extra_members make(nlohmann::json&& object) {
        extra_members x;
        if (!object.empty()) x.data_ = std::make_unique<extra_data>(extra_data{std::move(object)});
        return x;
    }
};

}  // namespace detail

extra_members::extra_members() noexcept = default;
extra_members::extra_members(const extra_members& other)
    : data_(other.data_ ? std::make_unique<detail::extra_data>(*other.data_) : nullptr) {}
extra_members::extra_members(extra_members&& other) noexcept = default;
extra_members& extra_members::operator=(const extra_members& other) {
    if (this != &other) data_ = other.data_ ? std::make_unique<detail::extra_data>(*other.data_) : nullptr;
    return *this;
}
extra_members& extra_members::operator=(extra_members&& other) noexcept = default;
extra_members::~extra_members() = default;

bool extra_members::empty() const noexcept { return !data_; }

std::size_t extra_members::size() const noexcept { return data_ ? data_->value.size() : 0; }

bool extra_members::contains(std::string_view name) const {
    return data_ && data_->value.find(std::string(name)) != data_->value.end();
}

bool operator==(const extra_members& a, const extra_members& b) noexcept {
    if (!a.data_ || !b.data_) return !a.data_ && !b.data_;
    return a.data_->value == b.data_->value;
}

const nlohmann::json& to_json(const extra_members& x) {
    static const nlohmann::json none = nlohmann::json::object();
    const detail::extra_data* d = detail::extra_access::data(x);
    return d ? d->value : none;
}

extra_members extra_members_from_json(nlohmann::json members) {
    if (!members.is_object()) throw std::invalid_argument("extra members must be a JSON object");
    return detail::extra_access::make(std::move(members));
}

}  // namespace mandat
