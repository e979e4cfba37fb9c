@echo off
rem gatelint launcher for Windows: builds the command-line jar on first use, then runs it with the
rem JVM options of cli\jvm.options and the class-data sharing archive beside the jar (as ./gatelint does).
setlocal
set "here=%~dp0"
set "jar=%here%cli\target\gatelint.jar"
if not defined GATELINT_NO_BUILD if not exist "%jar%" (
  echo gatelint: building the command-line jar ^(first run^)... 1>&2
  pushd "%here%"
  rem -B and style.color=never: no ANSI colour codes from Maven in the message
  call mvn -B -q -Dstyle.color=never -DskipTests -pl cli -am install 1>&2
  if errorlevel 1 ( popd & exit /b 2 )
  popd
)
rem one option a line, '#' lines are comments; shared with ./gatelint
rem when GATELINT_JAVA_OPTS sizes the heap, our initial heap (-Xms) is left out: above the user's
rem maximum it would stop the JVM before it starts
set "userheap="
if defined GATELINT_JAVA_OPTS (
  if not "%GATELINT_JAVA_OPTS:-Xmx=%"=="%GATELINT_JAVA_OPTS%" set "userheap=1"
  if not "%GATELINT_JAVA_OPTS:-Xms=%"=="%GATELINT_JAVA_OPTS%" set "userheap=1"
  if not "%GATELINT_JAVA_OPTS:HeapSize==%"=="%GATELINT_JAVA_OPTS%" set "userheap=1"
)
set "opts="
if exist "%here%cli\jvm.options" for /f "usebackq eol=# delims=" %%a in ("%here%cli\jvm.options") do call :addopt "%%a"
rem a JVM that cannot map the archive (another JDK, a rebuilt jar) ignores it without a word
set "cds=%here%cli\target\gatelint.jsa"
if exist "%cds%" set opts=%opts% "-XX:SharedArchiveFile=%cds%"
java %opts% %GATELINT_JAVA_OPTS% -jar "%jar%" %*
exit /b %errorlevel%

:addopt
set "line=%~1"
if defined userheap if "%line:~0,4%"=="-Xms" goto :eof
set "opts=%opts% %line%"
goto :eof
