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
set "opts="
if exist "%here%cli\jvm.options" for /f "usebackq eol=# delims=" %%a in ("%here%cli\jvm.options") do call set "opts=%%opts%% %%a"
rem a JVM that cannot map the archive (another JDK, a rebuilt jar) ignores it without a word
set "cds=%here%cli\target\gatelint.jsa"
if exist "%cds%" set opts=%opts% "-XX:SharedArchiveFile=%cds%"
java %opts% %GATELINT_JAVA_OPTS% -jar "%jar%" %*
exit /b %errorlevel%
