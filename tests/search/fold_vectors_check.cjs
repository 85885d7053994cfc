// Checks lunr.vi.fold (overrides/assets/javascripts/lunr/min/lunr.vi.min.js) against the
// shared vectors. Usage: node fold_vectors_check.cjs <lunr.vi.min.js> <fold_vectors.json>
// Prints one JSON object per vector: {input, canonical, folded} as computed by the JS.
"use strict"
const fs = require("fs")
const [file, vectorsFile] = process.argv.slice(2)
const lunr = { Query: { presence: {} }, QueryLexer: {}, Index: { prototype: {} },
               Pipeline: { registerFunction() {} } }
lunr.Query.prototype = {}
require(require("path").resolve(file))(lunr)
const { vectors } = JSON.parse(fs.readFileSync(vectorsFile, "utf8"))
const out = vectors.map(v => ({
  input: v.input, canonical: lunr.vi.fold(v.input, true), folded: lunr.vi.fold(v.input)
}))
process.stdout.write(JSON.stringify(out))
