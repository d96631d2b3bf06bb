// Reading roster documents (see mandat/roster.hpp and mandat/json.hpp; writing them is
// src/documents/roster_writer.cpp).
#include <istream>
#include <set>

#include "documents/document_file.hpp"
#include "documents/json_reader.hpp"
#include "mandat/io.hpp"
#include "mandat/json.hpp"
#include "mandat/roster.hpp"

namespace mandat {
namespace {

using detail::json;
using detail::node;
using detail::pointer_append;

// The members of `n` that are not in `known`, kept verbatim.
extra_members unknown_members(const node& n, std::initializer_list<const char*> known) {
    json extra = json::object();
    for (const auto& item : n.value().items()) {
        bool k = false;
        for (const char* name : known) k = k || item.key() == name;
        if (!k) extra[item.key()] = item.value();
    }
    return extra_members_from_json(std::move(extra));
}

std::optional<std::string> optional_string(const node& n, const char* key) {
    if (auto v = n.optional(key)) return v->as_string().empty() ? std::string() : v->as_name();
    return std::nullopt;
}

void check_unique_id(std::set<std::string>& seen, const node& id_node, const char* what) {
    const std::string id = id_node.as_id();
    if (!seen.insert(id).second)
        id_node.fail(errors::document_duplicate_id, std::string("the ") + what + " id \"" + id + "\" is used twice");
}

person read_person(const node& n, std::set<std::string>& ids) {
    if (!n.is_object()) n.wrong_type("an object");
    person p;
    check_unique_id(ids, n["id"], "person");
    p.id = n["id"].as_string();
    p.name = n["name"].as_name();
    p.email = optional_string(n, "email");
    p.gender = optional_string(n, "gender");
    p.employer = optional_string(n, "employer");
    p.extra = unknown_members(n, {"id", "name", "email", "gender", "employer"});
    return p;
}

appointment read_appointment(const node& n, std::set<std::string>& ids) {
    if (!n.is_object()) n.wrong_type("an object");
    appointment a;
    if (auto id = n.optional("id")) {
        check_unique_id(ids, *id, "membership");
        a.id = id->as_string();
    }
    a.person_id = n["person_id"].as_id();
    a.body_id = n["organization_id"].as_id();
    a.organisation_id = n["on_behalf_of_id"].as_id();
    const node r = n["role"];
    const std::string rs = r.as_string();
    auto parsed = parse_role(rs);
    if (!parsed)
        r.fail(errors::document_invalid_value,
               "\"" + rs + "\" is not a role (expected member, leader, coordinator or secretary)");
    a.role = *parsed;
    a.start_date = n["start_date"].as_date();
    if (auto e = n.optional("end_date")) {
        a.end_date = e->as_date();
        if (*a.end_date < a.start_date)
            e->fail(errors::document_inconsistent,
                    "the end date " + format_date(*a.end_date) + " is before the start date " + format_date(a.start_date));
    }
    a.extra = unknown_members(n, {"id", "person_id", "organization_id", "on_behalf_of_id", "role", "start_date", "end_date"});
    return a;
}

meeting read_meeting(const node& n, std::set<std::string>& ids) {
    if (!n.is_object()) n.wrong_type("an object");
    meeting m;
    if (auto id = n.optional("id")) {
        check_unique_id(ids, *id, "meeting");
        m.id = id->as_string();
    }
    m.body_id = n["organization_id"].as_id();
    m.on = n["date"].as_date();
    std::set<std::string> seen;
    if (auto att = n.optional("attendee_ids")) {
        att->for_each([&](const node& a, std::size_t) {
            const std::string id = a.as_id();
            if (!seen.insert(id).second) a.fail(errors::document_duplicate_id, "the attendee \"" + id + "\" is listed twice");
            m.attendee_ids.push_back(id);
        });
    }
    m.title = optional_string(n, "title");
    m.extra = unknown_members(n, {"id", "organization_id", "date", "attendee_ids", "title"});
    return m;
}

void check_format(const node& root) {
    const std::string format = root["format"].as_string();
    if (format != roster_format)
        root["format"].fail(errors::document_unsupported_format,
                            "unsupported format \"" + format + "\" (expected \"" + roster_format + "\")");
}

extra_members roster_extra(const node& root) { return unknown_members(root, {"format", "persons", "memberships", "meetings"}); }

// Reads a roster document in one pass without building its whole tree, which takes about six
// times the text: each element of "persons", "memberships" and "meetings" is built alone,
// converted by the reader above and dropped, so the peak is the roster (and the text, when the
// caller holds it: load_roster_file does not). What else the root holds (the format, unknown
// members, a list that is not an array) is built whole and judged as roster_from_json judges it.
// The errors are roster_from_json's, in its order: a fault of the text (strict_checker) at once,
// wherever it stands; then the members in the order format, persons, memberships, meetings,
// whatever their order in the text, so each list keeps its first error and raises it when its
// turn comes.
class roster_stream final : public nlohmann::json_sax<json> {
public:
    explicit roster_stream(const load_limits& limits) : checker_(limits) {}

    bool null() override {
        checker_.null();
        return value(nullptr);
    }
    bool boolean(bool v) override {
        checker_.boolean(v);
        return value(v);
    }
    bool number_integer(number_integer_t v) override {
        checker_.number_integer(v);
        return value(v);
    }
    bool number_unsigned(number_unsigned_t v) override {
        checker_.number_unsigned(v);
        return value(v);
    }
    bool number_float(number_float_t v, const string_t& text) override {
        checker_.number_float(v, text);
        return value(v);
    }
    bool string(string_t& v) override {
        checker_.string(v);
        return value(std::move(v));
    }
    bool binary(binary_t& v) override {  // JSON text holds none
        checker_.binary(v);
        return value(json::binary(std::move(v)));
    }
    bool start_object(std::size_t n) override {
        checker_.start_object(n);
        return open(true);
    }
    bool key(string_t& k) override {
        checker_.key(k);
        if (skip_ == 0) {
            if (builder_.active())
                builder_.key(std::move(k));
            else
                key_ = std::move(k);
        }
        return true;
    }
    bool end_object() override {
        checker_.end_object();
        return close();
    }
    bool start_array(std::size_t n) override {
        checker_.start_array(n);
        return open(false);
    }
    bool end_array() override {
        checker_.end_array();
        return close();
    }
    bool parse_error(std::size_t position, const std::string& token, const nlohmann::detail::exception& ex) override {
        return checker_.parse_error(position, token, ex);
    }

    roster finish() {
        if (!root_is_object_) node(root_, "").wrong_type("an object");
        const node root(root_, "");
        check_format(root);
        persons_.settle(root, true, [&](const node& n) { r_.persons.push_back(read_person(n, person_ids_)); });
        memberships_.settle(root, true, [&](const node& n) { r_.appointments.push_back(read_appointment(n, appointment_ids_)); });
        meetings_.settle(root, false, [&](const node& n) { r_.meetings.push_back(read_meeting(n, meeting_ids_)); });
        r_.extra = roster_extra(root);
        return std::move(r_);
    }

private:
    // One of the lists, read element by element when it is an array.
    struct record_list {
        const char* name;
        std::string pointer;
        bool streamed = false;  // an array, whose elements were read as they came
        std::size_t size = 0;
        std::optional<document_error> first_error;

        bool reading() const { return !first_error && size <= field_limits::record_items; }
        // Raises what the list holds against it, in roster_from_json's words.
        template <class Read>
        void settle(const node& root, bool required, Read read) const {
            if (streamed) {
                if (size > field_limits::record_items) detail::too_long_list(pointer, size, field_limits::record_items);
                if (first_error) throw *first_error;
                return;
            }
            const auto each = [&](const node& n, std::size_t) { read(n); };
            if (required)
                root[name].for_each(each, field_limits::record_items);  // missing, or not an array: its error
            else if (auto v = root.optional(name))
                v->for_each(each, field_limits::record_items);
        }
    };

    record_list* list_named(const std::string& key) {
        for (record_list* l : {&persons_, &memberships_, &meetings_})
            if (key == l->name) return l;
        return nullptr;
    }

    // A value (a scalar, or the start of an object or an array) at the current place.
    bool value(json v) {
        if (skip_ > 0) return true;
        if (builder_.active()) {
            builder_.add(std::move(v));
            return true;
        }
        if (depth_ == 0) {  // the root, not an object: only its type is wanted
            root_ = std::move(v);
            return true;
        }
        if (depth_ == 2 && !begin_element()) return true;
        builder_.add(std::move(v));
        done();
        return true;
    }
    bool open(bool object) {
        if (skip_ > 0) {
            ++skip_;
            return true;
        }
        if (!builder_.active()) {
            if (depth_ == 0) {
                root_is_object_ = object;
                if (object) {
                    depth_ = 1;
                } else {
                    root_ = json::array();  // only its type is wanted
                    skip_ = 1;
                }
                return true;
            }
            if (depth_ == 1 && !object && (current_ = list_named(key_)) != nullptr) {
                current_->streamed = true;
                depth_ = 2;
                return true;
            }
            if (depth_ == 2 && !begin_element()) {
                skip_ = 1;
                return true;
            }
        }
        builder_.start(object);
        return true;
    }
    bool close() {
        if (skip_ > 0) {
            --skip_;
        } else if (builder_.active()) {
            if (builder_.end()) done();
        } else {
            --depth_;  // the end of a list, or of the root
        }
        return true;
    }
    // Counts an element of the current list: false when it is not to be read (the list already
    // failed or is too long, so nothing of it will be kept).
    bool begin_element() {
        ++current_->size;
        return current_->reading();
    }
    // A value was completed: a member of the root, or an element of the current list.
    void done() {
        json v = builder_.take();
        if (depth_ == 1) {
            root_.emplace(key_, std::move(v));
            return;
        }
        const node n(v, pointer_append(current_->pointer, current_->size - 1));
        try {
            if (current_ == &persons_)
                r_.persons.push_back(read_person(n, person_ids_));
            else if (current_ == &memberships_)
                r_.appointments.push_back(read_appointment(n, appointment_ids_));
            else
                r_.meetings.push_back(read_meeting(n, meeting_ids_));
        } catch (const document_error& e) {
            current_->first_error = e;
        }
    }

    detail::strict_checker checker_;
    detail::value_builder builder_;
    std::size_t depth_ = 0;  // containers open outside builder_ and skip_: 1 in the root, 2 in a list
    std::size_t skip_ = 0;   // containers open in a value that is passed over
    bool root_is_object_ = false;
    json root_ = json::object();  // the root's members except the lists read as they came
    std::string key_;             // the root member being read
    record_list persons_{"persons", "/persons", false, 0, std::nullopt};
    record_list memberships_{"memberships", "/memberships", false, 0, std::nullopt};
    record_list meetings_{"meetings", "/meetings", false, 0, std::nullopt};
    record_list* current_ = nullptr;
    roster r_;
    std::set<std::string> person_ids_, appointment_ids_, meeting_ids_;
};

}  // namespace

roster roster_from_json(const json& document) {
    const node root(document, "");
    if (!root.is_object()) root.wrong_type("an object");
    check_format(root);
    roster r;
    std::set<std::string> person_ids, appointment_ids, meeting_ids;
    root["persons"].for_each([&](const node& n, std::size_t) { r.persons.push_back(read_person(n, person_ids)); },
                             field_limits::record_items);
    root["memberships"].for_each(
        [&](const node& n, std::size_t) { r.appointments.push_back(read_appointment(n, appointment_ids)); },
        field_limits::record_items);
    if (auto ms = root.optional("meetings"))
        ms->for_each([&](const node& n, std::size_t) { r.meetings.push_back(read_meeting(n, meeting_ids)); },
                     field_limits::record_items);
    r.extra = roster_extra(root);
    return r;
}

roster load_roster(std::string_view json_text, const load_limits& limits) {
    detail::check_document_text(json_text, limits);
    roster_stream reader(limits);
    json::sax_parse(json_text.begin(), json_text.end(), &reader);
    return reader.finish();
}

// The file is read as it streams, without its text in memory. When something unusual stops the
// stream (a NUL byte, a read error, a file that grew past the limit), it is read again as text,
// whose reading names each of them exactly as load_roster does.
roster load_roster_file(const std::string& path, const load_limits& limits) {
    {
        detail::document_file file(path, limits.max_bytes);
        std::istream in(&file);
        roster_stream reader(limits);
        try {
            json::sax_parse(in, &reader);
            if (!file.unusual()) return reader.finish();
        } catch (const document_error& e) {
            if (!file.unusual_anywhere()) throw document_error(e.id(), e.pointer(), e.detail() + " (in " + path + ")");
        }
    }
    return detail::load_document_file(path, limits, [&](std::string_view text) { return load_roster(text, limits); });
}

}  // namespace mandat
