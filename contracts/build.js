// Compiles src/*.sol with the pinned solc (package.json) through its
// standard-JSON interface and writes artifacts/BMail.abi.json and
// artifacts/BMail.bin. Sources are passed inline under fixed relative names
// and the metadata hash is left out of the bytecode, so the output is
// byte-identical on every machine. Run through build.sh.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const here = __dirname;
const srcDir = path.join(here, 'src');
const sources = {};
for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.sol')).sort()) {
  sources['src/' + f] = { content: fs.readFileSync(path.join(srcDir, f), 'utf8') };
}
const input = {
  language: 'Solidity',
  sources,
  settings: {
    evmVersion: 'prague',
    viaIR: false,
    optimizer: { enabled: true, runs: 1000000 },
    metadata: { bytecodeHash: 'none', appendCBOR: false },
    outputSelection: {
      'src/BMail.sol': { BMail: ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object', 'evm.deployedBytecode.sourceMap'] },
    },
  },
};
const out = JSON.parse(solc.compile(JSON.stringify(input)));
let failed = false;
for (const e of out.errors || []) {
  process.stderr.write(e.formattedMessage + '\n');
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);
if (solc.version().split('+')[0] !== '0.8.37') {
  process.stderr.write('unexpected solc ' + solc.version() + '\n');
  process.exit(1);
}
const c = out.contracts['src/BMail.sol'].BMail;
const art = process.argv[2] ? path.resolve(process.argv[2]) : path.join(here, 'artifacts');
fs.mkdirSync(art, { recursive: true });
fs.writeFileSync(path.join(art, 'BMail.abi.json'), JSON.stringify(c.abi, null, 1) + '\n');
fs.writeFileSync(path.join(art, 'BMail.bin'), c.evm.bytecode.object + '\n');
// BMAIL_SRCMAP=file also writes the runtime source map with the sources, for
// the gas profiler (go run ./contracts/cmd/gasreport -profile ... -srcmap file).
if (process.env.BMAIL_SRCMAP) {
  const ids = [];
  for (const [name, s] of Object.entries(out.sources)) ids.push({ id: s.id, name, content: sources[name].content });
  fs.writeFileSync(process.env.BMAIL_SRCMAP, JSON.stringify({
    runtime: c.evm.deployedBytecode.object, sourceMap: c.evm.deployedBytecode.sourceMap, sources: ids,
  }));
}
if (!process.argv[2] || process.env.BMAIL_BUILD_VERBOSE) process.stderr.write('BMail: ' + c.evm.deployedBytecode.object.length / 2 + ' bytes runtime, ' + c.evm.bytecode.object.length / 2 + ' bytes initcode\n');
