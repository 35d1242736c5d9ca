#!/usr/bin/env bash
# Rebuilds the small MaxMind DB files the ipintel tests read, under
# ipintel/src/test/resources/io/rampart/ipintel/fixtures/. They hold made-up facts about
# documentation addresses only (RFC 5737 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and
# RFC 3849 2001:db8::/32), plus one private range a real file wrongly places, in the layouts of
# the real databases:
#   country.mmdb         ip-location-db geo-whois-asn-country-mmdb: {country_code}
#   city-ipv4.mmdb       ip-location-db dbip-city-mmdb (IPv4 file): {city, country_code,
#                        latitude, longitude (floats), postcode, state1, state2, timezone}
#   geolite2-city.mmdb   MaxMind GeoLite2-City: {country{iso_code}, registered_country,
#                        location{latitude, longitude (doubles), accuracy_radius}, city{names}}
#   geolite2-asn.mmdb    MaxMind GeoLite2-ASN: {autonomous_system_number,
#                        autonomous_system_organization}
#   anonymous-ip.mmdb    MaxMind GeoIP2 Anonymous IP: {is_anonymous, is_anonymous_vpn,
#                        is_hosting_provider, is_public_proxy, is_residential_proxy,
#                        is_tor_exit_node}
# The build epoch is fixed, so the output is byte-reproducible.
#
# Needs: MaxMind's Perl writer (Debian: apt-get install libmaxmind-db-writer-perl).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$repo_root/ipintel/src/test/resources/io/rampart/ipintel/fixtures}"
mkdir -p "$out"

perl - "$out" <<'PERL'
use strict;
use warnings;
use MaxMind::DB::Writer::Tree;

my $out = shift;
my $epoch = 1781654400;    # 2026-06-17T00:00:00Z

my %types = (
    country_code => 'utf8_string', city => 'utf8_string', postcode => 'utf8_string',
    state1 => 'utf8_string', state2 => 'utf8_string', timezone => 'utf8_string',
    latitude => 'float', longitude => 'float',
    country => 'map', registered_country => 'map', location => 'map', names => 'map',
    iso_code => 'utf8_string', en => 'utf8_string', accuracy_radius => 'uint16',
    autonomous_system_number => 'uint32', autonomous_system_organization => 'utf8_string',
    is_anonymous => 'boolean', is_anonymous_vpn => 'boolean', is_hosting_provider => 'boolean',
    is_public_proxy => 'boolean', is_residential_proxy => 'boolean', is_tor_exit_node => 'boolean',
);
my %maxmind_types = (%types, city => 'map', latitude => 'double', longitude => 'double');

sub write_db {
    my ($file, $type, $ip_version, $key_types, @networks) = @_;
    my $tree = MaxMind::DB::Writer::Tree->new(
        ip_version               => $ip_version,
        record_size              => 24,
        database_type            => $type,
        languages                => ['en'],
        description              => { en => "Rampart test fixture ($type)" },
        map_key_type_callback    => sub { $key_types->{ $_[0] } },
        remove_reserved_networks => 0,
        _build_epoch             => $epoch,
    );
    while (my ($network, $data) = splice(@networks, 0, 2)) {
        $tree->insert_network($network, $data);
    }
    open my $fh, '>:raw', "$out/$file" or die "$out/$file: $!";
    $tree->write_tree($fh);
    close $fh or die "$out/$file: $!";
}

sub city {
    my ($city, $country, $lat, $lon) = @_;
    return { city => $city, country_code => $country, latitude => $lat, longitude => $lon,
             postcode => '', state1 => '', state2 => '', timezone => '' };
}

sub maxmind_city {
    my ($city, $country, $lat, $lon) = @_;
    return { city => { names => { en => $city } }, country => { iso_code => $country },
             registered_country => { iso_code => $country },
             location => { latitude => $lat, longitude => $lon, accuracy_radius => 20 } };
}

write_db('country.mmdb', 'country ipvAll', 6, \%types,
    '198.51.100.0/24' => { country_code => 'DE' },
    '203.0.113.0/24'  => { country_code => 'SG' },
    '192.0.2.0/25'    => { country_code => 'US' },
    '192.0.2.128/25'  => { country_code => 'ZZ' },
    '192.168.0.0/16'  => { country_code => 'AU' },
    '2001:db8:1::/48' => { country_code => 'FR' },
);

write_db('city-ipv4.mmdb', 'city ipv4', 4, \%types,
    '198.51.100.0/25'   => city('Berlin', 'DE', 52.52, 13.405),
    '198.51.100.128/25' => city('Munich', 'DE', 48.137, 11.575),
    '203.0.113.0/24'    => city('Singapore', 'SG', 1.352, 103.82),
    '192.0.2.0/25'      => city('', 'US', 0, 0),
);

write_db('geolite2-city.mmdb', 'GeoLite2-City', 6, \%maxmind_types,
    '198.51.100.0/24' => maxmind_city('Berlin', 'DE', 52.52, 13.405),
    '2001:db8:1::/48' => maxmind_city('Paris', 'FR', 48.8566, 2.3522),
);

write_db('geolite2-asn.mmdb', 'GeoLite2-ASN', 6, \%types,
    '198.51.100.0/24' => { autonomous_system_number => 3320,
                           autonomous_system_organization => 'Deutsche Telekom AG' },
    '2001:db8:1::/48' => { autonomous_system_number => 3215,
                           autonomous_system_organization => 'Orange S.A.' },
);

write_db('anonymous-ip.mmdb', 'GeoIP2-Anonymous-IP', 6, \%types,
    '203.0.113.0/25'   => { is_anonymous => 1, is_anonymous_vpn => 1 },
    '203.0.113.128/25' => { is_anonymous => 1, is_hosting_provider => 1 },
);
PERL
ls -l "$out"/*.mmdb
