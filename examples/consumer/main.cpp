// Who leads the Trøndelag partnership in 2023, and is a steering group of six valid?
#include <mandat/mandat.hpp>

#include <iostream>

int main() {
    const mandat::mandate& m = mandat::trondelag_2022();
    std::cout << "2023: " << m.leading_organisation(2023).value_or("none") << "\n";
    const auto findings = m.check_composition("styringsgruppen", {{"ks", 2}, {"tfk", 1}, {"sf", 1}, {"nfr", 1}, {"kdu", 1}});
    std::cout << "findings: " << findings.size() << "\n";
    return findings.empty() && m.leading_organisation(2023) == std::string("ks") ? 0 : 1;
}
