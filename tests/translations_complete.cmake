# Every string the screens show has its English: runs lupdate over the sources into a copy of
# the translation file and fails when any message is new or unfinished there.
#   cmake -DLUPDATE=… -DTS=… -DSOURCES_LIST=… -DWORK=… -P translations_complete.cmake
file(MAKE_DIRECTORY ${WORK})
set(copy ${WORK}/briefing_en.ts)
configure_file(${TS} ${copy} COPYONLY)
execute_process(COMMAND ${LUPDATE} -silent -locations none -no-obsolete @${SOURCES_LIST} -ts ${copy}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(READ ${copy} text)
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation type=\"unfinished\"" missing "${text}")
list(LENGTH missing count)
if(count GREATER 0)
    string(REGEX REPLACE "[ \t\r\n]*<translation type=\"unfinished\"" "" names "${missing}")
    message(FATAL_ERROR "${count} on-screen strings lack their English in i18n/briefing_en.ts "
                        "(cmake --build build --target briefing_app_lupdate, then translate): ${names}")
endif()
message(STATUS "every on-screen string has its English")
