# Builds and runs examples/consumer the way a project uses mandat (MODE):
#  - find_package: installs mandat from the build tree into a staging prefix, then builds the
#    consumer against it with find_package(mandat CONFIG REQUIRED); the private headers of
#    src/ must not be installed;
#  - add_subdirectory: builds the consumer and mandat's library together
#    (tests/consumer_subdirectory/CMakeLists.txt);
#  - fetchcontent: the same through FetchContent, from this source tree, without network
#    (tests/consumer_fetchcontent/CMakeLists.txt);
#  - pkgconfig: installs as for find_package, then builds the consumer with a plain Makefile
#    that asks pkg-config (tests/consumer_pkgconfig/Makefile).
foreach(v MODE BUILD_DIR SOURCE_DIR WORK_DIR)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "${v} is not set")
  endif()
endforeach()
file(REMOVE_RECURSE "${WORK_DIR}")
if(MODE STREQUAL "find_package")
  execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${WORK_DIR}/prefix"
                  RESULT_VARIABLE rc OUTPUT_QUIET)
  if(rc)
    message(FATAL_ERROR "install failed: ${rc}")
  endif()
  foreach(private json_reader.hpp document_file.hpp detail compliance)
    if(EXISTS "${WORK_DIR}/prefix/include/mandat/${private}")
      message(FATAL_ERROR "a private header was installed: include/mandat/${private}")
    endif()
  endforeach()
  set(consumer_source "${SOURCE_DIR}/examples/consumer")
  set(consumer_args -DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix)
elseif(MODE STREQUAL "pkgconfig")
  # A plain Makefile asks pkg-config for the flags of the installed tree.
  execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${WORK_DIR}/prefix"
                  RESULT_VARIABLE rc OUTPUT_QUIET)
  if(rc)
    message(FATAL_ERROR "install failed: ${rc}")
  endif()
  file(GLOB pc_file "${WORK_DIR}/prefix/lib*/pkgconfig/mandat.pc" "${WORK_DIR}/prefix/lib/*/pkgconfig/mandat.pc")
  if(NOT pc_file)
    message(FATAL_ERROR "mandat.pc was not installed")
  endif()
  get_filename_component(pc_dir "${pc_file}" DIRECTORY)
  file(MAKE_DIRECTORY "${WORK_DIR}/build")
  execute_process(COMMAND "${CMAKE_COMMAND}" -E env "PKG_CONFIG_PATH=${pc_dir}"
                          "${MAKE}" -f "${SOURCE_DIR}/tests/consumer_pkgconfig/Makefile" -C "${WORK_DIR}/build"
                          "SOURCE=${SOURCE_DIR}/examples/consumer/main.cpp" "CXX=${CXX}" "PKG_CONFIG=${PKG_CONFIG}"
                  RESULT_VARIABLE rc)
  if(rc)
    message(FATAL_ERROR "building the consumer with make and pkg-config failed: ${rc}")
  endif()
  execute_process(COMMAND "${CMAKE_COMMAND}" -E env "PKG_CONFIG_PATH=${pc_dir}" "${PKG_CONFIG}" --modversion mandat
                  OUTPUT_VARIABLE pc_version OUTPUT_STRIP_TRAILING_WHITESPACE)
  file(STRINGS "${SOURCE_DIR}/include/mandat/version.hpp" version_line REGEX "inline constexpr const char\\* version")
  if(NOT version_line MATCHES "\"${pc_version}\"")
    message(FATAL_ERROR "pkg-config says version ${pc_version}, version.hpp says ${version_line}")
  endif()
  set(consumer_built ON)
elseif(MODE STREQUAL "fetchcontent")
  set(consumer_source "${SOURCE_DIR}/tests/consumer_fetchcontent")
  # The URL of the declaration is never fetched: FETCHCONTENT_SOURCE_DIR_MANDAT points at this tree.
  # FETCHCONTENT_BASE_DIR puts the library's binary folder at build/mandat-build, where the
  # add_subdirectory consumer has its own: the same compile commands, so a compiler cache serves both.
  set(consumer_args -DFETCHCONTENT_SOURCE_DIR_MANDAT=${SOURCE_DIR} -DFETCHCONTENT_FULLY_DISCONNECTED=ON
                    -DFETCHCONTENT_BASE_DIR=${WORK_DIR}/build
                    -DMANDAT_SOURCE_DIR=${SOURCE_DIR} -G Ninja -DCMAKE_BUILD_TYPE=Debug)
elseif(MODE STREQUAL "add_subdirectory")
  set(consumer_source "${SOURCE_DIR}/tests/consumer_subdirectory")
  # Unoptimised: this test proves that the build works, and -O0 compiles the library fastest.
  set(consumer_args -DMANDAT_SOURCE_DIR=${SOURCE_DIR} -G Ninja -DCMAKE_BUILD_TYPE=Debug)
else()
  message(FATAL_ERROR "unknown MODE ${MODE}")
endif()
if(NOT consumer_built)
  execute_process(COMMAND "${CMAKE_COMMAND}" -S "${consumer_source}" -B "${WORK_DIR}/build"
                          -DCMAKE_BUILD_TYPE=Release ${consumer_args}
                  RESULT_VARIABLE rc)
  if(rc)
    message(FATAL_ERROR "configuring the consumer failed: ${rc}")
  endif()
  execute_process(COMMAND "${CMAKE_COMMAND}" --build "${WORK_DIR}/build" --parallel 2 RESULT_VARIABLE rc)
  if(rc)
    message(FATAL_ERROR "building the consumer failed: ${rc}")
  endif()
endif()
execute_process(COMMAND "${WORK_DIR}/build/consumer" RESULT_VARIABLE rc OUTPUT_VARIABLE out)
message(STATUS "consumer said:\n${out}")
if(NOT rc EQUAL 0 OR NOT out MATCHES "2023: ks")
  message(FATAL_ERROR "the consumer failed: ${rc}")
endif()
