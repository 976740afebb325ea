#!/usr/bin/env bash
# Prints a directory holding pg_dump, pg_restore and psql whose major version is at least
# PG_TOOLS_MIN_MAJOR (17, the embedded server's): the first that fits of
#   1. PG_TOOLS_DIR, when set (it must fit, or this fails);
#   2. the system's (on PATH, then /usr/lib/postgresql/<major>/bin, newest first), e.g. with
#      postgresql-client-17 installed or inside the postgres:17 image;
#   3. a build of PostgreSQL 17.11's client programs, made once from Debian's source tarball
#      (sha256 checked below) into PG_TOOLS_CACHE, by default ~/.cache/elbasar/postgresql-17.11.
# The build needs gcc, make, bison, flex and perl; bison, flex and zlib1g-dev are installed with
# apt-get when missing and this runs as root. It takes about 3 minutes on 2 cores (docs/operations.md).
# Progress goes to stderr; stdout is only the directory, so: bin=$(scripts/pg-tools.sh).
set -euo pipefail

MIN_MAJOR=${PG_TOOLS_MIN_MAJOR:-17}
VERSION=17.11
TARBALL_URL=http://deb.debian.org/debian/pool/main/p/postgresql-17/postgresql-17_${VERSION}.orig.tar.bz2
# The orig tarball's checksum as listed in Debian's postgresql-17_17.11-0+deb13u1.dsc.
TARBALL_SHA256=dd27f2b3c59e73ed14aa3324901242bf69a032a6347805f274e6260322d42979
CACHE=${PG_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/elbasar/postgresql-$VERSION}

say() { echo "[pg-tools] $*" >&2; }

# The major version of a directory's tools, or nothing when one of them is missing or broken.
major_of() {
  local dir=$1 tool version major=
  for tool in pg_dump pg_restore psql; do
    [ -x "$dir/$tool" ] || return 0
    version=$("$dir/$tool" --version 2>/dev/null | sed -n 's/^[a-z_]* (PostgreSQL) \([0-9]*\).*/\1/p') || return 0
    [ -n "$version" ] && [ "$version" -ge "$MIN_MAJOR" ] || return 0
    if [ -z "$major" ] || [ "$version" -lt "$major" ]; then major=$version; fi
  done
  echo "$major"
}

fits() {
  local major
  major=$(major_of "$1")
  [ -n "$major" ] && [ "$major" -ge "$MIN_MAJOR" ]
}

if [ -n "${PG_TOOLS_DIR:-}" ]; then
  fits "$PG_TOOLS_DIR" || { say "PG_TOOLS_DIR=$PG_TOOLS_DIR has no pg_dump, pg_restore and psql of major >= $MIN_MAJOR"; exit 1; }
  echo "$PG_TOOLS_DIR"
  exit 0
fi

# Debian's /usr/bin/pg_dump is pg_wrapper, which runs one of /usr/lib/postgresql/<major>/bin: look there.
candidates=()
if command -v pg_dump >/dev/null 2>&1 && [ "$(readlink -f "$(command -v pg_dump)")" != /usr/share/postgresql-common/pg_wrapper ]; then
  candidates+=("$(dirname "$(command -v pg_dump)")")
fi
for dir in $(ls -d /usr/lib/postgresql/*/bin /usr/local/pgsql/bin 2>/dev/null | sort -t/ -k5 -rn); do
  candidates+=("$dir")
done
for dir in "${candidates[@]}"; do
  if fits "$dir"; then
    echo "$dir"
    exit 0
  fi
done

if [ "$MIN_MAJOR" -gt "${VERSION%%.*}" ]; then
  say "no pg_dump of major >= $MIN_MAJOR here, and this script only builds $VERSION: install postgresql-client-$MIN_MAJOR or set PG_TOOLS_DIR"
  exit 1
fi

if [ -f "$CACHE/.complete" ] && fits "$CACHE/bin"; then
  echo "$CACHE/bin"
  exit 0
fi

# --- Build once, under a lock so that two runs at the same time share one build -------------------
mkdir -p "$(dirname "$CACHE")"
exec 9>"$CACHE.lock"
flock 9
if [ -f "$CACHE/.complete" ] && fits "$CACHE/bin"; then
  echo "$CACHE/bin"
  exit 0
fi

started=$(date +%s)
say "no pg_dump of major >= $MIN_MAJOR found: building PostgreSQL $VERSION's client programs into $CACHE (once)"
missing=()
command -v bison >/dev/null || missing+=(bison)
command -v flex >/dev/null || missing+=(flex)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing ${missing[*]} with apt-get"
    { apt-get update -qq && apt-get install -y -qq "${missing[@]}"; } >&2 \
      || say "could not install ${missing[*]}"
  fi
fi
for tool in gcc make bison flex perl; do
  command -v "$tool" >/dev/null || { say "$tool is needed to build pg_dump: install it (Debian: apt-get install $tool)"; exit 1; }
done
zlib=--with-zlib
if [ ! -f /usr/include/zlib.h ]; then
  zlib=--without-zlib
  say "zlib1g-dev missing: building without zlib (custom-format dumps will not be compressed)"
fi

build=$CACHE.build
rm -rf "$build" "$CACHE"
mkdir -p "$build"
tarball=$build/postgresql-$VERSION.tar.bz2
say "downloading $TARBALL_URL"
if command -v curl >/dev/null; then
  curl -fsSL --retry 3 -o "$tarball" "$TARBALL_URL"
else
  wget -q -O "$tarball" "$TARBALL_URL"
fi
echo "$TARBALL_SHA256  $tarball" | sha256sum -c --quiet - >&2 \
  || { say "checksum mismatch for $TARBALL_URL: refusing to build"; exit 1; }
tar -xjf "$tarball" -C "$build"
src=$build/postgresql-$VERSION

# Called from make, MAKELEVEL and MAKEFLAGS would make PostgreSQL's makefiles skip their
# generated headers and join the caller's jobserver.
unset MAKELEVEL MAKEFLAGS MFLAGS MAKEOVERRIDES
jobs=${PG_TOOLS_JOBS:-2}
(
  cd "$src"
  say "configure"
  ./configure --prefix="$CACHE" --without-readline --without-icu "$zlib" \
    --without-openssl --without-gssapi --without-ldap --without-pam --without-libxml --without-llvm \
    >"$build/configure.log" 2>&1 || { tail -30 "$build/configure.log" >&2; exit 1; }
  say "downloaded and configured in $(( $(date +%s) - started )) s; make -j$jobs: libpq, pg_dump, pg_restore, psql"
  {
    make -j"$jobs" -C src/backend generated-headers &&
    make -j"$jobs" -C src/interfaces/libpq &&
    make -j"$jobs" -C src/bin/pg_dump &&
    make -j"$jobs" -C src/bin/psql &&
    make -C src/interfaces/libpq install &&
    make -C src/bin/pg_dump install &&
    make -C src/bin/psql install
  } >"$build/make.log" 2>&1 || { tail -40 "$build/make.log" >&2; exit 1; }
)
fits "$CACHE/bin" || { say "the build finished but $CACHE/bin has no working tools"; exit 1; }
touch "$CACHE/.complete"
rm -rf "$build"
say "built in $(( $(date +%s) - started )) s: $("$CACHE/bin/pg_dump" --version)"
echo "$CACHE/bin"
