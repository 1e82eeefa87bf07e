@echo off
rem Runs kmslog from the jar next to this script. KMSLOG_JAVA_OPTS passes options to Java
rem (for example -Xmx512m); JAVA_HOME, when set, chooses the Java to run.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
rem The throughput collector: kmslog runs as a batch job, and imports and analyzes about 12%%
rem faster with it than with Java's default G1 (BENCHMARKS.md). A collector chosen in
rem KMSLOG_JAVA_OPTS wins.
set "GC=-XX:+UseParallelGC"
echo(%KMSLOG_JAVA_OPTS%| findstr /C:"-XX:+Use" | findstr /C:"GC" >nul && set "GC="
"%JAVA%" %GC% %KMSLOG_JAVA_OPTS% -jar "%~dp0kmslog.jar" %*
exit /b %ERRORLEVEL%
