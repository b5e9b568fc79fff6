#pragma once

#include <string>
#include <string_view>

// SHA-256 (FIPS 180-4) as 64 lowercase hex digits: the compile cache's keys and entry checks.
// Written out here so the helper links no crypto library: OpenSSL's tables, relocated at every
// start of the static helper, cost each `runpad-sandbox run` and each box's copy of the helper.
std::string sha256Hex(std::string_view data);
