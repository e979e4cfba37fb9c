@echo off
rem gatelint launcher for Windows: builds the command-line jar on first use, then runs it (as ./gatelint does).
setlocal
set "here=%~dp0"
set "jar=%here%cli\target\gatelint.jar"
if not exist "%jar%" (
  echo gatelint: building the command-line jar ^(first run^)... 1>&2
  pushd "%here%"
  rem -B and style.color=never: no ANSI colour codes from Maven in the message
  call mvn -B -q -Dstyle.color=never -DskipTests -pl cli -am install 1>&2
  if errorlevel 1 ( popd & exit /b 2 )
  popd
)
java %GATELINT_JAVA_OPTS% -jar "%jar%" %*
exit /b %errorlevel%
