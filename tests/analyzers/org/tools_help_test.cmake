# Checks the command lines of izdeu-org-train and izdeu-org-report (run by ctest as org_tools_help):
# --help prints the usage, exits 0 and writes nothing (izdeu-org-train used to train and overwrite
# the model file it was pointed at); an unknown option, a missing or a bad value exit 2 with a
# message naming the problem, again without writing anything.
#
#   cmake -DTRAIN=... -DREPORT=... -DSCRATCH=dir -P tools_help_test.cmake
cmake_minimum_required(VERSION 3.16)

# A scratch tree with a sentinel where the trainer writes by default (relative to its working
# directory), so that a run that trains, or even opens its output, is seen.
file(REMOVE_RECURSE "${SCRATCH}")
file(MAKE_DIRECTORY "${SCRATCH}/analyzers/org/data")
set(model "${SCRATCH}/analyzers/org/data/org_model.tsv")
file(WRITE "${model}" "sentinel\n")

function(run expect_rc expect_text)
  execute_process(COMMAND ${ARGN} WORKING_DIRECTORY "${SCRATCH}" RESULT_VARIABLE rc
                  OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc STREQUAL "${expect_rc}")
    message(FATAL_ERROR "${ARGN}: exit ${rc}, expected ${expect_rc}\nstdout: ${out}\nstderr: ${err}")
  endif()
  string(FIND "${out}${err}" "${expect_text}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${ARGN}: output lacks '${expect_text}'\nstdout: ${out}\nstderr: ${err}")
  endif()
  file(READ "${model}" now)
  if(NOT now STREQUAL "sentinel\n")
    message(FATAL_ERROR "${ARGN}: the default model file was overwritten")
  endif()
  if(EXISTS "${SCRATCH}/other.tsv")
    message(FATAL_ERROR "${ARGN}: wrote ${SCRATCH}/other.tsv")
  endif()
endfunction()

run(0 "--scorer-out" "${TRAIN}" --help)
run(0 "--epochs" "${TRAIN}" -h)
run(0 "--scorer-out" "${TRAIN}" --scorer-out "${SCRATCH}/other.tsv" --help)
run(0 "--scorer-out" "${TRAIN}" --out "${SCRATCH}/other.tsv" --help)
run(2 "--bogus" "${TRAIN}" --bogus)
run(2 "--bogus" "${TRAIN}" --out "${SCRATCH}/other.tsv" --bogus 1)
run(2 "--epochs" "${TRAIN}" --out "${SCRATCH}/other.tsv" --epochs)
run(2 "--epochs" "${TRAIN}" --out "${SCRATCH}/other.tsv" --epochs three)
run(2 "--epochs" "${TRAIN}" --out "${SCRATCH}/other.tsv" --epochs 0)

run(0 "--top" "${REPORT}" --help)
run(2 "--bogus" "${REPORT}" --bogus corpus)
run(2 "--top" "${REPORT}" --top many corpus)
run(2 "input" "${REPORT}")
