# Shared by the launchers in scripts/: finds a JDK 21+, installs missing Debian packages, builds the project.
# Sourced, not run.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

die() { printf '%s\n' "$*" >&2; exit 1; }

# Prints the Java feature version of the JDK at $1 (from its release file), or nothing.
jdk_version() {
  local release="$1/release"
  [ -f "$release" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
}

apt_candidate() {
  apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [0-9]'
}

# Prints the newest JDK 21+ under /usr/lib/jvm, or nothing.
newest_jdk() {
  local best="" best_v=0 dir v
  for dir in /usr/lib/jvm/*; do
    [ -x "$dir/bin/javac" ] || continue
    v=$(jdk_version "$dir")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then
      best="$dir"; best_v="$v"
    fi
  done
  printf '%s' "$best"
}

# Sets JAVA_HOME to a JDK 21 or newer: the given JAVA_HOME if it is one, else the newest under /usr/lib/jvm,
# else (as root, where Debian offers one) a freshly installed OpenJDK 21.
find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(jdk_version "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    export PATH="$JAVA_HOME/bin:$PATH"
    return
  fi
  local jdk
  jdk=$(newest_jdk)
  if [ -z "$jdk" ] && [ "$(id -u)" -eq 0 ] && apt_candidate openjdk-21-jdk-headless; then
    echo "Installing Debian package openjdk-21-jdk-headless"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openjdk-21-jdk-headless >/dev/null
    jdk=$(newest_jdk)
  fi
  [ -n "$jdk" ] || die "No JDK 21 or newer found (JAVA_HOME unset or older, nothing suitable in /usr/lib/jvm).
Install one, e.g. 'sudo apt-get install openjdk-21-jdk-headless' (Debian 13) or Temurin 21+, or set JAVA_HOME to it."
  export JAVA_HOME="$jdk"
  export PATH="$JAVA_HOME/bin:$PATH"
}

# Installs the Debian packages that are missing: directly when root, otherwise prints the one command to run.
need_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || die "apt-get could not install: ${missing[*]}"
  else
    die "Missing Debian packages. Run this once, then try again:
  sudo apt-get install -y ${missing[*]}"
  fi
}

# Packages every launcher needs: the build tool, fonts for receipts (PDF and the printer emulator's PNGs), socat.
BASE_PACKAGES=(maven socat fonts-wqy-microhei)

# What the touchscreen's JavaFX needs even without a display (Monocle): the CJK font the screens use (Noto Sans CJK:
# Simplified, Traditional/Hong Kong and Latin forms) and the font libraries JavaFX's text rendering loads; and the
# eSpeak NG synthesiser that reads the screens aloud (Mandarin, Cantonese and English voices) where there is audio.
UI_PACKAGES=(fonts-noto-cjk libfreetype6 libfontconfig1 libpangoft2-1.0-0 espeak-ng)

# The PC/SC stack of the simulated passport reader: pcscd with vsmartcard's virtual reader driver (vpcd), which the
# passport tests and the kiosk on the simulated stack start themselves (as root).
PASSPORT_SIM_PACKAGES=(pcscd vsmartcard-vpcd)

# GTK 3 for the touchscreen's window on a display: named libgtk-3-0t64 from Debian 13, libgtk-3-0 before.
gtk_package() {
  if apt_candidate libgtk-3-0t64; then printf 'libgtk-3-0t64'; else printf 'libgtk-3-0'; fi
}

# Java options for the kiosk's JVM. It runs as the client VM once did, with the quick compiler only: on a kiosk's two
# cores the optimising compiler's work at start slowed the cold start by a third (scripts/bench-ui), while what the
# kiosk computes afterwards (layout, a receipt, a QR code) stays far inside its targets. JDK 24+ also warns on every
# run about JavaFX's use of sun.misc.Unsafe.
java_ui_opts() {
  printf '%s' "-XX:TieredStopAtLevel=1"
  if [ "$(jdk_version "$JAVA_HOME")" -ge 24 ] 2>/dev/null; then
    printf ' %s' "--sun-misc-unsafe-memory-access=allow"
  fi
}

# Unpacks the executable jar $1 into folder $2 once per build (Spring Boot's tools jar mode: the application's jar with
# a class path of plain jars beside it) and prints the unpacked jar's path: the JVM's class caches hold only classes
# loaded from plain jars on the class path, not those read from inside Spring Boot's nested jars.
unpacked_jar() {
  local jar="$1" dir="$2" unpacked
  unpacked="$dir/$(basename "$jar")"
  if [ ! -f "$unpacked" ] || [ "$jar" -nt "$unpacked" ]; then
    rm -rf "$dir"
    "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$dir" >&2 \
      || die "cannot unpack $jar into $dir"
  fi
  printf '%s' "$unpacked"
}

# Java options for a class cache of the unpacked jar $2, kept in folder $1 (the kiosk's data folder): on JDK 25+ an
# AOT cache (classes loaded and linked ahead of time) that a run without one records when it exits and later runs use;
# before JDK 25 a CDS archive the JVM makes and refreshes itself. A cache recorded for another build is removed.
class_cache_opts() {
  local folder="$1" jar="$2" cache
  mkdir -p "$folder"
  if [ "$(jdk_version "$JAVA_HOME")" -ge 25 ] 2>/dev/null; then
    cache="$folder/kiosk-app-$(stat -c %Y-%s "$jar").aot"
    if [ -f "$cache" ]; then
      printf -- '-XX:AOTCache=%s' "$cache"
    else
      find "$folder" -maxdepth 1 -name 'kiosk-app-*.aot' -delete
      # classes the cache cannot hold (signed jars, generated proxies) are each a warning otherwise
      printf -- '-XX:AOTCacheOutput=%s -Xlog:aot=error,cds=error' "$cache"
    fi
  else
    printf -- '-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=%s' "$folder/kiosk-app.jsa"
  fi
}

# The value of option --$1=VALUE among the remaining arguments, or $2 when none gives it.
arg_value() {
  local key="--$1=" value="$2" arg
  shift 2
  for arg in "$@"; do
    [[ "$arg" == "$key"* ]] && value="${arg#"$key"}"
  done
  printf '%s' "$value"
}

# Maven's own libraries still call sun.misc.Unsafe, which JDK 24+ warns about on every run.
maven_env() {
  if [ "$(jdk_version "$JAVA_HOME")" -ge 24 ] 2>/dev/null; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}

# Maven 3.8 prints stray colour resets even in quiet batch mode; they are filtered out.
mvn_quiet() {
  maven_env
  (cd "$ROOT" && set -o pipefail && mvn -B -q "$@" 2>&1 | sed 's/\x1b\[0m//g')
}

# Builds Maven module $2 (and what it needs) when jar $1 is missing or older than a main source or a pom in the
# folders that follow.
build_if_stale() {
  local jar="$1" module="$2"
  shift 2
  if [ ! -f "$jar" ] || [ -n "$(find "$@" "$ROOT/pom.xml" \( -path '*/src/main/*' -o -name pom.xml \) -newer "$jar" -print -quit)" ]; then
    echo "Building $module (the first build takes a few minutes)..." >&2
    mvn_quiet -ntp -DskipTests -pl "$module" -am package >&2
  fi
}
