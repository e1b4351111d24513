# Sourced by ./mvnw and ./daniell. Tycho 5 and the Daniell bundles need Java 21 or newer, while the
# default `java` on many machines is older. Keep JAVA_HOME when it is new enough; otherwise pick the
# newest JDK >= 21 found on PATH or under /usr/lib/jvm, and stop with one sentence if there is none.

daniell_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

daniell_select_jdk() {
  daniell_min=21
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    daniell_v=$(daniell_java_major "$JAVA_HOME/bin/java")
    [ "${daniell_v:-0}" -ge "$daniell_min" ] && return 0
  fi
  daniell_best=""
  daniell_best_v=0
  case $- in *f*) daniell_noglob=1 ;; *) daniell_noglob=0 ;; esac
  set +f # mvnw runs with globbing off; the search below needs it
  for daniell_java in "$(command -v java 2>/dev/null || true)" /usr/lib/jvm/*/bin/java; do
    [ -n "$daniell_java" ] && [ -x "$daniell_java" ] && [ -x "$(dirname "$daniell_java")/javac" ] || continue
    daniell_v=$(daniell_java_major "$daniell_java")
    if [ "${daniell_v:-0}" -ge "$daniell_min" ] && [ "$daniell_v" -gt "$daniell_best_v" ]; then
      daniell_best=$(cd "$(dirname "$daniell_java")/.." && pwd -P)
      daniell_best_v=$daniell_v
    fi
  done
  [ "$daniell_noglob" = 1 ] && set -f
  if [ -z "$daniell_best" ]; then
    echo "Daniell needs a JDK 21 or newer, and none was found in JAVA_HOME, on PATH or under /usr/lib/jvm: install one (for example Temurin 21 or 25) and run this command again." >&2
    exit 1
  fi
  JAVA_HOME=$daniell_best
  export JAVA_HOME
}

daniell_select_jdk
