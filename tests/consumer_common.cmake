# What the in-tree consumers (consumer_subdirectory, consumer_fetchcontent) check once they
# have taken mandat into their own build: only the library was built (tests, CLI and install
# rules default off when mandat is not the top-level project). `how` names the way in
# messages, e.g. "an add_subdirectory()". Each consumer then links as its docs show.
function(mandat_check_consumer how)
  foreach(target mandat_cli mandat_cli_core mandat_tests)
    if(TARGET ${target})
      message(FATAL_ERROR "${target} was built for ${how} consumer")
    endif()
  endforeach()
endfunction()
