# cmake -DOUT=file -DINPUTS="a.js|b.js" -P bundle.cmake
# Joins the page's or the widget's JavaScript sources into one script: one closure in strict
# mode, so their top-level names stay private (the widget runs on other sites' pages).
string(REPLACE "|" ";" inputs "${INPUTS}")
set(text "// Generated from searchd/web/ by bundle.cmake: edit the sources, not this file.\n(function () {\n\"use strict\";\n")
foreach(input IN LISTS inputs)
  file(READ "${input}" body)
  get_filename_component(name "${input}" NAME)
  string(APPEND text "\n// ---- ${name} ----\n${body}")
endforeach()
string(APPEND text "})();\n")
file(WRITE "${OUT}" "${text}")
