// mandat/mandat.hpp - the whole library.
#pragma once

#include "mandat/batch.hpp"
#include "mandat/body.hpp"
#include "mandat/clause.hpp"
#include "mandat/compliance.hpp"
#include "mandat/date.hpp"
#include "mandat/document.hpp"
#include "mandat/error.hpp"
#include "mandat/finding.hpp"
#include "mandat/io.hpp"
#include "mandat/mandate.hpp"
#include "mandat/organisation.hpp"
#include "mandat/roster.hpp"
#include "mandat/rotation.hpp"
#include "mandat/trondelag.hpp"
#include "mandat/validity.hpp"
#include "mandat/version.hpp"
