# One way to register a test: add_caiji_test(tst_name SOURCES a.cpp LIBS caiji_core)
# Tests run offscreen with a fixed UTF-8 locale; fixtures come from CAIJI_TEST_DATA_DIR.
function(add_caiji_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test caiji_testsupport ${T_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false;CAIJI_XLS_HELPER=$<TARGET_FILE:caiji-xls>")
endfunction()
