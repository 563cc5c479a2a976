#!/usr/bin/env bash
# The part of the MSRV promise that can be checked without the old toolchain:
# no package in Cargo.lock may declare a newer `rust-version` than korpus does.
# (clippy's incompatible_msrv lint, on in `cargo clippy`, checks the std APIs
# korpus calls; a language feature newer than the MSRV would still slip by.)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo metadata --format-version 1 --locked | python3 -c '
import json, sys
def version(text):
    return tuple(int(part) for part in text.split("."))
packages = json.load(sys.stdin)["packages"]
msrv = next(p["rust_version"] for p in packages if p["name"] == "korpus")
newer = ["%s %s needs Rust %s" % (p["name"], p["version"], p["rust_version"]) for p in packages
         if p.get("rust_version") and version(p["rust_version"]) > version(msrv)]
if newer:
    sys.exit(f"check_msrv: korpus declares rust-version {msrv}, but:\n  " + "\n  ".join(newer))
print(f"check_msrv: {len(packages)} packages, none needs a newer Rust than {msrv}")
'
