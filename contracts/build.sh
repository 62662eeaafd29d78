#!/usr/bin/env bash
# Regenerates the BMail contract's committed artifacts: artifacts/BMail.abi.json,
# artifacts/BMail.bin (solc 0.8.37 from npm, pinned in package.json) and the
# abigen --v2 bindings in bindings/. Run from anywhere:
#   contracts/build.sh            (or: go generate ./contracts)
#   contracts/build.sh --check    build into a temporary directory and fail if
#                                 the committed artifacts differ (scripts/test)
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x node_modules/.bin/solcjs ]; then
	npm ci --no-audit --no-fund --silent
fi
art=artifacts
bind=bindings
if [ "${1:-}" = --check ]; then
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	art=$tmp/artifacts
	bind=$tmp/bindings
fi
mkdir -p "$art" "$bind"
node build.js "$art"
go run github.com/ethereum/go-ethereum/cmd/abigen --v2 \
	--abi "$art/BMail.abi.json" --bin "$art/BMail.bin" \
	--pkg bindings --type BMail --out "$bind/bmail.go"
if [ "${1:-}" = --check ]; then
	for f in artifacts/BMail.abi.json artifacts/BMail.bin bindings/bmail.go; do
		if ! cmp -s "$f" "$tmp/$f"; then
			echo "contracts/build.sh: contracts/$f differs from a fresh build; run contracts/build.sh and commit" >&2
			exit 1
		fi
	done
fi
