# Builds a small demo and runs every benchmark once on it; fails if a benchmark fails or prints
# no metrics.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CLI}" demo "${WORK}/small.caiji" --scale small RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "caiji-cli demo failed: ${rc}")
endif()
execute_process(COMMAND "${BENCH}" grid "${WORK}/small.caiji" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}")
if(NOT rc EQUAL 0 OR NOT out MATCHES "grid.paste\"")
    message(FATAL_ERROR "caiji-bench grid failed (${rc}): ${err}")
endif()
