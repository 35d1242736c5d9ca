#!/usr/bin/env bash
# Rebuilds identity/src/main/resources/io/rampart/identity/internal/common-passwords.txt.gz,
# the common/breached password blocklist used by the password policy (NIST SP 800-63B).
#
# Sources (MIT / MIT / ISC licensed, see NOTICE), merged in this order of precedence:
#   1. Maven artifact me.gosimple:nbvcxz:1.5.1       -> dictionaries/passwords.txt (100k, most common first)
#   2. npm package @zxcvbn-ts/language-common@4.1.3  -> src/passwords.json      (49k, most common first)
#   3. npm package passwd-strength@1.1.1             -> passwords.txt           (32k, alphabetical)
#
# Each entry is trimmed and lower-cased; empty lines are dropped; duplicates keep their first
# position, so the output is in popularity order as far as the sources give it: the nbvcxz list
# first, then entries only found in the zxcvbn-ts list (in its popularity order), then entries
# only found in the passwd-strength list (alphabetical). gzip -n makes the output byte-reproducible.
#
# Needs: bash, mvn (or the repo's ./mvnw), npm, node, unzip, tar, gzip, sha256sum.
set -euo pipefail

NBVCXZ_VERSION=1.5.1
NBVCXZ_SHA256=e640b177c1fcc709a01afef8036061e04eac54b6f9024e4b457cc12f973fc93d
ZXCVBN_COMMON_VERSION=4.1.3
ZXCVBN_COMMON_SHA256=bf3027c16c069d7877e25dc8751bc819e10e479afcc5ee1a323eb2ab73129ca9
PASSWD_STRENGTH_VERSION=1.1.1
PASSWD_STRENGTH_SHA256=bc059f352456f0bb7dc966e564fcf5a129cecbc66f3d7f86e8cbd666150abc3a
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$repo_root/identity/src/main/resources/io/rampart/identity/internal/common-passwords.txt.gz}"

if command -v mvn >/dev/null 2>&1; then mvn=(mvn); else mvn=("$repo_root/mvnw"); fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

# 1. nbvcxz (Maven Central)
"${mvn[@]}" -q -B "$DEPENDENCY_PLUGIN:copy" \
  -Dartifact="me.gosimple:nbvcxz:$NBVCXZ_VERSION" -DoutputDirectory="$tmp" >/dev/null
echo "$NBVCXZ_SHA256  nbvcxz-$NBVCXZ_VERSION.jar" | sha256sum -c --quiet -
unzip -q -o "nbvcxz-$NBVCXZ_VERSION.jar" dictionaries/passwords.txt -d nbvcxz

# 2. @zxcvbn-ts/language-common (npm)
npm pack --silent "@zxcvbn-ts/language-common@$ZXCVBN_COMMON_VERSION" >/dev/null
echo "$ZXCVBN_COMMON_SHA256  zxcvbn-ts-language-common-$ZXCVBN_COMMON_VERSION.tgz" | sha256sum -c --quiet -
mkdir zxcvbn && tar -xzf "zxcvbn-ts-language-common-$ZXCVBN_COMMON_VERSION.tgz" -C zxcvbn

# 3. passwd-strength (npm)
npm pack --silent "passwd-strength@$PASSWD_STRENGTH_VERSION" >/dev/null
echo "$PASSWD_STRENGTH_SHA256  passwd-strength-$PASSWD_STRENGTH_VERSION.tgz" | sha256sum -c --quiet -
mkdir passwd-strength && tar -xzf "passwd-strength-$PASSWD_STRENGTH_VERSION.tgz" -C passwd-strength

# 4. merge: trim, lower-case, drop empties, dedupe keeping first (most popular) occurrence
node - nbvcxz/dictionaries/passwords.txt zxcvbn/package/src/passwords.json \
  passwd-strength/package/passwords.txt > merged.txt <<'JS'
const fs = require('fs');
const [nbvcxz, zxcvbn, passwdStrength] = process.argv.slice(2);
const lines = (file) => fs.readFileSync(file, 'utf8').split(/\r?\n/);
const lists = [
  lines(nbvcxz),
  JSON.parse(fs.readFileSync(zxcvbn, 'utf8')).map(String),
  lines(passwdStrength),
];
const seen = new Set();
const out = [];
for (const list of lists) {
  for (const raw of list) {
    const p = raw.trim().toLowerCase();
    if (p === '' || /[\r\n]/.test(p) || seen.has(p)) continue;
    seen.add(p);
    out.push(p);
  }
}
process.stdout.write(out.join('\n') + '\n');
JS

lines=$(wc -l < merged.txt)
if [ "$lines" -lt 100000 ]; then
  echo "error: only $lines passwords, expected at least 100000" >&2
  exit 1
fi

mkdir -p "$(dirname "$out")"
gzip -n -9 -c merged.txt > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out: $lines passwords, $(wc -c < "$out") bytes" >&2
