// The predicates validate() and lint() share (src/model/predicates.hpp): the same mandates,
// broken in one way each, go to both, and both must judge them alike. A broken mandate is
// refused by validate() with its error id, JSON pointer and message, and gets lint()'s finding;
// the mandate at the boundary next to it passes validate() and gets no such finding. Expected
// values are worked out by hand from the embedded mandate (data/trondelag-2022.mandate.json):
//   styringsgruppen (bodies 0): ks 1-2, tfk 1-2, sf 1-2, nfr 1, kdu 1; about 4 meetings a year
//   arbeidsutvalget (bodies 1): tfk 1-2, ks 1-2, sf 1-2, nfr 1; at most 8 meetings a year
//   rotation tfk, ks from 2022, leader of styringsgruppen, coordinator of arbeidsutvalget;
//   in force 2022-01-01 to 2025-12-31.
#include <catch2/catch.hpp>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "mandat/mandat.hpp"
#include "model/predicates.hpp"

namespace pred = mandat::detail;
using mandat::mandate;

namespace {

mandat::date D(const char* s) { return *mandat::parse_date(s); }

// How a broken mandate is judged: validate()'s error, and lint()'s finding.
struct verdict {
    const char* error_id;
    const char* pointer;
    const char* error_message;
    const char* message_id;
    const char* finding_message;
};

struct shared_case {
    const char* name;
    std::function<void(mandate&)> edit;
    std::function<bool(const mandate&)> predicate;  // true: the shared predicate fails (the mandate is broken)
    std::optional<verdict> broken;                  // worked out by hand; none for a sound mandate
};

std::vector<shared_case> cases() {
    auto quota = [](std::size_t b, std::size_t q) { return [b, q](const mandate& m) { return m.bodies[b].quotas[q]; }; };
    const auto inverted = [quota](std::size_t b, std::size_t q) {
        return [get = quota(b, q)](const mandate& m) { return pred::quota_inverted(get(m)); };
    };
    const auto no_seats = [quota](std::size_t b, std::size_t q) {
        return [get = quota(b, q)](const mandate& m) { return pred::quota_without_seats(get(m)); };
    };
    const auto meetings = [](const mandate& m) { return pred::meetings_target_above_maximum(*m.bodies[0].meetings); };
    const auto no_days = [](const mandate& m) { return !pred::period_has_days(m.validity.in_force); };
    const auto empty = [](const mandate& m) { return pred::rotation_empty(m.rotation); };
    const auto year = [](const mandate& m) { return !pred::rotation_year_supported(m.rotation); };
    const auto unknown_org = [](const mandate& m) { return !pred::mandate_ids(m).knows_organisation(m.rotation.order[1]); };
    const auto unknown_body = [](const mandate& m) { return !pred::mandate_ids(m).knows_body(m.rotation.roles[1].body_id); };
    return {
        {"sf needs 3 seats of arbeidsutvalget but may have 2", [](mandate& m) { m.bodies[1].quotas[2].min = 3; }, inverted(1, 2),
         verdict{"document.inconsistent", "/bodies/items/1/quotas/seats/2/min", "min (3) is greater than max (2)",
                 "lint.quota_infeasible.inverted",
                 "arbeidsutvalget: the quota of Statsforvalteren i Trøndelag needs at least 3 seats but allows at most 2."}},
        {"sf needs 2 seats of arbeidsutvalget and may have 2", [](mandate& m) { m.bodies[1].quotas[2].min = 2; }, inverted(1, 2),
         std::nullopt},
        {"kdu may have no seat of styringsgruppen",
         [](mandate& m) {
             m.bodies[0].quotas[4].min = 0;
             m.bodies[0].quotas[4].max = 0;
         },
         no_seats(0, 4),
         verdict{
             "document.invalid_value", "/bodies/items/0/quotas/seats/4/max",
             "a quota of at most 0 seats is no seat; leave it out", "lint.quota_infeasible.zero",
             "styringsgruppen: the quota of kommunedirektørutvalget i KS Trøndelag allows at most 0 seats, so it is no seat."}},
        {"kdu may have one seat of styringsgruppen, or none", [](mandate& m) { m.bodies[0].quotas[4].min = 0; }, no_seats(0, 4),
         std::nullopt},
        {"styringsgruppen expects 4 meetings and allows 3", [](mandate& m) { m.bodies[0].meetings->maximum = 3; }, meetings,
         verdict{"document.inconsistent", "/bodies/items/0/meetings/target", "the target (4) is above the maximum (3)",
                 "lint.meetings_target_above_max",
                 "styringsgruppen: the target of about 4 meetings a year is above the maximum of 3."}},
        {"styringsgruppen expects 4 meetings and allows 4", [](mandate& m) { m.bodies[0].meetings->maximum = 4; }, meetings,
         std::nullopt},
        {"the period ends before it starts",
         [](mandate& m) { m.validity.in_force = mandat::period(D("2026-01-01"), D("2022-01-01")); }, no_days,
         verdict{"document.inconsistent", "/validity", "the period in force needs a first and a last day, in that order",
                 "lint.period_invalid",
                 "The period in force (2026-01-01 to 2021-12-31) has no day: it needs a first and a last day, in that order."}},
        {"the period is one day", [](mandate& m) { m.validity.in_force = mandat::make_period(D("2022-01-01"), D("2022-01-01")); },
         no_days, std::nullopt},
        {"the rotation names no organisation", [](mandate& m) { m.rotation.order.clear(); }, empty,
         verdict{"document.invalid_value", "/rotation/order", "the rotation needs at least one organisation",
                 "lint.rotation_empty", "The rotation names no organisation, so no organisation leads in 2022."}},
        {"the rotation names ks alone", [](mandate& m) { m.rotation.order = {"ks"}; }, empty, std::nullopt},
        {"the rotation starts in year 0", [](mandate& m) { m.rotation.first_year = 0; }, year,
         verdict{"document.out_of_range", "/rotation/first_year", "0 is outside the allowed range 1400..9999",
                 "lint.year_unsupported", "The rotation starts in 0, outside the supported years 1400 to 9999."}},
        {"the rotation starts in 1400", [](mandate& m) { m.rotation.first_year = 1400; }, year, std::nullopt},
        {"the rotation names an organisation the mandate lacks", [](mandate& m) { m.rotation.order[1] = "fylket"; }, unknown_org,
         verdict{"document.unknown_reference", "/rotation/order/1", "unknown organisation \"fylket\"",
                 "lint.rotation_unknown_organisation",
                 "The rotation names \"fylket\", which is not an organisation of the mandate."}},
        {"the rotation names sf in place of ks", [](mandate& m) { m.rotation.order[1] = "sf"; }, unknown_org, std::nullopt},
        {"a role names a body the mandate lacks", [](mandate& m) { m.rotation.roles[1].body_id = "styret"; }, unknown_body,
         verdict{"document.unknown_reference", "/rotation/roles/1/body_id", "unknown body \"styret\"", "lint.role_unknown_body",
                 "The rotation gives a coordinator to \"styret\", a body the mandate does not set up."}},
        {"the coordinator's role is in styringsgruppen", [](mandate& m) { m.rotation.roles[1].body_id = "styringsgruppen"; },
         unknown_body, std::nullopt},
    };
}

}  // namespace

TEST_CASE("validate and lint judge the predicates they share alike, on the same broken mandates") {
    const std::set<std::string> shared_ids = {"lint.quota_infeasible.inverted",
                                              "lint.quota_infeasible.zero",
                                              "lint.meetings_target_above_max",
                                              "lint.period_invalid",
                                              "lint.rotation_empty",
                                              "lint.year_unsupported",
                                              "lint.rotation_unknown_organisation",
                                              "lint.role_unknown_body"};
    std::map<std::string, int> broken_per_id;
    for (const auto& c : cases()) {
        INFO(c.name);
        mandate m = mandat::trondelag_2022();
        c.edit(m);
        CHECK(c.predicate(m) == c.broken.has_value());

        std::string error_id, pointer, error_message;
        try {
            mandat::validate(m);
        } catch (const mandat::document_error& e) {
            error_id = e.id();
            pointer = e.pointer();
            error_message = e.what();
        }
        std::vector<std::string> lint_ids, lint_messages;
        for (const auto& f : mandat::lint(m))
            if (shared_ids.count(f.message_id)) {
                lint_ids.push_back(f.message_id);
                lint_messages.push_back(f.message);
            }

        if (!c.broken) {
            CHECK(error_id.empty());
            CHECK(lint_ids.empty());
            continue;
        }
        const verdict& v = *c.broken;
        CHECK(error_id == v.error_id);
        CHECK(pointer == v.pointer);
        CHECK(error_message == std::string("at ") + v.pointer + ": " + v.error_message);
        CHECK(lint_ids == std::vector<std::string>{v.message_id});
        CHECK(lint_messages == std::vector<std::string>{v.finding_message});
        ++broken_per_id[v.message_id];
    }
    // Every shared predicate is tested broken once.
    CHECK(broken_per_id.size() == shared_ids.size());
}
