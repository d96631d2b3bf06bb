# What the in-tree consumers (consumer_subdirectory, consumer_fetchcontent) check once they
# have taken mandat into their own build: only the library was built (tests, CLI and install
# rules default off when mandat is not the top-level project), and the example consumer links
# against mandat::mandat. `how` names the way in messages, e.g. "an add_subdirectory()".
function(mandat_check_consumer how)
  foreach(target mandat_cli mandat_cli_core mandat_tests)
    if(TARGET ${target})
      message(FATAL_ERROR "${target} was built for ${how} consumer")
    endif()
  endforeach()
  add_executable(consumer "${MANDAT_SOURCE_DIR}/examples/consumer/main.cpp")
  target_link_libraries(consumer PRIVATE mandat::mandat)
endfunction()
