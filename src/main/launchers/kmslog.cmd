@echo off
rem Runs kmslog from the jar next to this script. KMSLOG_JAVA_OPTS passes options to Java
rem (for example -Xmx512m); JAVA_HOME, when set, chooses the Java to run.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" %KMSLOG_JAVA_OPTS% -jar "%~dp0kmslog.jar" %*
exit /b %ERRORLEVEL%
