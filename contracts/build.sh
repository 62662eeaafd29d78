#!/usr/bin/env bash
# Regenerates the BMail contract's committed artifacts: artifacts/BMail.abi.json,
# artifacts/BMail.bin (solc 0.8.37 from npm, pinned in package.json) and the
# abigen --v2 bindings in bindings/. Run from anywhere:
#   contracts/build.sh          (or: go generate ./contracts)
# scripts/test runs it and fails if the committed files differ.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x node_modules/.bin/solcjs ]; then
	npm ci --no-audit --no-fund --silent
fi
node build.js
go run github.com/ethereum/go-ethereum/cmd/abigen --v2 \
	--abi artifacts/BMail.abi.json --bin artifacts/BMail.bin \
	--pkg bindings --type BMail --out bindings/bmail.go
