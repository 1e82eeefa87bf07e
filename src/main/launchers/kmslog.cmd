@echo off
rem Runs kmslog from the jar next to this script. KMSLOG_JAVA_OPTS passes options to Java
rem (for example -Xmx512m); JAVA_HOME, when set, chooses the Java to run.
setlocal
set "JAVA=java"
set "JAVA_FROM=on the PATH"
if not defined JAVA_HOME goto checkVersion
rem A JAVA_HOME set with its quotes (set JAVA_HOME="C:\Program Files\Java\jdk-17") names the
rem folder inside them: the quotes are taken out, and the path is quoted once where it is used.
set "JAVA_HOME=%JAVA_HOME:"=%"
set "JAVA=%JAVA_HOME%\bin\java"
set "JAVA_FROM=in JAVA_HOME (%JAVA_HOME%)"

:checkVersion
rem kmslog needs Java 17; an older Java would only print a stack trace. "java -version" says,
rem perhaps after a "Picked up JAVA_TOOL_OPTIONS" line, openjdk version "17.0.2" ... or, up to
rem Java 8, java version "1.8.0_391": the third word of the line whose second is "version".
rem (%%JAVA%% is expanded by the cmd that for /f starts, so that parentheses in the path, as in
rem "C:\Program Files (x86)", do not end the for.)
set "JAVA_VERSION="
for /f "tokens=2,3" %%u in ('call "%%JAVA%%" -version 2^>^&1') do (
  if "%%u"=="version" if not defined JAVA_VERSION set "JAVA_VERSION=%%~v"
)
if not defined JAVA_VERSION goto noJava
set "JAVA_MAJOR="
set "JAVA_MINOR="
for /f "tokens=1,2 delims=.-_+" %%a in ("%JAVA_VERSION%") do (
  set "JAVA_MAJOR=%%a"
  set "JAVA_MINOR=%%b"
)
if "%JAVA_MAJOR%"=="1" set "JAVA_MAJOR=%JAVA_MINOR%"
rem As a number: 0 when it is none.
set /a "JAVA_MAJOR=JAVA_MAJOR" 2>nul
if %JAVA_MAJOR% LSS 17 goto oldJava

rem The throughput collector: kmslog runs as a batch job, and imports and analyzes about 12%%
rem faster with it than with Java's default G1 (BENCHMARKS.md). A collector chosen in
rem KMSLOG_JAVA_OPTS wins.
set "GC=-XX:+UseParallelGC"
echo(%KMSLOG_JAVA_OPTS%| findstr /C:"-XX:+Use" | findstr /C:"GC" >nul && set "GC="
rem A heap of 512 MB: enough for any step on an estate of millions of events (BENCHMARKS.md),
rem and no more of the machine than that. A heap size given in KMSLOG_JAVA_OPTS (-Xmx) wins.
set "HEAP=-Xmx512m"
echo(%KMSLOG_JAVA_OPTS%| findstr /C:"-Xmx" >nul && set "HEAP="
rem An import runs with Java's quick (C1) compiler alone: in a cold import of a few hundred MB,
rem the optimizing compiler used as much processor time compiling kmslog and H2 as the import
rem itself (BENCHMARKS.md, cold import). So does `kmslog events` (BENCHMARKS.md, .evtx).
rem A compiler option in KMSLOG_JAVA_OPTS wins.
set "JIT="
if /i "%~1"=="import" set "JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="events" set "JIT=-XX:TieredStopAtLevel=1"
echo(%KMSLOG_JAVA_OPTS%| findstr /C:"-XX:" | findstr /C:"Tiered" >nul && set "JIT="
"%JAVA%" %GC% %HEAP% %JIT% %KMSLOG_JAVA_OPTS% -jar "%~dp0kmslog.jar" %*
exit /b %ERRORLEVEL%

:noJava
>&2 echo kmslog needs Java 17 or newer; found none %JAVA_FROM%
exit /b 2

:oldJava
>&2 echo kmslog needs Java 17 or newer; found %JAVA_VERSION% %JAVA_FROM%
exit /b 2
