// Mandate.check_composition per call and Mandate.check_compositions per NumPy batch, both on
// composition_checker (mandat/batch.hpp), the library's one quota judgement.
#include "composition.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace mandat::python {

namespace {

using mandate_ptr = std::shared_ptr<mandate>;

// check_composition per call from Python. The general path converts the counts to a
// std::map, builds every Finding and converts the list; the usual call, a dict of str to int
// whose organisations the mandate knows, is answered without converting anything: one pass
// over the dict's items into the columns of a composition_checker kept per thread (for the
// last few bodies asked about), whose columns are the body's quota holders and then every
// other organisation of the mandate, with their ids kept as Python strings. The checker
// judges the counts (valid, for_each_breach); a valid composition gives an empty list there
// and then. A finding depends only on the body, the organisation, the count and the language,
// so each is built once by the same code as the general path (detail::quota_finding) and kept
// per thread (a few hundred at most; R5, R9); a call hands it to a Finding without copying it
// (the class holds its value by shared_ptr, and a Finding is immutable from Python, so a
// Finding still alive may be handed out again). Any doubt (another type, a negative or huge
// count, an organisation the mandate does not know, an unknown body or language) takes the
// general path, so the answers and errors are the same.
class composition_cache {
public:
    struct entry {
        std::weak_ptr<mandate> owner;  // keeps the control block, so a live owner is this mandate
        std::uint64_t serial = 0;      // names this filling of the entry in the cache of findings
        PyObject* body_id = nullptr;   // a strong reference
        // Columns: the body's quota holders in the mandate's order, then the organisations of
        // the mandate without a quota in the body, by id (the order of the general path's
        // std::map); `orgs` holds the same ids as Python strings (strong references, interned).
        std::optional<composition_checker> checker;
        std::vector<PyObject*> orgs;
    };

    // The checker of `body_id` in `m`, or nullptr when the body is unknown (the general path
    // then raises the error).
    const entry* find(const mandate_ptr& m, PyObject* body_id) {
        for (auto& e : entries_)
            if (e.body_id && same_owner(e.owner, m) && (e.body_id == body_id || PyUnicode_Compare(e.body_id, body_id) == 0))
                return &e;
        if (PyErr_Occurred()) PyErr_Clear();
        Py_ssize_t size = 0;
        const char* utf8 = PyUnicode_AsUTF8AndSize(body_id, &size);
        if (!utf8) {
            PyErr_Clear();
            return nullptr;
        }
        const body* b = m->find_body(std::string(utf8, static_cast<std::size_t>(size)));
        if (!b) return nullptr;
        return &fill(m, *b);
    }

    // The finding for `n` representatives in column `org` of `e` in `lang`, built once (R5, R9).
    std::shared_ptr<finding> finding_for(const entry& e, std::size_t org, long long n, mandat::language lang) {
        const finding_key key{e.serial, org, n, lang};
        if (auto it = findings_.find(key); it != findings_.end()) return it->second;
        auto made = e.checker->finding_of(e.checker->organisations()[org], n, lang);
        if (!made) return nullptr;
        if (findings_.size() >= max_findings) findings_.clear();  // a caller keeps what it holds
        return findings_.emplace(key, std::make_shared<finding>(std::move(*made))).first->second;
    }

private:
    struct finding_key {
        std::uint64_t serial = 0;  // of the entry it was built for
        std::size_t org = 0;
        long long count = 0;
        mandat::language lang = mandat::language::en;
        bool operator==(const finding_key& o) const noexcept {
            return serial == o.serial && org == o.org && count == o.count && lang == o.lang;
        }
    };
    struct finding_key_hash {
        std::size_t operator()(const finding_key& k) const noexcept {
            std::size_t h = std::hash<std::uint64_t>()(k.serial);
            for (std::size_t v : {k.org, static_cast<std::size_t>(k.count), static_cast<std::size_t>(k.lang)})
                h = h * 1000003U ^ std::hash<std::size_t>()(v);
            return h;
        }
    };
    // Enough for every count a person asks about in practice (a few per organisation, body and
    // language); past it the cache starts again, so its size stays bounded.
    static constexpr std::size_t max_findings = 256;

    // Everything is made before an entry is touched, so that a failure leaves the cache as it
    // was. The body id kept is an interned str of its own (a str subclass could run code when
    // released).
    entry& fill(const mandate_ptr& m, const body& b) {
        std::vector<std::string> ids;
        for (const auto& q : b.quotas) ids.push_back(q.organisation_id);
        std::vector<std::string> without;
        for (const auto& o : m->organisations)
            if (!b.quota_for(o.id)) without.push_back(o.id);
        std::sort(without.begin(), without.end());
        ids.insert(ids.end(), std::make_move_iterator(without.begin()), std::make_move_iterator(without.end()));
        composition_checker checker(*m, b.id, std::move(ids));
        py::object key = interned(b.id);
        std::vector<py::object> orgs;
        orgs.reserve(checker.organisations().size());
        for (const std::string& id : checker.organisations()) orgs.push_back(interned(id));
        entry& e = entries_[next_++ % entries_.size()];
        clear(e);
        e.owner = m;
        e.serial = ++serial_;
        e.body_id = key.release().ptr();
        e.checker.emplace(std::move(checker));
        for (auto& o : orgs) e.orgs.push_back(o.release().ptr());
        return e;
    }

    static py::object interned(const std::string& text) {
        PyObject* s = PyUnicode_FromStringAndSize(text.data(), static_cast<Py_ssize_t>(text.size()));
        if (!s) throw py::error_already_set();
        PyUnicode_InternInPlace(&s);
        return py::reinterpret_steal<py::object>(s);
    }
    static bool same_owner(const std::weak_ptr<mandate>& w, const mandate_ptr& m) {
        return !w.owner_before(m) && !m.owner_before(w) && !w.expired();
    }
    void clear(entry& e) {
        for (auto it = findings_.begin(); it != findings_.end();)
            it = it->first.serial == e.serial ? findings_.erase(it) : std::next(it);
        e.serial = 0;
        Py_XDECREF(e.body_id);
        e.body_id = nullptr;
        for (PyObject* o : e.orgs) Py_DECREF(o);
        e.orgs.clear();
        e.checker.reset();
        e.owner.reset();
    }
    std::array<entry, 4> entries_{};
    std::size_t next_ = 0;
    std::uint64_t serial_ = 0;
    std::unordered_map<finding_key, std::shared_ptr<finding>, finding_key_hash> findings_;
};

constexpr std::size_t small_body = 64;  // organisations per body the per-call path takes; more go the general way
using counts_t = std::array<std::int64_t, small_body>;

// Reads the head counts of the dict into `count`, one per column of `e` (the first
// e.orgs.size(), set to 0 beforehand); false when the general path must decide (a key or value
// of another type, a negative or huge count, a count for an organisation the mandate does not
// know).
bool read_counts(const composition_cache::entry& e, PyObject* dict, counts_t& count) noexcept {
    const std::size_t n = e.orgs.size();
    Py_ssize_t pos = 0;
    PyObject* key = nullptr;
    PyObject* value = nullptr;
    while (PyDict_Next(dict, &pos, &key, &value)) {
        if (!PyUnicode_CheckExact(key) || !PyLong_CheckExact(value)) return false;
        int overflow = 0;
        const long long v = PyLong_AsLongLongAndOverflow(value, &overflow);
        if (overflow || v < 0) return false;
        if (v == 0) continue;  // an organisation left at 0 is as if left out
        std::size_t i = 0;
        while (i < n && e.orgs[i] != key) ++i;
        if (i == n) {
            i = 0;
            while (i < n && PyUnicode_Compare(e.orgs[i], key) != 0) ++i;
            if (PyErr_Occurred()) {
                PyErr_Clear();
                return false;
            }
        }
        if (i == n) return false;  // not an organisation of the mandate: the general path words it
        count[i] = v;
    }
    return true;
}

// The language of a call, or nullopt when the general path must decide (it raises the error).
std::optional<mandat::language> known_lang(PyObject* lang) {
    if (!PyUnicode_Check(lang)) return std::nullopt;
    if (PyUnicode_CompareWithASCIIString(lang, "en") == 0) return mandat::language::en;
    if (PyUnicode_CompareWithASCIIString(lang, "nb") == 0) return mandat::language::nb;
    return std::nullopt;
}

// The findings of the counts read for `e` (composition_checker::for_each_breach), at least
// one, as a new list; nullptr (with no Python error set) when the general path must decide.
PyObject* findings_list(composition_cache& cache, const composition_cache::entry& e, const counts_t& count,
                        mandat::language lang) {
    // Every finding is taken out of the cache before a Python object is made: making one may
    // run a collection, and a finaliser may call check_composition and change the cache.
    constexpr std::size_t few = 8;  // findings of a call kept without allocating
    std::array<std::shared_ptr<finding>, few> first;
    std::vector<std::shared_ptr<finding>> more;
    std::size_t k = 0;
    bool general = false;
    try {
        e.checker->for_each_breach(count.data(), [&](const std::string&, std::int64_t n, std::size_t column) {
            auto f = column == composition_checker::npos ? nullptr : cache.finding_for(e, column, n, lang);
            if (!f) {
                general = true;  // never for these columns (every quota holder is one); kept honest
                return;
            }
            if (k < few)
                first[k] = std::move(f);
            else
                more.push_back(std::move(f));
            ++k;
        });
    } catch (...) {
        PyErr_Clear();
        return nullptr;
    }
    if (general) return nullptr;
    PyObject* list = PyList_New(static_cast<Py_ssize_t>(k));
    if (!list) {
        PyErr_Clear();
        return nullptr;
    }
    try {
        // A new Finding shares the cached value (the class's holder is a shared_ptr; a Finding
        // is immutable from Python): nothing is copied.
        for (std::size_t i = 0; i < k; ++i)
            PyList_SET_ITEM(list, static_cast<Py_ssize_t>(i), py::cast(i < few ? first[i] : more[i - few]).release().ptr());
    } catch (...) {
        Py_DECREF(list);
        PyErr_Clear();
        return nullptr;
    }
    return list;
}

// check_composition(body_id, counts, lang) answered from the cache: a new list of findings,
// the same the general path gives, or nullptr (with no Python error set) when the general path
// must decide.
PyObject* quick_answer(const mandate_ptr& m, PyObject* body_id, PyObject* counts, mandat::language lang) {
    if (!m || !PyUnicode_Check(body_id) || !PyDict_CheckExact(counts)) return nullptr;
    thread_local composition_cache cache;
    const composition_cache::entry* e = nullptr;
    try {
        e = cache.find(m, body_id);
    } catch (...) {
        PyErr_Clear();
        return nullptr;
    }
    if (!e || e->orgs.size() > small_body) return nullptr;
    counts_t count;  // only the first orgs.size() are used
    std::fill_n(count.begin(), e->orgs.size(), 0);
    if (!read_counts(*e, counts, count)) return nullptr;
    if (e->checker->valid(count.data())) return PyList_New(0);  // within every quota
    return findings_list(cache, *e, count, lang);
}

// Mandate.check_composition as Python calls it: a plain CPython method (vectorcall) in front of
// the pybind11 function, which costs more per call than the check itself. The usual call,
// check_composition(body_id, counts[, lang]) with positional arguments on a Mandate, is answered
// here (quick_answer); every other call (keywords, other types, anything quick_answer leaves to
// the general path) is passed to the pybind11 function as it came, so that its signature,
// answers and errors are unchanged.
PyTypeObject* mandate_type = nullptr;
PyObject* general_check_composition = nullptr;  // the pybind11 function; lives as long as the module

PyObject* fast_check_composition(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    if (kwnames == nullptr && (nargs == 2 || nargs == 3) && Py_TYPE(self) == mandate_type) {
        const auto lang = nargs == 3 ? known_lang(args[2]) : std::optional<mandat::language>(mandat::language::en);
        auto v_h = reinterpret_cast<py::detail::instance*>(self)->get_value_and_holder(nullptr, false);
        if (lang && v_h && v_h.holder_constructed())
            if (PyObject* answer = quick_answer(v_h.holder<mandate_ptr>(), args[0], args[1], *lang)) return answer;
    }
    const Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    std::vector<PyObject*> all(static_cast<std::size_t>(1 + nargs + nkw));
    all[0] = self;
    for (Py_ssize_t i = 0; i < nargs + nkw; ++i) all[static_cast<std::size_t>(1 + i)] = args[i];
    return PyObject_Vectorcall(general_check_composition, all.data(), static_cast<std::size_t>(1 + nargs), kwnames);
}

}  // namespace

py::typing::List<finding> check_composition(const mandate_ptr& m, const py::str& body_id, const counts_arg& counts,
                                            const py::str& lang) {
    if (!m) throw py::type_error("check_composition needs a Mandate");
    if (const auto l = known_lang(lang.ptr()))
        if (PyObject* answer = quick_answer(m, body_id.ptr(), counts.value.ptr(), *l))
            return py::reinterpret_steal<py::typing::List<finding>>(answer);
    const auto map = counts.value.cast<std::map<std::string, long long>>();
    auto findings = m->check_composition(body_id.cast<std::string>(), map, parse_lang(lang.cast<std::string>()));
    return py::reinterpret_steal<py::typing::List<finding>>(py::cast(std::move(findings)).release());
}

void install_fast_check_composition(py::class_<mandate, mandate_ptr>& cls) {
    static std::string doc;
    static PyMethodDef def{"check_composition", nullptr, METH_FASTCALL | METH_KEYWORDS, nullptr};
    general_check_composition = py::getattr(cls, "check_composition").release().ptr();
    doc = py::str(py::getattr(cls, "check_composition").attr("__doc__")).cast<std::string>();
    def.ml_meth = reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(&fast_check_composition));
    def.ml_doc = doc.c_str();
    mandate_type = reinterpret_cast<PyTypeObject*>(cls.ptr());
    PyObject* descr = PyDescr_NewMethod(mandate_type, &def);
    if (!descr) throw py::error_already_set();
    py::setattr(cls, "check_composition", py::reinterpret_steal<py::object>(descr));
}
py::array_t<bool> check_batch(const mandate& m, const std::string& body_id, const py::array& counts,
                              const std::vector<std::string>& organisations) {
    const composition_checker checker(m, body_id, organisations);
    const char kind = counts.dtype().kind();
    if (kind != 'i' && kind != 'u' && kind != 'b')
        throw py::type_error("counts must be an integer array, got dtype " + std::string(py::str(counts.dtype())));
    if (counts.ndim() != 2)
        throw query_error(errors::query_invalid_shape,
                          "counts must be 2-dimensional (rows = scenarios, columns = organisations), got " +
                              std::to_string(counts.ndim()) + " dimensions");
    if (static_cast<std::size_t>(counts.shape(1)) != organisations.size())
        throw query_error(errors::query_invalid_shape, "counts has " + std::to_string(counts.shape(1)) + " columns but " +
                                                           std::to_string(organisations.size()) + " organisations are named");
    auto data = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>::ensure(counts);
    if (!data) throw py::error_already_set();
    if (kind == 'u' && counts.dtype().itemsize() == 8) {
        // uint64 above the int64 range would wrap to negative: refuse it by name, not by accident.
        auto u = py::array_t<std::uint64_t, py::array::c_style>::ensure(counts);
        const auto* p = u.data();
        for (py::ssize_t i = 0; i < u.size(); ++i)
            if (p[i] > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
                throw query_error(errors::query_out_of_range, "a count is larger than 2^63-1");
    }
    const auto rows = static_cast<std::size_t>(data.shape(0));
    py::array_t<bool> out(static_cast<py::ssize_t>(rows));
    std::size_t negative = composition_checker::npos;
    {
        py::gil_scoped_release release;
        negative = checker.check(data.data(), rows, organisations.size(), reinterpret_cast<std::uint8_t*>(out.mutable_data()));
    }
    if (negative != composition_checker::npos)
        throw query_error(errors::query_negative_count, "row " + std::to_string(negative) + " has a negative count");
    return out;
}

}  // namespace mandat::python
